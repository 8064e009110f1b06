import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Env } from '../../sim/engine/env.js';
import { RandomStreams } from '../../sim/engine/random.js';
import { arraySource, type JobInput } from '../../sim/models/workload/job.js';
import type { NodeGroupParams } from '../../sim/models/workload/nodeGroup.js';
import { PoolPolicyMatcher, type PoolPolicy } from '../../sim/models/workload/poolPolicy.js';
import { TRACE_DEFAULTS, openTrace } from '../../sim/models/workload/trace.js';
import { startPool } from '../../sim/simulation/poolProcess.js';
import { startWorkload, type WorkloadParams, type WorkloadRun } from '../../sim/simulation/workloadProcess.js';

/** 1 node x 2 GPUs, node W = 100 + 200 u (u = busy GPU-equivalents / 2), speed s for every class. */
const group = (id: string, speed: number, over: Partial<NodeGroupParams> = {}): NodeGroupParams => ({
  id, count: 1, gpusPerNode: 2, memoryBytes: 0, speed: [speed, speed, speed], powerDownIdle: false, powerOnDelayS: 0,
  power: { idlePowerW: 100, peakPowerW: 300, shape: { kind: 'linear' } }, ...over,
});
const A = 0b01, B = 0b10;
const params = (groups: NodeGroupParams[], policy: PoolPolicy, over: Partial<WorkloadParams> = {}): WorkloadParams => ({
  groups, policy, maxWaitS: 3600, typeConstraint: 'preferred', scheduler: 'first-fit',
  jobs: { kind: 'poisson', poisson: { ratePerS: 1, sizes: { gpus: [1], weights: [1] }, duration: { kind: 'exponential', meanS: 1 }, utilization: 1 } },
  ...over,
});
const job = (submitS: number, durationS: number, over: Partial<JobInput> = {}): JobInput => ({ submitS, durationS, gpus: 2, utilization: 1, ...over });

/** Runs the pool driver over [0, endS] on an in-memory job list; starts are [submitS, startS, gpus, group]. */
function runPool(p: WorkloadParams, jobs: JobInput[], endS = 1000) {
  const env = new Env(0);
  const starts: number[][] = [];
  const changes: number[] = [];
  const run = startPool(env, p, arraySource(jobs), { startS: 0, endS }, (nowS) => changes.push(nowS), {
    jobStarted: (submitS, startS, gpus, g) => starts.push([submitS, startS, gpus, g ?? -1]),
  });
  env.run({ untilS: endS });
  return { run, starts, changes, stats: run.stats() };
}
const two = () => [group('a', 1), group('b', 2)];

describe('startPool: hand-checked event sequences on two 1-node x 2-GPU groups (speeds 1 and 2)', () => {
  const typedForA = [job(0, 100, { groupMask: A }), job(10, 50, { groupMask: A })];

  it('(a) siloed: a job typed for a waits for a although b is free', () => {
    const { starts, stats } = runPool(params(two(), 'siloed'), typedForA);
    expect(starts).toEqual([[0, 0, 2, 0], [10, 100, 2, 0]]); // the second starts when the first ends (100 s on speed 1)
    expect(stats.pool!.groups[1].allocatedGpuS).toBe(0);
    expect(stats).toMatchObject({ submitted: 2, completed: 2, rejected: 0, waited: 1, meanWaitS: 45 }); // (0 + 90) / 2
  });

  it('(b) pooled: the same job runs on b at once, in duration / speed_b', () => {
    const { starts, stats } = runPool(params(two(), 'pooled'), typedForA);
    // own type first: the first job takes a; the second finds a full and takes b at 10, running 50 / 2 = 25 s
    expect(starts).toEqual([[0, 0, 2, 0], [10, 10, 2, 1]]);
    const b = stats.pool!.groups[1];
    expect(b.allocatedGpuS).toBe(50); // 2 GPUs x 25 s
    expect(b.workGpuS).toBe(100); // 2 x 1 x speed 2 x 25 s = the job's 2 GPUs x 50 s at the reference speed
    expect(b.computeEnergyJ).toBe(100 * 975 + 300 * 25); // idle except 10-35 at full load
    expect(stats.waited).toBe(0);
  });

  it('(c) head-of-line blocking is per group: a blocked head for a does not stop a later job for b', () => {
    const jobs = [...typedForA, job(20, 40, { groupMask: B })];
    for (const p of [params(two(), 'siloed'), params(two(), 'pooled', { typeConstraint: 'required' })]) {
      const { starts } = runPool(p, jobs);
      expect(starts).toEqual([[0, 0, 2, 0], [20, 20, 2, 1], [10, 100, 2, 0]]);
    }
  });

  it('(c\') a head blocked on every group it may use stops the later jobs that need those groups (FIFO, no backfill)', () => {
    // pooled: x (untyped, 2 GPUs) takes b (fastest) at 0 for 50 s, y (untyped) takes a at 0 for 100 s; z (untyped, 2 GPUs)
    // at 10 waits; w (1 GPU) at 20 must not pass z: z starts on b at 50, w on... nothing free until a frees at 100.
    const { starts } = runPool(params(two(), 'pooled'), [job(0, 100), job(0, 100), job(10, 100), job(20, 10, { gpus: 1 })]);
    expect(starts).toEqual([[0, 0, 2, 1], [0, 0, 2, 0], [10, 50, 2, 1], [20, 100, 1, 0]]);
  });

  it('(d) energy-aware waits for its cheapest group until maxWait, then takes the other', () => {
    // b does the same work in half the time at the same power: half the energy. x takes b (0-100, 200 s / 2);
    // y wants b too; with maxWait 30 it gives up at 10 + 30 = 40 and takes a; with maxWait 200 it waits for b at 100.
    const jobs = [job(0, 200), job(10, 100)];
    expect(runPool(params(two(), 'energy-aware', { maxWaitS: 30 }), jobs).starts).toEqual([[0, 0, 2, 1], [10, 40, 2, 0]]);
    expect(runPool(params(two(), 'energy-aware', { maxWaitS: 200 }), jobs).starts).toEqual([[0, 0, 2, 1], [10, 100, 2, 1]]);
    // maxWait 0: takes any feasible group at once (lowest energy first)
    expect(runPool(params(two(), 'energy-aware', { maxWaitS: 0 }), jobs).starts).toEqual([[0, 0, 2, 1], [10, 10, 2, 0]]);
  });

  // Driver bug (poolProcess.ts, not fixed here: another engineer is splitting that file): the wait-limit event is
  // scheduled at submitS + maxWaitS, but dispatch() then tests (nowS - submitS) >= maxWaitS, which rounds below
  // maxWaitS for some values; the job stays unwilling and waits for the next unrelated event (here b's end at 100).
  it('(d\') energy-aware: the wait limit fires even when submit + maxWait - submit rounds below maxWait', () => {
    // 0.7 + 0.1 = 0.7999999999999999 in doubles, and 0.7999999999999999 - 0.7 = 0.09999999999999987 < 0.1
    const { starts } = runPool(params(two(), 'energy-aware', { maxWaitS: 0.1 }), [job(0, 200), job(0.7, 100)]);
    expect(starts[1][3]).toBe(0); // y takes a at its wait limit, not b when b frees at 100
    expect(starts[1][1]).toBeCloseTo(0.8, 12);
  });

  // Driver/queue limitation found here: under energy-aware, jobs of one feasible set share one FIFO (poolQueues.ts),
  // but their willing groups differ by job (cheapest group per class and size). A head waiting for its cheapest group
  // (full) then blocks a later job of its set whose cheapest group is free: blocking across groups, not per group.
  it('(d\'\') energy-aware: a job waiting for its cheapest group does not block a later job whose cheapest group is free', () => {
    // speeds: a training 1, inference 4; b 2 for both. Same power: training is cheapest on b, inference on a.
    // z (training) takes b 0-100; x (training, 10) waits for b (maxWait 1000); y (inference, 20) wants a, which is free.
    const gs = [group('a', 1, { speed: [1, 4, 1] }), group('b', 2)];
    const { starts } = runPool(params(gs, 'energy-aware', { maxWaitS: 1000 }), [job(0, 200), job(10, 200), job(20, 100, { jobClass: 1 })]);
    // per-group blocking: y starts at once on a. Today: [[0, 0, 2, 1], [10, 100, 2, 1], [20, 100, 2, 0]] (y waits 80 s behind x)
    expect(starts).toContainEqual([20, 20, 2, 0]);
  });

  it('(e) a job whose memory need no group meets is rejected; one that some group meets runs there', () => {
    const gs = [group('a', 1, { memoryBytes: 24e9 }), group('b', 2, { memoryBytes: 48e9 })];
    const { starts, stats } = runPool(params(gs, 'pooled'), [job(0, 10, { memoryBytes: 80e9 }), job(1, 10, { memoryBytes: 40e9 }), job(2, 10, { gpus: 5 })]);
    expect(starts).toEqual([[1, 1, 2, 1]]);
    expect(stats).toMatchObject({ submitted: 3, rejected: 2, completed: 1, queuedAtEnd: 0 });
  });

  it('(f) effective compute, allocation and per-group figures of a hand case', () => {
    // window 200 s, pooled. x: 2 GPUs, u 1, 200 s of reference work -> b (fastest), runs 0-100.
    // y: 2 GPUs, u 0.5, 100 s -> b is full -> a, runs 0-100.
    // a: allocated 2 x 100 = 200 GPU-s (allocation 200 / 400 = 0.5), busy 2 x 0.5 x 100 = 100, work 100 x speed 1 = 100,
    //    energy (100 + 200 x 0.5) x 100 + 100 x 100 = 30000 J. b: allocated 200, busy 200, work 2 x 2 x 100 = 400,
    //    energy 300 x 100 + 100 x 100 = 40000 J. Offered work (training only) = 2 x 200 + 2 x 0.5 x 100 = 500 reference GPU-s;
    //    capacity = 2 GPUs x 200 s x (speed 1 + speed 2) = 1200: effective compute 500 / 1200.
    const { stats } = runPool(params(two(), 'pooled'), [job(0, 200), job(0, 100, { utilization: 0.5 })], 200);
    const [a, b] = stats.pool!.groups;
    expect(a).toMatchObject({ started: 1, completed: 1, allocatedGpuS: 200, busyGpuS: 100, workGpuS: 100, computeEnergyJ: 30_000, inferenceBusyGpuS: 0 });
    expect(b).toMatchObject({ started: 1, completed: 1, allocatedGpuS: 200, busyGpuS: 200, workGpuS: 400, computeEnergyJ: 40_000 });
    expect(stats.pool!.effectiveCompute).toBeCloseTo(500 / 1200, 12);
    expect(stats.allocation).toBe(0.5); // 400 / (4 GPUs x 200 s)
    expect(stats.offeredLoad).toBe(0.75); // (2 x 200 + 2 x 100) / 800 GPU-s at the reference speed
    expect(stats.pool!.policy).toBe('pooled');
  });

  it('inference jobs are metered apart', () => {
    const { stats } = runPool(params(two(), 'pooled'), [job(0, 100, { jobClass: 1, utilization: 0.5 })], 200);
    expect(stats.pool!.groups[1]).toMatchObject({ busyGpuS: 50, inferenceBusyGpuS: 50 }); // on b for 50 s, 2 x 0.5 busy
  });

  it('a node group that powers down idle nodes delays the start by its power-on time', () => {
    const gs = [group('a', 1), group('b', 2, { powerDownIdle: true, powerOnDelayS: 5, power: { idlePowerW: 100, peakPowerW: 300, shape: { kind: 'linear' }, standbyPowerW: 10 } })];
    const { starts, run } = runPool(params(gs, 'pooled'), [job(0, 20)], 100);
    expect(starts).toEqual([[0, 5, 2, 1]]);
    expect(run.poweredNodes()).toBe(1); // b powered down again after its job
  });
});

describe('startPool: properties', () => {
  const jobArb = fc.record({ gap: fc.integer({ min: 0, max: 40 }), dur: fc.integer({ min: 0, max: 300 }), gpus: fc.integer({ min: 1, max: 5 }),
    groupMask: fc.integer({ min: 0, max: 3 }), jobClass: fc.integer({ min: 0, max: 2 }), utilization: fc.constantFrom(0.25, 0.5, 1) });
  const listOf = (raw: { gap: number; dur: number; gpus: number; groupMask: number; jobClass: number; utilization: number }[]) => {
    let t = 0;
    return raw.map((j) => job((t += j.gap), j.dur, { gpus: j.gpus, groupMask: j.groupMask, jobClass: j.jobClass, utilization: j.utilization }));
  };
  const gs = () => [group('a', 1, { count: 2 }), group('b', 2)];

  it('(g) determinism: the same input gives identical stats and starts; a long window runs every accepted job', () => {
    fc.assert(fc.property(fc.array(jobArb, { minLength: 1, maxLength: 40 }), fc.constantFrom<PoolPolicy>('siloed', 'pooled', 'energy-aware'), (raw, policy) => {
      const p = params(gs(), policy, { maxWaitS: 60 });
      const x = runPool(p, listOf(raw), 1e6), y = runPool(p, listOf(raw), 1e6);
      expect(y.stats).toEqual(x.stats);
      expect(y.starts).toEqual(x.starts);
      expect(x.stats.completed).toBe(x.stats.submitted - x.stats.rejected);
      expect(x.stats.queuedAtEnd).toBe(0);
      expect(x.run.busyGpus()).toBe(0);
      // a has 4 GPUs, b 2: > 4 never fits; siloed binds the type, so a job typed for b alone needing > 2 is rejected too
      expect(x.stats.rejected).toBe(raw.filter((j) => j.gpus > 4 || (policy === 'siloed' && j.groupMask === B && j.gpus > 2)).length);
    }), { numRuns: 60 });
  });
});

describe('startPool: energy-aware property', () => {
  it('before its wait limit a job starts only on one of its lowest-energy groups; every job starts by then or later on any group', () => {
    // a: 2 nodes x 2 GPUs, speed 1 (training) / 4 (inference); b: 1 node, speed 2: training cheapest on b, inference on a
    const gs = [group('a', 1, { count: 2, speed: [1, 4, 1] }), group('b', 2)];
    const jobArb = fc.record({ gap: fc.integer({ min: 1, max: 40 }), dur: fc.integer({ min: 0, max: 300 }), gpus: fc.integer({ min: 1, max: 2 }), jobClass: fc.integer({ min: 0, max: 1 }) });
    fc.assert(fc.property(fc.array(jobArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 120 }), (raw, maxWaitS) => {
      let t = 0;
      const jobs = raw.map((j) => job((t += j.gap), j.dur, { gpus: j.gpus, jobClass: j.jobClass }));
      const { starts, stats } = runPool(params(gs, 'energy-aware', { maxWaitS }), jobs, 1e6);
      const matcher = new PoolPolicyMatcher(gs, 'energy-aware', 'preferred', () => true);
      for (const [submitS, startS, , g] of starts) {
        const j = jobs.find((x) => x.submitS === submitS)!;
        const pj = { ...j, groupMask: 0, jobClass: j.jobClass ?? 0, memoryBytes: 0 };
        if (startS - submitS < maxWaitS) expect(matcher.willing(pj, 0b11, 0, maxWaitS) & (1 << g)).not.toBe(0);
      }
      expect(stats.completed).toBe(jobs.length);
    }), { numRuns: 80 });
  });
});

describe('startWorkload chooses the driver by the group count', () => {
  const small = resolve('test/fixtures/traces/small.csv');
  const traceParams = (groups: NodeGroupParams[]): WorkloadParams => params(groups, 'pooled', {
    jobs: { kind: 'trace', trace: { ...TRACE_DEFAULTS, gpusPerNode: 2, path: small, columns: { submit: 'submit', end: 'end', gpus: 'gpus' } } },
  });
  const drive = (p: WorkloadParams, endS: number) => {
    const env = new Env(0);
    const starts: number[][] = [];
    let energyJ = 0, lastS = 0, powerW = 0;
    const run: WorkloadRun = startWorkload(env, p, new RandomStreams(1), { startS: 0, endS }, (nowS) => {
      energyJ += powerW * (nowS - lastS);
      lastS = nowS;
      powerW = run.computePowerW();
    }, { jobStarted: (submitS, startS, gpus) => starts.push([submitS, startS, gpus]) });
    powerW = run.computePowerW();
    env.run({ untilS: endS });
    return { starts, stats: run.stats(), energyJ: energyJ + powerW * (endS - lastS) };
  };

  it('one group: the single cluster exactly as before (workloadProcess.test.ts small.csv expectations), no pool figures', () => {
    const { starts, stats, energyJ } = drive(traceParams([group('nodes', 1, { count: 2 })]), 200);
    expect(energyJ).toBe(61_000);
    expect(starts).toEqual([[0, 0, 1], [10, 10, 2], [20, 50, 2], [30, 50, 1]]);
    expect(stats).toMatchObject({ submitted: 5, completed: 4, rejected: 1, started: 4, waited: 2, meanWaitS: 12.5, queuedAtEnd: 0 });
    expect(stats.pool).toBeUndefined();
  });

  it('one group through the pool driver gives the single cluster\'s starts and energy too (the FIFO the header promises)', () => {
    const p = traceParams([group('nodes', 1, { count: 2 })]);
    const env = new Env(0);
    const starts: number[][] = [];
    const run = startPool(env, p, openTrace(p.jobs.kind === 'trace' ? p.jobs.trace : (undefined as never)), { startS: 0, endS: 200 }, () => {},
      { jobStarted: (submitS, startS, gpus) => starts.push([submitS, startS, gpus]) });
    env.run({ untilS: 200 });
    expect(starts).toEqual([[0, 0, 1], [10, 10, 2], [20, 50, 2], [30, 50, 1]]);
    expect(run.stats().pool!.groups[0].computeEnergyJ).toBe(61_000);
  });

  it('one group: the pool driver and the single-cluster driver agree on every start and job statistic (property)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-pool1-'));
    let n = 0;
    const jobArb = fc.record({ gap: fc.integer({ min: 0, max: 50 }), dur: fc.integer({ min: 0, max: 200 }), gpus: fc.integer({ min: 1, max: 10 }) });
    fc.assert(fc.property(fc.array(jobArb, { minLength: 1, maxLength: 40 }), fc.constantFrom('first-fit' as const, 'best-fit' as const), (raw, scheduler) => {
      let t = 0;
      const rows = raw.map((j, i) => `j${i},${(t += j.gap)},${t + j.dur},${j.gpus}`);
      const path = join(dir, `t${n++}.csv`);
      writeFileSync(path, ['name,submit,end,gpus', ...rows].join('\n'));
      const p = { ...traceParams([group('nodes', 1, { count: 3, gpusPerNode: 4 })]), scheduler };
      const p1 = p.jobs.kind === 'trace' ? { ...p, jobs: { kind: 'trace' as const, trace: { ...p.jobs.trace, path, gpusPerNode: 4 } } } : p;
      const single = drive(p1, 2000);
      const env = new Env(0);
      const starts: number[][] = [];
      const pool = startPool(env, p1, openTrace(p1.jobs.kind === 'trace' ? p1.jobs.trace : (undefined as never)), { startS: 0, endS: 2000 }, () => {},
        { jobStarted: (submitS, startS, gpus) => starts.push([submitS, startS, gpus]) });
      env.run({ untilS: 2000 });
      const { pool: _perGroup, ...stats } = pool.stats();
      expect(starts).toEqual(single.starts);
      expect(stats).toEqual(single.stats);
    }), { numRuns: 60 });
  });

  it('two groups: the pool driver (per-group figures present)', () => {
    const { stats } = drive(traceParams([group('a', 1), group('b', 2)]), 200);
    expect(stats.pool?.groups).toHaveLength(2);
    expect(stats.rejected).toBe(1); // e (5 GPUs) fits no 2-GPU group
  });
});
