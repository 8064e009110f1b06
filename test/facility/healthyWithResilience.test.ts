/**
 * A `resilience:` block under which nothing fails (failures: none, no events, no maintenance) leaves every
 * energy meter, metric and the TCO total as the run without the block: the failure machinery (recorded step
 * loads, the availability split, the extra cluster channels) adds no energy of its own; its figures say so
 * (no unmet heat, full availability) while the ride-through is still computed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';

const file = join(import.meta.dirname, '..', 'fixtures', 'montecarlo', 'physics.yaml');
const text = readFileSync(file, 'utf8').replace(/^uncertainty:[\s\S]*$/m, '');
const run = (extra: string) => evaluate(parseScenarioText(text + extra, file, []).scenario);

describe('a resilience block where nothing fails', () => {
  const plain = run('');
  const healthy = run('resilience: { failures: none, samples: 0 }\n');

  it('gives the same metrics and TCO total as no block', () => {
    const [a, b] = [plain.summary.designs[0], healthy.summary.designs[0]];
    expect(b.metrics).toEqual(a.metrics);
    expect(b.tco!.total).toBe(a.tco!.total);
    expect(b.tco!.lines.lostWorkOpex).toBe(0);
    expect(b.tco!.lines.repairsOpex).toBe(0);
    expect(Array.from(healthy.result.designs[0].hourlyEnergyJ)).toEqual(Array.from(plain.result.designs[0].hourlyEnergyJ));
  });

  it('reports no loss and a finite ride-through', () => {
    const r = healthy.summary.designs[0].resilience!;
    expect(r).toMatchObject({ unmetCoolingKWh: 0, hoursLostRedundancy: 0, minutesAboveAllowable: 0, gpuHoursLost: 0, jobsFailed: 0, availability: 1, shutdowns: 0 });
    expect(r.rideThroughMinutes).toBeGreaterThan(0);
    expect(Number.isFinite(r.rideThroughMinutes)).toBe(true);
    expect(r.monteCarlo).toBeUndefined();
  });
});
