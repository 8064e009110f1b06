/**
 * The XPU pool bench scenario (scenarios/bench/pool-5m-jobs.yaml, issue 15): three node groups totalling
 * 10,000 nodes, ~5 M jobs in the metered year, an offered load of 70 % of the pool in H100-equivalents.
 * Known values are the file's own comments (its arithmetic), recomputed from the loaded scenario.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../sim/scenario/load.js';
import { offeredGpus } from '../../sim/models/workload/generators.js';
import { POOL_SCENARIO } from '../../sim/bench/cliFigures.js';

const YEAR_S = 365 * 86_400;

describe('pool bench scenario', () => {
  const { scenario } = loadScenario(POOL_SCENARIO);
  const w = scenario.workload;

  it('has three pooled node groups, 10,000 nodes, one design', () => {
    expect(w.groups.map((g) => [g.id, g.count, g.gpusPerNode])).toEqual([['b200', 1000, 8], ['ascend', 5000, 8], ['l20', 4000, 8]]);
    expect(w.policy).toBe('pooled');
    expect(scenario.designs).toHaveLength(1);
  });

  it('submits ~5,000,000 jobs in the year and offers 70 % of the pool in H100-equivalents (the file comments)', () => {
    if (w.jobs.kind !== 'poisson') throw new Error('expected poisson jobs');
    const p = w.jobs.poisson;
    expect(p.ratePerS * YEAR_S).toBeCloseTo(5e6, -2);
    // training speed x GPUs per group: 8,000 x 2.27 + 40,000 x 0.32 + 32,000 x 0.12 = 34,800 (catalogue speeds, rounded)
    const capacity = w.groups.reduce((a, g) => a + g.count * g.gpusPerNode * g.speed[0], 0);
    expect(capacity).toBeGreaterThan(34_000);
    expect(capacity).toBeLessThan(35_600);
    // 0.158549 /s x 1.92 GPUs x 80,020 s = 24,360 H100-equivalents
    expect(offeredGpus(p)).toBeCloseTo(0.158549 * 1.92 * 80_020, 0);
    expect(offeredGpus(p) / capacity).toBeGreaterThan(0.68);
    expect(offeredGpus(p) / capacity).toBeLessThan(0.72);
    // The B200 group alone cannot hold it: pooled matching spills onto the others.
    expect(w.groups[0].count * w.groups[0].gpusPerNode * w.groups[0].speed[0]).toBeLessThan(offeredGpus(p));
  });
});
