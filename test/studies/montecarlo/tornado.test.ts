/**
 * Tornado of the TCO difference against a hand-computed two-input case: the liquid design's energy price
 * (triangular 0.5 / 0.6 / 0.9 CNY/kWh) and its discount rate (uniform 4-12 %), whose TCO is closed-form:
 *   TCO(price, r) = capex + (price * E + other) * A(r),  A(r) = sum_{y=1..H} (1 + r)^-y  (no escalation)
 * with E the energy bought per year (kWh) and `other` the price-independent opex of a year.
 */
import { describe, expect, it } from 'vitest';
import { KPI_NAMES, TCO_TOTAL_INDEX } from '../../../sim/studies/montecarlo/kpis.js';
import { leadingPair, monteCarloSensitivity, pointEvaluator } from '../../../sim/studies/montecarlo/sensitivity.js';
import { planSamples } from '../../../sim/studies/montecarlo/plan.js';
import { tcoDifference, tornado, type TornadoInput } from '../../../sim/studies/montecarlo/tornado.js';
import { loadFixture } from './fixture.js';

const annuity = (r: number, years: number) => Array.from({ length: years }, (_, y) => (1 + r) ** -(y + 1)).reduce((a, b) => a + b, 0);
const PRICE: TornadoInput = { path: 'designs[0].costs.energy.flat', unit: 'CNY/kWh', distribution: { kind: 'triangular', min: 0.5, mode: 0.6, max: 0.9 } };
const RATE: TornadoInput = { path: 'designs[0].costs.discountRate', unit: '%', distribution: { kind: 'uniform', min: 4, max: 12 } };
// Quantiles by hand: triangular, mode share (0.6 - 0.5) / 0.4 = 0.25: p10 below it, p50 and p90 above it.
const PRICE_Q = { p10: 0.5 + Math.sqrt(0.1 * 0.4 * 0.1), p50: 0.9 - Math.sqrt(0.5 * 0.4 * 0.3), p90: 0.9 - Math.sqrt(0.1 * 0.4 * 0.3) };
const RATE_Q = { p10: 4.8, p50: 8, p90: 11.2 };

/** A two-design KPI vector with only tco.total set. */
function vector(tco0: number, tco1: number): Float64Array {
  const v = new Float64Array(2 * KPI_NAMES.length).fill(Number.NaN);
  v[TCO_TOTAL_INDEX] = tco0;
  v[KPI_NAMES.length + TCO_TOTAL_INDEX] = tco1;
  return v;
}

describe('tornado: closed-form evaluator (unit test)', () => {
  // Design 0: capex 1e6, 2e6 kWh a year at `price`, 5e4 other opex; design 1 fixed at 3e6; 5 years.
  const tco0 = (price: number, ratePercent: number) => 1e6 + (price * 2e6 + 5e4) * annuity(ratePercent / 100, 5);
  const evaluate = (overrides: string[]) => {
    const value = (path: string) => Number.parseFloat(overrides.find((o) => o.startsWith(`${path}=`))!.split('=')[1]);
    return vector(tco0(value(PRICE.path), value(RATE.path)), 3e6);
  };

  it('evaluates each input at its p10 and p90 with the other at p50, sorted by swing', () => {
    const t = tornado([RATE, PRICE], evaluate, 0, 1);
    expect(t.differenceAtP50).toBeCloseTo(3e6 - tco0(PRICE_Q.p50, RATE_Q.p50), 6);
    const [first, second] = t.bars;
    expect(first.path).toBe(PRICE.path); // price swing ~ 0.227 * 2e6 * 3.99 = 1.8e6; rate swing ~ 0.6 M
    expect(first.p10).toBeCloseTo(PRICE_Q.p10, 12);
    expect(first.differenceAtP10).toBeCloseTo(3e6 - tco0(PRICE_Q.p10, RATE_Q.p50), 6);
    expect(first.differenceAtP90).toBeCloseTo(3e6 - tco0(PRICE_Q.p90, RATE_Q.p50), 6);
    expect(second.differenceAtP10).toBeCloseTo(3e6 - tco0(PRICE_Q.p50, RATE_Q.p10), 6);
    expect(second.differenceAtP90).toBeCloseTo(3e6 - tco0(PRICE_Q.p50, RATE_Q.p90), 6);
    expect(first.swing).toBeGreaterThan(second.swing);
    expect(second.swing).toBeCloseTo(Math.abs(second.differenceAtP90 - second.differenceAtP10), 6);
  });

  it('names the two deciding inputs, flags the input that flips the answer, and ranks designs by p50 TCO', () => {
    // Air fixed at 7e6: liquid leads at p50 (1e6 + 1.36e6 * 3.99 = 6.43e6); at p90 price (0.79) it costs 7.51e6 and loses;
    // the rate alone never flips it (6.92e6 at 4.8 %, 6.0e6 at 11.2 %).
    const evaluateAir7 = (overrides: string[]) => { const v = evaluate(overrides); v[KPI_NAMES.length + TCO_TOTAL_INDEX] = 7e6; return v; };
    const spec = { [PRICE.path]: PRICE, [RATE.path]: RATE };
    const plan = planSamples(spec, 3, 40); // paths sorted: [rate, price]
    const vectors = plan.values.map(([rate, price]) => vector(tco0(price, rate), 7e6));
    expect(leadingPair(vectors, 2)).toEqual([0, 1]);
    const s = monteCarloSensitivity({ spec, plan, designIds: ['liquid', 'air'], vectors, evaluate: evaluateAir7 })!;
    expect([s.leader, s.runnerUp, s.decidedBy]).toEqual(['liquid', 'air', 'tornado swing']);
    expect(s.deciding).toEqual([PRICE.path, RATE.path]);
    expect(s.inputs.map((i) => i.changesAnswer)).toEqual([true, false]);
    // Liquid's TCO rises with its price and falls with its discount rate: air - liquid opposes the price, follows the rate.
    expect(s.inputs[0].rankCorrelation!).toBeLessThan(-0.8);
    expect(s.inputs[1].rankCorrelation!).toBeGreaterThan(0);
  });
});

describe('tornado: the sensitivity.yaml fixture re-costed on its simulated energy, against the closed form', () => {
  const { source, base } = loadFixture('sensitivity.yaml');
  const [liquid, air] = base.summary.designs.map((d) => d.tco!);
  const years = liquid.horizonYears;
  const baseAnnuity = annuity(0.08, years);
  // Per year from the base run (price 0.62 CNY/kWh, r = 8 %): energy bought per unit price, and the rest of the opex.
  const energyPerPrice = liquid.lines.energyOpex / (0.62 * baseAnnuity);
  const otherOpex = (liquid.opex - liquid.lines.energyOpex) / baseAnnuity;
  const closedForm = (price: number, ratePercent: number) => air.total - (liquid.capex + (price * energyPerPrice + otherOpex) * annuity(ratePercent / 100, years));

  it('gives the hand-computed difference at every tornado point within 1e-9 relative', () => {
    const t = tornado([PRICE, RATE], pointEvaluator(source, base, true), 0, 1);
    const close = (model: number, expected: number) => expect(Math.abs(model - expected) / Math.abs(air.total)).toBeLessThan(1e-9);
    close(t.differenceAtP50, closedForm(PRICE_Q.p50, RATE_Q.p50));
    const price = t.bars.find((b) => b.path === PRICE.path)!;
    const rate = t.bars.find((b) => b.path === RATE.path)!;
    close(price.differenceAtP10, closedForm(PRICE_Q.p10, RATE_Q.p50));
    close(price.differenceAtP90, closedForm(PRICE_Q.p90, RATE_Q.p50));
    close(rate.differenceAtP10, closedForm(PRICE_Q.p50, RATE_Q.p10));
    close(rate.differenceAtP90, closedForm(PRICE_Q.p50, RATE_Q.p90));
    console.log(`tornado vs closed form: centre ${t.differenceAtP50.toFixed(0)} vs ${closedForm(PRICE_Q.p50, RATE_Q.p50).toFixed(0)} CNY; ` +
      `swings price ${price.swing.toFixed(0)}, rate ${rate.swing.toFixed(0)} CNY`);
  });

  it('re-simulated points (the path of a physics input) give the re-costed difference of a money input', () => {
    const overrides = [`${PRICE.path}=${PRICE_Q.p90} CNY/kWh`, `${RATE.path}=8 %`];
    const recosted = pointEvaluator(source, base, true)(overrides, 'recosted');
    const resimulated = pointEvaluator(source, base, false)(overrides, 'resimulated');
    expect(Math.abs(tcoDifference(resimulated, 0, 1) - tcoDifference(recosted, 0, 1)) / air.total).toBeLessThan(1e-9);
  });

  it('names the tornado point in an input error instead of a sample number', () => {
    const bad: TornadoInput = { ...PRICE, distribution: { kind: 'normal', mean: 0.05, sd: 0.2 } };
    expect(() => tornado([bad], pointEvaluator(source, base, true), 0, 1)).toThrow(/\(tornado: designs\[0\]\.costs\.energy\.flat at its p10\)/);
  });
});
