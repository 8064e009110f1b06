import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NodeGroupParams } from '../../sim/models/workload/nodeGroup.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Env } from '../../sim/engine/env.js';
import { RandomStreams } from '../../sim/engine/random.js';
import { startWorkload, type WorkloadParams, type WorkloadRun } from '../../sim/simulation/workloadProcess.js';
import { TRACE_DEFAULTS } from '../../sim/models/workload/trace.js';
import { PHILLY_DURATION, PHILLY_SIZES } from '../../sim/models/workload/generators.js';

/** Runs a workload over [0, endS) and integrates energy exactly as simulate's meters do. */
function runWith(params: WorkloadParams, endS: number, seed = 1, starts?: [number, number, number][]) {
  const env = new Env(0);
  let energyJ = 0, lastS = 0, powerW = 0, changes = 0;
  const run: WorkloadRun = startWorkload(env, params, new RandomStreams(seed), { startS: 0, endS }, (nowS) => {
    energyJ += powerW * (nowS - lastS);
    lastS = nowS;
    powerW = run.computePowerW();
    changes++;
  }, starts ? { jobStarted: (submitS, startS, gpus) => starts.push([submitS, startS, gpus]) } : undefined);
  powerW = run.computePowerW();
  env.run({ untilS: endS });
  energyJ += powerW * (endS - lastS);
  return { run, energyJ, stats: run.stats(), changes };
}

const traceParams = (path: string, nodes: Partial<NodeGroupParams> = {}): WorkloadParams => ({
  groups: [{ id: 'nodes', memoryBytes: 0, speed: [1, 1, 1], count: 2, gpusPerNode: 2, power: { idlePowerW: 100, peakPowerW: 300, shape: { kind: 'linear' } }, powerDownIdle: false, powerOnDelayS: 0, ...nodes }], policy: 'pooled', maxWaitS: 3600,
  jobs: { kind: 'trace', trace: { ...TRACE_DEFAULTS, gpusPerNode: 2, path, columns: { submit: 'submit', end: 'end', gpus: 'gpus' } } },
  scheduler: 'first-fit',
});

describe('startWorkload (trace, hand-computed)', () => {
  it('FIFO with head-of-line blocking, rejection, waits and exact energy', () => {
    // small.csv on 2 nodes x 2 GPUs, node W = 100 + 100 * busy GPUs:
    // a(1 GPU) 0-100 node 0; b(2) 10-50 node 1; c(2) queued at 20, starts 50 on node 1 (wait 30);
    // d(1) at 30 blocked behind c although node 0 has a free GPU, starts 50 (wait 20); e(5 GPUs) rejected.
    // Power: 0-10 300 W, 10-50 500 W, 50-60 600 W, 60-100 300 W, 100-200 200 W
    // Energy = 3000 + 20000 + 6000 + 12000 + 20000 = 61000 J
    const starts: [number, number, number][] = [];
    const { energyJ, stats, run, changes } = runWith(traceParams(resolve('test/fixtures/traces/small.csv')), 200, 1, starts);
    expect(energyJ).toBe(61_000);
    // One notification per event that changed power: starts at 0 and 10; at 50 b's end with c and d
    // starting at the same instant (one, not three); c's and d's ends at 60; a's end at 100.
    expect(changes).toBe(6);
    expect(starts).toEqual([[0, 0, 1], [10, 10, 2], [20, 50, 2], [30, 50, 1]]);
    expect(stats).toMatchObject({ submitted: 5, completed: 4, rejected: 1, started: 4, waited: 2, meanWaitS: 12.5, queuedAtEnd: 0 });
    expect(Math.abs(stats.p95WaitS / 30 - 1)).toBeLessThan(0.06); // histogram estimate of the largest wait
    expect(run.busyGpus()).toBe(0);
    expect(run.poweredNodes()).toBe(2);
  });

  it('powers idle nodes down and delays a start by the power-on time', () => {
    // One job (1 GPU, 10 s) at t=0 on 2 nodes, standby 10 W, power-on 5 s, window 20 s:
    // 0-5 booting node 0 (100 W) + standby 10 W; 5-15 running 200 W + 10 W; 15-20 both standby 20 W
    // Energy = 110*5 + 210*10 + 20*5 = 2750 J; wait = 5 s
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-wp-'));
    const path = join(dir, 'one.csv');
    writeFileSync(path, 'name,submit,end,gpus\nx,0,10,1\n');
    const p = traceParams(path, { powerDownIdle: true, powerOnDelayS: 5, power: { idlePowerW: 100, peakPowerW: 300, shape: { kind: 'linear' }, standbyPowerW: 10 } });
    const { energyJ, stats, run } = runWith(p, 20);
    expect(energyJ).toBe(2750);
    expect(stats.meanWaitS).toBe(5);
    expect(stats.completed).toBe(1);
    expect(run.poweredNodes()).toBe(0);
  });

  it('every started job completes when the window is long enough; never more GPUs than exist', () => {
    const job = fc.record({ gap: fc.integer({ min: 0, max: 50 }), dur: fc.integer({ min: 0, max: 200 }), gpus: fc.integer({ min: 1, max: 10 }) });
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-wp-'));
    let n = 0;
    fc.assert(
      fc.property(fc.array(job, { minLength: 1, maxLength: 40 }), fc.constantFrom('first-fit' as const, 'best-fit' as const), (jobs, policy) => {
        let t = 0;
        const rows = jobs.map((j, i) => `j${i},${(t += j.gap)},${t + j.dur},${j.gpus}`);
        const path = join(dir, `t${n++}.csv`);
        writeFileSync(path, ['name,submit,end,gpus', ...rows].join('\n'));
        const params = { ...traceParams(path, { count: 3, gpusPerNode: 4 }), scheduler: policy };
        const env = new Env(0);
        let maxBusy = 0;
        const run: WorkloadRun = startWorkload(env, params, new RandomStreams(1), { startS: 0, endS: 1e6 }, () => {
          maxBusy = Math.max(maxBusy, run.busyGpus());
        });
        env.run({ untilS: 1e6 });
        const s = run.stats();
        expect(maxBusy).toBeLessThanOrEqual(12);
        expect(s.rejected).toBe(jobs.filter((j) => j.gpus > 12).length);
        expect(s.completed).toBe(s.submitted - s.rejected);
        expect(s.queuedAtEnd).toBe(0);
        expect(run.computePowerW()).toBeCloseTo(3 * 100, 9); // all idle at the end (compensated sum)
      }),
      { numRuns: 60 },
    );
  });

  it('equal-size jobs start in submit (FIFO) order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 300 })), { minLength: 2, maxLength: 60 }), fc.integer(), (gpus, gaps, seed) => {
        const dir = mkdtempSync(join(tmpdir(), 'dctwin-fifo-'));
        let t = 0;
        const rows = gaps.map(([gap, dur], i) => `j${i},${(t += gap)},${t + dur},${gpus}`);
        writeFileSync(join(dir, 'f.csv'), ['name,submit,end,gpus', ...rows].join('\n'));
        const starts: [number, number, number][] = [];
        runWith(traceParams(join(dir, 'f.csv'), { count: 2, gpusPerNode: 4 }), 1e6, seed, starts);
        for (let i = 1; i < starts.length; i++) expect(starts[i][1]).toBeGreaterThanOrEqual(starts[i - 1][1]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('startWorkload (generators and profiles)', () => {
  const poisson = (count: number): WorkloadParams => ({
    groups: [{ id: 'nodes', memoryBytes: 0, speed: [1, 1, 1], count, gpusPerNode: 8, power: { idlePowerW: 2000, peakPowerW: 10_200, shape: { kind: 'linear' } }, powerDownIdle: false, powerOnDelayS: 0 }], policy: 'pooled', maxWaitS: 3600,
    jobs: { kind: 'poisson', poisson: { ratePerS: 0.01, sizes: PHILLY_SIZES, duration: PHILLY_DURATION, utilization: 0.8 } },
    scheduler: 'best-fit',
  });

  it('identical seeds give identical stats and energy; another seed differs', () => {
    const a = runWith(poisson(20), 30 * 86_400, 7);
    const b = runWith(poisson(20), 30 * 86_400, 7);
    const c = runWith(poisson(20), 30 * 86_400, 8);
    expect(b.stats).toEqual(a.stats);
    expect(b.energyJ).toBe(a.energyJ);
    expect(c.energyJ).not.toBe(a.energyJ);
  });

  it('offered load matches rate * mean GPUs * mean duration on a large cluster (no queueing)', () => {
    // 0.01 /s * 1.92 GPUs * 18006 s = 345.7 busy GPUs; at utilization 0.8 and 8 GPUs/node the IT
    // power is count * 2000 + 345.7 * 0.8 / 8 * 8200 W. Lognormal sigma^2 = 6.05 makes the sample mean
    // noisy, so the tolerance is wide (one year, about 315,000 jobs).
    const endS = 365 * 86_400;
    const { energyJ, stats } = runWith(poisson(200), endS, 3);
    expect(stats.rejected).toBe(0);
    expect(stats.waited).toBe(0);
    const expectedW = 200 * 2000 + ((0.01 * 1.92 * 18_006 * 0.8) / 8) * 8200;
    expect(Math.abs(energyJ / endS / expectedW - 1)).toBeLessThan(0.1);
  });

  it('profile mode: every node follows the hourly utilization', () => {
    const p: WorkloadParams = {
      groups: [{ id: 'nodes', memoryBytes: 0, speed: [1, 1, 1], count: 10, gpusPerNode: 8, power: { idlePowerW: 1000, peakPowerW: 2000, shape: { kind: 'linear' } }, powerDownIdle: false, powerOnDelayS: 0 }], policy: 'pooled', maxWaitS: 3600,
      jobs: { kind: 'profile', profile: { path: resolve('test/fixtures/traces/profile.csv'), column: 'load', stepS: 3600, repeat: true, scale: 0.5, skipBadLines: false } },
      scheduler: 'first-fit',
    };
    // steps u = 0.25, 0.125, 0.75, 0.375 (scale 0.5): node W = 1000 + 1000 u, 10 nodes, 1 h each
    const { energyJ, run, changes } = runWith(p, 4 * 3600);
    expect(energyJ).toBeCloseTo(10 * 3600 * (4000 + 1000 * (0.25 + 0.125 + 0.75 + 0.375)), 6);
    expect(changes).toBe(4);
    expect(run.meanUtilization()).toBe(0.375);
  });
});

describe('startWorkload: allocation and offered load over the metered window', () => {
  it('small.csv: allocated GPU-seconds / installed GPU-seconds, by hand', () => {
    // As above on 2 nodes x 2 GPUs over [0, 200 s]: a 1 GPU x 100 s, b 2 x 40, c 2 x 10, d 1 x 10 (e rejected)
    // = 210 GPU-s of 4 x 200 = 800: allocation 0.2625; every job that fits ran, so offered load is the same
    const { stats } = runWith(traceParams(resolve('test/fixtures/traces/small.csv')), 200);
    expect(stats).toMatchObject({ source: 'trace', allocation: 210 / 800, offeredLoad: 210 / 800 });
  });

  it('counts only the metered window [0, endS], not the warm-up', () => {
    // One 1-GPU job submitted at -100 s (warm-up) running 150 s, window [-100, 100] on 4 GPUs:
    // allocated 1 GPU over [0, 50] = 50 GPU-s of 4 x 100 = 400: 0.125; submitted in the warm-up: offered 0
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-wp-'));
    const path = join(dir, 'warm.csv');
    writeFileSync(path, 'name,submit,end,gpus\nx,0,150,1\n');
    const env = new Env(-100);
    const run = startWorkload(env, traceParams(path), new RandomStreams(1), { startS: -100, endS: 100 }, () => {});
    env.run({ untilS: 100 });
    expect(run.stats()).toMatchObject({ allocation: 0.125, offeredLoad: 0, completed: 1 });
  });
});
