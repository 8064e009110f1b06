/**
 * Failures inside Monte Carlo: a scenario with a `resilience:` block gives byte-identical results with 1 and 2
 * worker threads (every sample re-simulates and replays its own failure histories), and its base run is the same
 * twice over; the expected lost work and repairs reach the TCO as opex lines.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixture.js';
import { planMonteCarlo, runMonteCarlo } from '../../../sim/studies/montecarlo/runMonteCarlo.js';

describe('Monte Carlo with failures', () => {
  const fixture = loadFixture('resilience.yaml');
  const run = (threads: number) => runMonteCarlo(planMonteCarlo(fixture.source, fixture.base.result.scenario, 4), fixture.base, { threads });

  it('the base run carries resilience figures and prices them in the TCO', () => {
    const d = fixture.base.summary.designs[0];
    expect(d.resilience?.monteCarlo?.samples).toBe(12);
    expect(d.resilience?.scripted?.timeline.airC.length).toBeGreaterThan(0);
    expect(d.tco?.lines.lostWorkOpex).toBeGreaterThanOrEqual(0);
    expect(d.tco?.lines.repairsOpex).toBeGreaterThan(0);
    expect(JSON.stringify(loadFixture('resilience.yaml').base.summary)).toBe(JSON.stringify(fixture.base.summary));
  });

  it('gives byte-identical results with 1 and 2 worker threads', async () => {
    const one = await run(1);
    const two = await run(2);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.summary.simulations).toBe(4);
  }, 300_000);
});
