import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NodeGroupParams } from '../../../sim/models/workload/nodeGroup.js';
import { PoolPolicyMatcher, type PoolJob, type PoolPolicy, type TypeConstraint } from '../../../sim/models/workload/poolPolicy.js';

/** A group of `count` nodes x `gpusPerNode` GPUs, linear power idle..peak (default 2-10 kW), speeds per class. */
const group = (id: string, over: Partial<NodeGroupParams> = {}): NodeGroupParams => ({
  id, count: 1, gpusPerNode: 1, memoryBytes: 0, speed: [1, 1, 1], powerDownIdle: false, powerOnDelayS: 0,
  power: { idlePowerW: 2000, peakPowerW: 10_000, shape: { kind: 'linear' } }, ...over,
});
const job = (over: Partial<PoolJob> = {}): PoolJob => ({ gpus: 1, durationS: 3600, utilization: 1, jobClass: 0, groupMask: 0, memoryBytes: 0, ...over });
const always = (_group: number, _gpus: number): boolean => true;
const matcher = (gs: NodeGroupParams[], policy: PoolPolicy, constraint: TypeConstraint = 'preferred', everFits = always) =>
  new PoolPolicyMatcher(gs, policy, constraint, everFits);
/** The groups rank() orders, as ids. */
const ranked = (m: PoolPolicyMatcher, j: PoolJob, mask: number) => Array.from(m.preferenceOrder().subarray(0, m.rank(j, mask)), (g) => m.groups[g].id);
const A = 0b001, B = 0b010, C = 0b100;

describe('PoolPolicyMatcher: siloed', () => {
  it('a typed job may run on its own types only, whatever else is free', () => {
    const m = matcher([group('a'), group('b'), group('c')], 'siloed');
    expect(m.feasible(job({ groupMask: A }))).toBe(A);
    expect(m.feasible(job({ groupMask: A | C }))).toBe(A | C);
    expect(m.willing(job({ groupMask: A }), A, 1e9, 0)).toBe(A); // no wait limit outside energy-aware
    expect(ranked(m, job({ groupMask: A | C }), A | C)).toEqual(['a', 'c']); // group order
  });

  it('untyped jobs get a home by smooth weighted round-robin over capacity: weights 3:1 give a,a,b,a,a,a,b,a', () => {
    // weights = GPUs x speed: a 3 x 1 = 3, b 1 x 1 = 1. nginx SWRR, credits (a, b) after adding the weights,
    // the pick loses total 4: (3,1)->a (-1,1); (2,2)->a on the tie (-2,2); (1,3)->b (1,-1); (4,0)->a (0,0); repeat.
    const m = matcher([group('a', { count: 3 }), group('b')], 'siloed');
    const picks = Array.from({ length: 8 }, () => (m.feasible(job()) === A ? 'a' : 'b'));
    expect(picks).toEqual(['a', 'a', 'b', 'a', 'a', 'a', 'b', 'a']);
  });

  it('the weights use the speed of the job class, and each class keeps its own credits', () => {
    // inference speeds a 1, b 3 with 1 GPU each: weights 1:3, credits (a, b), the pick loses total 4:
    // (1,3)->b (1,-1); (2,2)->a on the tie, group order (-2,2); (-1,5)->b (-1,1); (0,4)->b (0,0): b,a,b,b;
    // training (speeds 1:1, weights 1:1): a, b, a, b, unaffected by the inference picks in between.
    const m = matcher([group('a'), group('b', { speed: [1, 3, 1] })], 'siloed');
    const seq: string[] = [];
    for (let i = 0; i < 4; i++) {
      seq.push(m.feasible(job({ jobClass: 1 })) === A ? 'a' : 'b');
      seq.push(m.feasible(job({ jobClass: 0 })) === A ? 'a' : 'b');
    }
    expect(seq.filter((_, i) => i % 2 === 0)).toEqual(['b', 'a', 'b', 'b']);
    expect(seq.filter((_, i) => i % 2 === 1)).toEqual(['a', 'b', 'a', 'b']);
  });

  it('memory excludes a group: such jobs go home to the groups that fit, without disturbing the others\' sequence', () => {
    // b has 24 GB per GPU: a 40 GB job fits a only (a's credit gains 3 and loses the total 3: unchanged).
    const m = matcher([group('a', { count: 3, memoryBytes: 80e9 }), group('b', { memoryBytes: 24e9 })], 'siloed');
    const picks: string[] = [];
    for (let i = 0; i < 8; i++) {
      expect(m.feasible(job({ memoryBytes: 40e9 }))).toBe(A);
      picks.push(m.feasible(job()) === A ? 'a' : 'b');
    }
    expect(picks).toEqual(['a', 'a', 'b', 'a', 'a', 'a', 'b', 'a']);
    expect(m.feasible(job({ groupMask: B, memoryBytes: 40e9 }))).toBe(0); // typed for b, b too small: rejected
    expect(m.feasible(job({ memoryBytes: 100e9 }))).toBe(0); // fits nowhere: no home
  });

  it('a group the job can never fit (too few GPUs) is not feasible', () => {
    const m = matcher([group('a'), group('b')], 'siloed', 'preferred', (g) => g === 1);
    expect(m.feasible(job({ groupMask: A }))).toBe(0);
    expect(m.feasible(job())).toBe(B); // the only home
  });
});

describe('PoolPolicyMatcher: pooled', () => {
  // training speeds a 1, b 2, c 3; inference speeds a 3, b 2, c 1
  const gs = () => [group('a', { speed: [1, 3, 1] }), group('b', { speed: [2, 2, 1] }), group('c', { speed: [3, 1, 1] })];

  it('preferred: every group meeting the memory need is feasible; own types first, then fastest for the class', () => {
    const m = matcher(gs(), 'pooled');
    expect(m.feasible(job({ groupMask: A }))).toBe(A | B | C);
    expect(ranked(m, job({ groupMask: A }), A | B | C)).toEqual(['a', 'c', 'b']); // own a, then c (3) before b (2)
    expect(ranked(m, job(), A | B | C)).toEqual(['c', 'b', 'a']); // untyped training: fastest first
    expect(ranked(m, job({ jobClass: 1 }), A | B | C)).toEqual(['a', 'b', 'c']); // inference: a is fastest
    expect(ranked(m, job({ groupMask: B | C, jobClass: 1 }), A | B | C)).toEqual(['b', 'c', 'a']); // own b, c; then a
    expect(m.willing(job(), A | B | C, 0, 3600)).toBe(A | B | C); // no waiting for a preferred group
  });

  it('required: the accelerator column binds; memory still excludes', () => {
    const m = matcher([...gs().slice(0, 2), group('c', { speed: [3, 1, 1], memoryBytes: 16e9 })], 'pooled', 'required');
    expect(m.feasible(job({ groupMask: A | C }))).toBe(A | C);
    expect(m.feasible(job({ groupMask: A | C, memoryBytes: 32e9 }))).toBe(A);
    expect(m.feasible(job())).toBe(A | B | C); // untyped: any group
  });

  it('equal speeds keep group order (stable)', () => {
    const m = matcher([group('a'), group('b'), group('c')], 'pooled');
    expect(ranked(m, job({ groupMask: C }), A | B | C)).toEqual(['c', 'a', 'b']);
  });
});

describe('PoolPolicyMatcher: energy-aware', () => {
  // 1-GPU nodes, 10 kW at full load. a speed 1: 10000 * 3600 = 3.6e7 J; b speed 2: 1.8e7 J;
  // c speed 2 at peak 12 kW: 12000 * 1800 = 2.16e7 J. So b < c < a.
  const gs = () => [group('a'), group('b', { speed: [2, 2, 2] }), group('c', { speed: [2, 2, 2], power: { idlePowerW: 2000, peakPowerW: 12_000, shape: { kind: 'linear' } } })];

  it('waits for its lowest-energy group until maxWait, then takes any feasible group, lowest energy first', () => {
    const m = matcher(gs(), 'energy-aware');
    const j = job();
    expect(m.feasible(j)).toBe(A | B | C);
    expect(m.willing(j, A | B | C, 0, 3600)).toBe(B);
    expect(m.willing(j, A | B | C, 3599, 3600)).toBe(B);
    expect(m.willing(j, A | B | C, 3600, 3600)).toBe(A | B | C); // waitedS >= maxWaitS
    expect(m.willing(j, A | C, 0, 3600)).toBe(C); // lowest among the feasible ones
    expect(ranked(m, j, A | B | C)).toEqual(['b', 'c', 'a']);
  });

  it('ties in expected energy: all tied groups are willing, ranked in group order', () => {
    const m = matcher([group('a'), group('b'), group('c', { speed: [0.5, 1, 1] })], 'energy-aware');
    expect(m.willing(job(), A | B | C, 0, 3600)).toBe(A | B);
    expect(ranked(m, job(), A | B | C)).toEqual(['a', 'b', 'c']);
  });

  it('the energy compares the job\'s share of a node: a 1-GPU job on an 8-GPU node pays 1/8 of the node', () => {
    // a: 1-GPU nodes 10 kW -> 3.6e7 J; b: 8-GPU nodes 40 kW, speed 1 -> 40000 / 8 * 3600 = 1.8e7 J
    const m = matcher([group('a'), group('b', { gpusPerNode: 8, power: { idlePowerW: 8000, peakPowerW: 40_000, shape: { kind: 'linear' } } })], 'energy-aware');
    expect(m.willing(job(), A | B, 0, 3600)).toBe(B);
  });
});

describe('PoolPolicyMatcher: properties', () => {
  const groupArb = fc.record({
    count: fc.integer({ min: 1, max: 4 }), gpusPerNode: fc.constantFrom(1, 2, 4, 8), memoryBytes: fc.constantFrom(0, 16e9, 80e9),
    speed: fc.tuple(fc.double({ min: 0.25, max: 4, noNaN: true }), fc.double({ min: 0.25, max: 4, noNaN: true }), fc.double({ min: 0.25, max: 4, noNaN: true })),
    peakPowerW: fc.integer({ min: 3000, max: 15_000 }),
  });
  const jobArb = (n: number) => fc.record({
    gpus: fc.integer({ min: 1, max: 16 }), durationS: fc.integer({ min: 0, max: 1e6 }), utilization: fc.double({ min: 0, max: 1, noNaN: true }),
    jobClass: fc.integer({ min: 0, max: 2 }), groupMask: fc.integer({ min: 0, max: (1 << n) - 1 }), memoryBytes: fc.constantFrom(0, 24e9, 100e9),
  });
  const setup = fc.array(groupArb, { minLength: 1, maxLength: 5 }).chain((raw) => fc.tuple(fc.constant(raw), fc.array(jobArb(raw.length), { minLength: 1, maxLength: 10 }),
    fc.constantFrom<PoolPolicy>('siloed', 'pooled', 'energy-aware'), fc.constantFrom<TypeConstraint>('required', 'preferred'),
    fc.integer({ min: 0, max: 7200 }), fc.integer({ min: 0, max: (1 << raw.length) - 1 })));

  it('willing is within feasible, non-empty when feasible is; rank lists exactly the mask\'s groups, once each', () => {
    fc.assert(fc.property(setup, ([raw, jobs, policy, constraint, waitedS, mask]) => {
      const gs = raw.map((r, i) => group(`g${i}`, { ...r, power: { idlePowerW: 1000, peakPowerW: r.peakPowerW, shape: { kind: 'linear' } } }));
      const m = matcher(gs, policy, constraint, (g, gpus) => gpus <= gs[g].gpusPerNode * gs[g].count);
      for (const j of jobs) {
        const f = m.feasible(j);
        const w = m.willing(j, f, waitedS, 3600);
        expect(w & ~f).toBe(0);
        if (f !== 0) expect(w).not.toBe(0);
        if (policy === 'siloed' && j.groupMask === 0 && f !== 0) expect(f & (f - 1)).toBe(0); // one home group
        const order = Array.from(m.preferenceOrder().subarray(0, m.rank(j, mask)));
        expect(order.reduce((a, g) => a | (1 << g), 0)).toBe(mask);
        expect(new Set(order).size).toBe(order.length);
      }
    }));
  });
});
