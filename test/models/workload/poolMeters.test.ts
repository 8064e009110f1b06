import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PoolMeters, type GroupState } from '../../../sim/models/workload/poolMeters.js';

const state = (v: number, over: Partial<GroupState> = {}): GroupState =>
  ({ allocatedGpus: v, busyGpus: v, inferenceBusyGpus: v, computePowerW: v, workGpus: v, ...over });

describe('PoolMeters', () => {
  it('the @example: nothing metered before the first set', () => {
    const m = new PoolMeters(1, 10);
    m.advance(0, 5);
    expect(m.stats(0)).toMatchObject({ allocatedGpuS: 0, busyGpuS: 0, computeEnergyJ: 0, workGpuS: 0, started: 0, completed: 0 });
  });

  it('hand integrals of piecewise-constant signals, each channel apart', () => {
    // window [0, 100]: allocated 4 on [10, 30), 2 on [30, 60), 0 after: 4*20 + 2*30 = 140 GPU-s
    // busy 3 then 1: 3*20 + 1*30 = 90; inference 1 then 0: 20; power 500 W then 300 W, 100 W after:
    // 500*20 + 300*30 + 100*40 = 23000 J; work 6 then 2: 6*20 + 2*30 = 180
    const m = new PoolMeters(1, 100);
    m.advance(0, 10);
    m.set(0, { allocatedGpus: 4, busyGpus: 3, inferenceBusyGpus: 1, computePowerW: 500, workGpus: 6 });
    m.advance(0, 30);
    m.set(0, { allocatedGpus: 2, busyGpus: 1, inferenceBusyGpus: 0, computePowerW: 300, workGpus: 2 });
    m.advance(0, 60);
    m.set(0, { allocatedGpus: 0, busyGpus: 0, inferenceBusyGpus: 0, computePowerW: 100, workGpus: 0 });
    expect(m.stats(0)).toMatchObject({ allocatedGpuS: 140, busyGpuS: 90, inferenceBusyGpuS: 20, computeEnergyJ: 23_000, workGpuS: 180 });
  });

  it('clamps to [0, endS]: the warm-up and time after the window are not metered', () => {
    // value 2 from t = -50 (warm-up) to t = 30, then 5 to t = 200; window [0, 100]: 2*30 + 5*70 = 410
    const m = new PoolMeters(1, 100);
    m.advance(0, -50);
    m.set(0, state(2));
    m.advance(0, 30);
    m.set(0, state(5));
    m.advance(0, 200);
    m.set(0, state(9)); // after the window: never metered
    expect(m.stats(0).allocatedGpuS).toBe(410);
    expect(m.stats(0).allocatedGpuS).toBe(410); // stats() is idempotent
  });

  it('per-group stats: groups are metered apart; waits and completions per group', () => {
    // g0: 2 GPUs on [0, 50) -> 100; g1: 8 GPUs on [20, 100] -> 640. Waits g0: 0, 10 (mean 5); g1: 30.
    const m = new PoolMeters(2, 100);
    m.set(0, state(2));
    m.advance(1, 20);
    m.set(1, state(8));
    m.advance(0, 50);
    m.set(0, state(0));
    m.waits[0].add(0);
    m.waits[0].add(10);
    m.waits[1].add(30);
    m.completed[0] = 2;
    const s0 = m.stats(0), s1 = m.stats(1);
    expect(s0).toMatchObject({ allocatedGpuS: 100, started: 2, completed: 2, meanWaitS: 5 });
    expect(s1).toMatchObject({ allocatedGpuS: 640, computeEnergyJ: 640, started: 1, completed: 0, meanWaitS: 30 });
  });

  it('the integral equals the sum of value x clamped interval for any step signal (property)', () => {
    const steps = fc.array(fc.tuple(fc.integer({ min: -100, max: 1200 }), fc.integer({ min: 0, max: 64 })), { minLength: 1, maxLength: 30 });
    fc.assert(fc.property(steps, (raw) => {
      const endS = 1000;
      const sorted = [...raw].sort((a, b) => a[0] - b[0]);
      const m = new PoolMeters(1, endS);
      let expected = 0;
      sorted.forEach(([tS, v], i) => {
        m.advance(0, tS);
        m.set(0, state(v));
        const fromS = Math.min(Math.max(tS, 0), endS), toS = Math.min(Math.max(i + 1 < sorted.length ? sorted[i + 1][0] : endS, 0), endS);
        expected += v * Math.max(0, toS - fromS);
      });
      expect(m.stats(0).busyGpuS).toBe(expected); // integers: exact
    }));
  });
});
