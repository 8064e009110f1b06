/**
 * The guard before a run's results are written (issue 10, item 9): an infinite
 * result is an InputError naming it and the inputs that feed it, never a null
 * in summary.json.
 */
import { describe, expect, it } from 'vitest';
import { checkFinite, infinitePaths } from '../../sim/metrics/checkFinite.js';
import type { Summary } from '../../sim/types/summary.js';
import type { HourlyTable } from '../../sim/types/hourly.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import { inputErrorLines } from '../studies/sweep/inputErrorLines.js';

const messageOf = (f: () => void): string => inputErrorLines(f).join('\n') || 'no error';

describe('checkFinite', () => {
  it('passes a finite run; NaN (a ratio over no IT energy) is not flagged', () => {
    const { summary, hourly } = fakeRun(2);
    expect(() => checkFinite('x.yaml', summary, hourly)).not.toThrow();
    summary.designs[0].metrics.monthlyPue[3] = Number.NaN;
    expect(() => checkFinite('x.yaml', summary, hourly)).not.toThrow();
  });

  it('names the first infinite result and the input that feeds it', () => {
    const { summary } = fakeRun(2);
    summary.designs[0].metrics.cueKgPerKWh = Infinity;
    summary.designs[0].metrics.emissionsKg = Infinity;
    expect(messageOf(() => checkFinite('scenarios/x.yaml', summary))).toBe(
      'scenarios/x.yaml: result designs[0].metrics.cueKgPerKWh is not a finite number (check site.gridCarbon and other inputs for extreme values)',
    );
  });

  it("resolves a design's cost inputs from the first result that has a known input", () => {
    const { summary } = fakeRun(2);
    const tco = summary.designs[1].tco!;
    tco.total = Infinity;
    tco.lines.energyOpex = Infinity;
    expect(messageOf(() => checkFinite('x.yaml', summary))).toBe(
      'x.yaml: result designs[1].tco.total is not a finite number (check designs[1].costs.energy and other inputs for extreme values)',
    );
  });

  it('checks the hourly table after the summary, with a general hint', () => {
    const { summary, hourly } = fakeRun(2);
    hourly.designs[0].facilityPowerW[5] = -Infinity;
    expect(messageOf(() => checkFinite('x.yaml', summary, hourly))).toBe(
      "x.yaml: result hourly.designs[0].facilityPowerW[5] is not a finite number (check the scenario's inputs for extreme values)",
    );
  });

  it('infinitePaths walks objects, arrays and typed arrays in key order', () => {
    const value = { a: [1, Infinity], b: { c: new Float64Array([0, -Infinity]) }, d: Number.NaN };
    expect(infinitePaths(value)).toEqual(['a[1]', 'b.c[1]']);
    expect(infinitePaths({} as Summary)).toEqual([]);
    expect(infinitePaths({ hours: 1 } as unknown as HourlyTable)).toEqual([]);
  });
});
