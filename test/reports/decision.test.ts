/**
 * Issue 13 item 4: report.html and summary.md hold the whole decision, not only the terminal: per design the
 * TCO by line with present values, levelized TCO per IT MWh and per GPU-hour (horizon and discounting stated),
 * p10/p50/p90 of every Monte Carlo KPI with the probability of being cheapest, the payback naming the design
 * with the capex premium, the capacity under the grid limit with the binding hour, and (item 5) every money
 * default applied with its source. Unit tests on a fixture summary (values are the fixture's, not a model's).
 */
import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../reports/markdown.js';
import { reportHtml } from '../../reports/html.js';
import type { Summary } from '../../sim/types/summary.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';

function decisionRun() {
  const run = fakeRun(30);
  const s: Summary = run.summary;
  const [a, b] = s.designs;
  for (const d of s.designs) {
    d.tco!.perItMWh = 812.5;
    d.tco!.perGpuHour = 1.234;
    d.tco!.assumptions = [{ input: 'costs.discountRate', value: 0.08, unit: 'fraction per year', source: 'default 8 %: NDRC test source' }];
    d.capacity = {
      gridLimitKW: 10_000, racks: 20, peakFacilityKWPerRack: 130.4, racksFitAtSimulatedLoad: 76, designFacilityKWPerRack: 140.2,
      racksFitAtDesignLoad: 71, bindingHour: { hour: 4500, timestamp: '2021-07-07T15:00', facilityKW: 2608, dryBulbC: 38.2, wetBulbC: 27.9 }, fits: true,
    };
  }
  b.comparison = {
    versus: a.id, facilityEnergyKWh: -1, pue: -0.1, waterL: 0, emissionsKg: 0,
    capex: 2_000_000, opex: -1_000_000, tco: -1_000_000, tcoSavingsFraction: 0.05, simplePaybackYears: 2.1, discountedPaybackYears: 2.6,
  };
  s.monteCarlo = {
    samples: 200, seed: 9, simulations: 0,
    inputs: [{ path: 'designs[*].costs.energy.flat', unit: 'CNY/kWh', moneyOnly: true, distribution: { kind: 'triangular', min: 0.5, mode: 0.62, max: 0.8 } }],
    designs: s.designs.map((d, i) => ({
      id: d.id,
      kpis: { pue: { p10: 1.1, p50: 1.2, p90: 1.3, mean: 1.2 }, 'tco.total': { p10: 9e6, p50: 1e7, p90: 1.1e7, mean: 1e7 } },
      probabilityCheapest: i === 0 ? 0.25 : 0.75,
    })),
  };
  return run;
}

const run = decisionRun();
const md = summaryMarkdown(run.summary);
const html = reportHtml(run, [], []);
const [a, b] = run.summary.designs;

describe.each([['summary.md', md], ['report.html', html]])('%s holds the decision', (_, text) => {
  it('the TCO table by line, capex and opex, with present values and the horizon', () => {
    for (const line of Object.keys(a.tco!.lines)) expect(text, line).toMatch(new RegExp(`${line}\\b`));
    expect(text).toContain('present value');
    expect(text).toMatch(/5 years at 8(\.0)? %/);
  });

  it('TCO per MWh of IT energy and per GPU-hour served, saying they are levelized over the horizon', () => {
    expect(text).toMatch(/per MWh of IT energy/i);
    expect(text).toMatch(/per GPU-hour/i);
    expect(text).toContain('CNY 812.50');
    expect(text).toContain('CNY 1.23');
    expect(text).toMatch(/levelized/i);
  });

  it('p10 / p50 / p90 of every Monte Carlo KPI and the probability each design is cheapest', () => {
    expect(text).toMatch(/p10/);
    expect(text).toMatch(/p90/);
    expect(text).toContain('1.200 (1.100 to 1.300)');
    expect(text).toContain('75.0 %');
    expect(text).toContain('25.0 %');
    expect(text).toContain('200 samples');
  });

  it('the payback names the design with the capex premium', () => {
    expect(text).toContain(`${b.id} costs CNY 2.00 M more to build and pays it back in 2.1 years (discounted: 2.6 years)`);
  });

  it('capacity under the grid limit with the binding hour', () => {
    expect(text).toMatch(/10,000 kW grid limit/);
    expect(text).toContain('2021-07-07T15:00');
    expect(text).toContain('76');
  });

  it('every money default applied, with its value and source (item 5)', () => {
    expect(text).toContain('costs.discountRate');
    expect(text).toContain('default 8 %: NDRC test source');
  });
});

describe('report.html cells carry the summary.json value and path', () => {
  it('per GPU-hour and probability cheapest cells have data-key and data-value', () => {
    expect(html).toContain(`data-design="${a.id}" data-key="tco.perGpuHour" data-value="1.234"`);
    expect(html).toContain(`data-design="${b.id}" data-key="monteCarlo.probabilityCheapest" data-value="0.75"`);
  });
});

describe('without samples', () => {
  it('says how to get the spread instead of leaving it out silently', () => {
    const plain = fakeRun(30).summary;
    expect(summaryMarkdown(plain)).toMatch(/--samples/);
  });
});
