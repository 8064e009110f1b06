/**
 * Common random numbers (issue 13 item 2): a money input that several offers
 * share (one site, one grid, one energy price) is ONE uncertain number per
 * sample. shared-price.yaml: offer A has the lowest capex and energy use, so its
 * TCO is below B's and C's at every price in the range (checked here at both
 * ends; TCO is linear in a flat price); the probability that A is cheapest must
 * then be exactly 1, whichever way the shared price is written.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixture.js';
import { planMonteCarlo, runMonteCarlo } from '../../../sim/studies/montecarlo/runMonteCarlo.js';
import { parseScenarioText } from '../../../sim/scenario/load.js';
import { evaluate } from '../../../sim/studies/evaluate.js';

const SHARED = 'designs[*].costs.energy.flat: { triangular: [0.3 CNY/kWh, 0.6 CNY/kWh, 1.2 CNY/kWh] }';
const DISTRIBUTION = '{ triangular: [0.3 CNY/kWh, 0.6 CNY/kWh, 1.2 CNY/kWh]';

/** The fixture with its text changed: its source and base run. */
function withText(f: ReturnType<typeof loadFixture>, text: string): ReturnType<typeof loadFixture> {
  expect(text).not.toBe(f.source.text);
  const source = { ...f.source, text };
  return { source, base: evaluate(parseScenarioText(text, source.file, [], source.shownAs).scenario) };
}

/** The fixture with its uncertainty block replaced by `lines`. */
const withUncertainty = (f: ReturnType<typeof loadFixture>, lines: string[]) => withText(f, f.source.text.replace(SHARED, lines.join('\n  ')));

const probabilities = async (f: ReturnType<typeof loadFixture>, samples: number) => {
  const planned = planMonteCarlo(f.source, f.base.result.scenario, samples);
  const mc = await runMonteCarlo(planned, f.base, { threads: 1 });
  return { planned, mc, cheapest: mc.summary.designs.map((d) => d.probabilityCheapest) };
};

describe('common random numbers for shared money inputs', () => {
  const f = loadFixture('shared-price.yaml');

  it('offer A is cheaper than B and C at both ends of the price range (so at every price)', () => {
    for (const price of ['0.3', '1.2']) {
      const at = loadFixture('shared-price.yaml', [0, 1, 2].map((i) => `designs[${i}].costs.energy.flat=${price} CNY/kWh`));
      const [a, b, c] = at.base.summary.designs.map((d) => d.tco!.total);
      expect(a).toBeLessThan(b);
      expect(a).toBeLessThan(c);
    }
  });

  it('a designs[*] path draws one price per sample for every offer: A is cheapest in exactly 100 % of samples', async () => {
    const { planned, cheapest } = await probabilities(f, 400);
    expect(cheapest).toEqual([1, 0, 0]);
    expect(planned.plan.paths).toEqual(['designs[*].costs.energy.flat']);
    expect(planned.plan.moneyOnly).toBe(true);
    // Every design gets the sample's one value.
    const [first] = planned.plan.overrides;
    const value = first[0].split('=')[1];
    expect(first).toEqual([0, 1, 2].map((i) => `designs[${i}].costs.energy.flat=${value}`));
  });

  it('a site-level price in the top-level costs block, inherited by every offer, is drawn once: 100 %', async () => {
    const text = f.source.text
      .replace('currency: CNY', 'currency: CNY\ncosts:\n  energy: { flat: 0.62 CNY/kWh }')
      .replaceAll('      energy: { flat: 0.62 CNY/kWh }\n', '')
      .replace(SHARED, `costs.energy.flat: ${DISTRIBUTION} }`);
    const { planned, cheapest } = await probabilities(withText(f, text), 400);
    expect(planned.plan.overrides[0]).toEqual([expect.stringMatching(/^costs\.energy\.flat=\d\.\d+ CNY\/kWh$/)]);
    expect(cheapest).toEqual([1, 0, 0]);
  });

  it('a costs.* path whose key the top-level block does not set is an input error, not a draw that reaches no design', () => {
    const orphan = withUncertainty(f, [`costs.energy.flat: ${DISTRIBUTION} }`]);
    expect(() => planMonteCarlo(orphan.source, orphan.base.result.scenario, 10)).toThrow(
      /uncertainty\["costs\.energy\.flat"\]: expected a key the top-level costs: block sets \(designs inherit it from there\), got 'energy', which it does not set/);
  });

  it('three per-design paths marked with one shared name draw once: 100 %', async () => {
    const marked = withUncertainty(f, [0, 1, 2].map((i) => `designs[${i}].costs.energy.flat: ${DISTRIBUTION}, shared: grid-price }`));
    const { planned, cheapest } = await probabilities(marked, 400);
    expect(cheapest).toEqual([1, 0, 0]);
    expect(planned.plan.paths).toHaveLength(3);
    for (const v of planned.plan.values) expect(new Set(v).size).toBe(1);
  });

  it('the same three paths unmarked are independent draws (the defect the issue measured): A is not always cheapest', async () => {
    const independent = withUncertainty(f, [0, 1, 2].map((i) => `designs[${i}].costs.energy.flat: ${DISTRIBUTION} }`));
    const { planned, cheapest } = await probabilities(independent, 400);
    expect(planned.plan.paths).toHaveLength(3);
    expect(cheapest[0]).toBeGreaterThan(0.3);
    expect(cheapest[0]).toBeLessThan(1);
  });
});

describe('scenarios/procurement.yaml (shipped)', () => {
  it('runs money-only with shared site inputs drawn once, the stated correlation, and probabilities summing to 1', async () => {
    const { loadScenario } = await import('../../../sim/scenario/load.js');
    const { readFileSync } = await import('node:fs');
    const file = 'scenarios/procurement.yaml';
    const { scenario } = loadScenario(file);
    const source = { text: readFileSync(file, 'utf8'), file, shownAs: file, overrides: [] };
    const planned = planMonteCarlo(source, scenario, 300);
    expect(planned.plan.moneyOnly).toBe(true);
    // costs.* paths are one override each (every offer inherits them), not one per design.
    expect(planned.plan.overrides[0].filter((o) => o.startsWith('costs.'))).toHaveLength(3);
    const { correlationMatrix, ranksOf } = await import('../../../sim/tco/imanConover.js');
    const col = (p: string) => planned.plan.values.map((v) => v[planned.plan.paths.indexOf(p)]);
    const rank = correlationMatrix([ranksOf(col('costs.energy.flat')), ranksOf(col('costs.escalation'))])[0][1];
    expect(Math.abs(rank - 0.5)).toBeLessThan(0.1); // stated 0.5; sampling error ~ (1 - 0.25) / sqrt(300) = 0.043
    const mc = await runMonteCarlo(planned, evaluate(scenario), { threads: 1 });
    const cheapest = mc.summary.designs.map((d) => d.probabilityCheapest!);
    expect(cheapest.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
