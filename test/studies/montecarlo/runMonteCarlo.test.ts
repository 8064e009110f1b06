/**
 * Monte Carlo end to end: convergence to an analytic answer, the money-only
 * fast path, and identical numbers whatever the number of worker threads.
 */
import { describe, expect, it, vi } from 'vitest';

// Count simulations: money-only samples must reuse the base run's physics.
const simulations = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../sim/simulate.js', async (original) => (await import('../../countingMock.js')).countCalls(await original<Record<string, unknown>>(), 'simulate', simulations));

const { loadFixture } = await import('./fixture.js');
const { planMonteCarlo, runMonteCarlo, startMonteCarlo } = await import('../../../sim/studies/montecarlo/runMonteCarlo.js');
const run = (f: ReturnType<typeof loadFixture>, samples: number, options: Parameters<typeof runMonteCarlo>[2]) =>
  runMonteCarlo(planMonteCarlo(f.source, f.base.result.scenario, samples), f.base, options);
const { planSamples } = await import('../../../sim/studies/montecarlo/plan.js');
const { recostKpis, sampleScenario, sampleSimulator } = await import('../../../sim/studies/montecarlo/sampleScenario.js');

// money.yaml: designs[0].costs.energy.flat ~ triangular(min 0.5, mode 0.6, max 0.9) CNY/kWh, base price 0.62.
const [MIN, MODE, MAX, BASE_PRICE] = [0.5, 0.6, 0.9, 0.62];
// Triangular median, mode below the midpoint: max - sqrt((max - min)(max - mode) / 2) (invert the CDF at 1/2).
const MEDIAN = MAX - Math.sqrt(((MAX - MIN) * (MAX - MODE)) / 2);
// Density at the median, 2 (max - x) / ((max - min)(max - mode)); the sample median's standard error is
// 1 / (2 f(median) sqrt(N)) (asymptotic normality of sample quantiles, e.g. Serfling 1980, §2.3.3).
const DENSITY_AT_MEDIAN = (2 * (MAX - MEDIAN)) / ((MAX - MIN) * (MAX - MODE));

describe('runMonteCarlo, money only', () => {
  const money = loadFixture('money.yaml');
  const { source, base } = money;
  const liquid = base.summary.designs[0].tco!;
  // With a flat tariff the energy line is price x (present value of the energy bought): TCO is linear in the price.
  const tcoAt = (pricePerKWh: number) => liquid.total + liquid.lines.energyOpex * (pricePerKWh / BASE_PRICE - 1);

  it('p50 of the TCO converges to the TCO at the analytic median price as N grows, within 4 standard errors', async () => {
    const errors: number[] = [];
    for (const samples of [10, 100, 1000]) {
      const mc = await run(money, samples, { threads: 1 });
      const p50 = mc.summary.designs[0].kpis['tco.total'].p50;
      const priceError = Math.abs(p50 - tcoAt(MEDIAN)) / (liquid.lines.energyOpex / BASE_PRICE);
      errors.push(priceError);
      expect(priceError).toBeLessThan(4 / (2 * DENSITY_AT_MEDIAN * Math.sqrt(samples)));
    }
    expect(errors[2]).toBeLessThan(errors[0]);
  });

  it('re-costs every sample on the base run (no simulation) and leaves the other design and the physics alone', async () => {
    simulations.count = 0;
    const mc = await run(money, 50, { threads: 2 });
    expect(simulations.count).toBe(0);
    expect(mc.summary.simulations).toBe(0);
    const [liquidKpis, airKpis] = mc.summary.designs.map((d) => d.kpis);
    expect(airKpis['tco.total'].p10).toBe(airKpis['tco.total'].p90);
    expect(airKpis['tco.total'].p50).toBe(base.summary.designs[1].tco!.total);
    expect(liquidKpis.pue).toEqual({ p10: base.summary.designs[0].metrics.pue, p50: base.summary.designs[0].metrics.pue, p90: base.summary.designs[0].metrics.pue, mean: base.summary.designs[0].metrics.pue });
    expect(liquidKpis['tco.total'].p10).toBeGreaterThan(tcoAt(MIN));
    expect(liquidKpis['tco.total'].p90).toBeLessThan(tcoAt(MAX));
    // The liquid design is cheaper exactly when its price is below the break-even price against air's fixed TCO.
    const breakEven = BASE_PRICE * (1 + (base.summary.designs[1].tco!.total - liquid.total) / liquid.lines.energyOpex);
    const plan = planSamples(base.result.scenario.uncertainty!, base.result.seed, 50);
    const cheaper = plan.values.filter((v) => v[0] < breakEven).length / 50;
    expect(mc.summary.designs[0].probabilityCheapest).toBeCloseTo(cheaper, 12);
    expect(mc.summary.designs[0].probabilityCheapest! + mc.summary.designs[1].probabilityCheapest!).toBeCloseTo(1, 12);
    expect(mc.totals.map((t) => t.design)).toEqual(['liquid-pod', 'air']);
    expect(mc.totals[0].totals).toHaveLength(50);
  });

  it('re-costing gives the same KPIs as re-simulating the sample', () => {
    const overrides = ['designs[0].costs.energy.flat=0.8 CNY/kWh'];
    const recosted = recostKpis(base, sampleScenario(source, 0, overrides));
    expect(Array.from(recosted)).toEqual(Array.from(sampleSimulator(source)(0, overrides)));
  });
});

describe('runMonteCarlo, re-simulated samples', () => {
  const physics = loadFixture('physics.yaml');
  const { base } = physics;

  it('gives byte-identical results with 1 and 2 worker threads, simulating every sample', async () => {
    simulations.count = 0;
    const one = await run(physics, 4, { threads: 1 });
    expect(simulations.count).toBe(4); // in this thread; worker threads have their own module instances
    const done: number[] = [];
    const two = await run(physics, 4, { threads: 2, onProgress: (n) => done.push(n) });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(done).toEqual([1, 2, 3, 4]);
    expect(one.summary.simulations).toBe(4);
    // The worker simulates the jobs itself (this thread replays the base run's): let it finish samples first.
    const planned = planMonteCarlo(physics.source, base.result.scenario, 4);
    const started = startMonteCarlo(planned, { threads: 2 })!;
    await vi.waitFor(() => expect(started.done()).toBeGreaterThanOrEqual(2), { timeout: 60_000, interval: 50 });
    const early = await runMonteCarlo(planned, base, { threads: 2 }, started);
    expect(JSON.stringify(early)).toBe(JSON.stringify(one));
    // A wider dry-cooler approach means warmer facility water: the PUE spreads.
    const pue = one.summary.designs[0].kpis.pue;
    expect(pue.p90).toBeGreaterThan(pue.p10);
  });
});
