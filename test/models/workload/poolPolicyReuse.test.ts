/**
 * The matcher's reuse of its last answers (poolPolicy.ts: energy-aware `willing` for the same job shape and
 * feasible set, the pooled order for the same candidates, own types and class, each group's expected energy
 * once per ranking) never changes an answer: a matcher asked a long random sequence answers exactly as a
 * fresh matcher asked each question alone. Property test (fast-check), no known values needed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PoolPolicyMatcher, type PoolJob, type PoolPolicy } from '../../../sim/models/workload/poolPolicy.js';
import type { NodeGroupParams } from '../../../sim/models/workload/nodeGroup.js';

const group = (id: string, count: number, idleW: number, peakW: number, speed: number[]): NodeGroupParams => ({
  id, count, gpusPerNode: 8, memoryBytes: 0, speed, powerDownIdle: false, powerOnDelayS: 0,
  power: { idlePowerW: idleW, peakPowerW: peakW, shape: { kind: 'linear' } },
});
// The order differs by class (fast trains fastest, mid infers fastest); two groups alike in training make
// ties, which must keep group order.
const GROUPS = [
  group('fast', 4, 2000, 14_000, [2.3, 0.4, 2.3]),
  group('mid', 10, 1500, 7800, [0.3, 0.5, 0.3]),
  group('mid-twin', 6, 1500, 7800, [0.3, 0.3, 0.3]),
];
const job = fc.record({
  gpus: fc.constantFrom(1, 2, 8),
  durationS: fc.constantFrom(60, 3600),
  utilization: fc.constantFrom(0.5, 0.8),
  jobClass: fc.integer({ min: 0, max: 2 }),
  groupMask: fc.integer({ min: 0, max: 7 }),
  memoryBytes: fc.constant(0),
});
const question = fc.record({ j: job, mask: fc.integer({ min: 1, max: 7 }), waitedS: fc.constantFrom(0, 7200) });
const matcher = (policy: PoolPolicy) => new PoolPolicyMatcher(GROUPS, policy, 'preferred', () => true);

describe('pool policy matcher: reused answers', () => {
  it.each(['pooled', 'energy-aware', 'siloed'] as const)('%s: a sequence of questions answers as fresh matchers do', (policy) => {
    fc.assert(fc.property(fc.array(question, { minLength: 1, maxLength: 40 }), (qs) => {
      const reused = matcher(policy);
      for (const { j, mask, waitedS } of qs) {
        const fresh = matcher(policy);
        const shape: PoolJob = { ...j };
        expect(reused.willing(shape, mask, waitedS, 3600)).toBe(fresh.willing(shape, mask, waitedS, 3600));
        const n = reused.rank(shape, mask);
        expect(n).toBe(fresh.rank(shape, mask));
        expect(Array.from(reused.preferenceOrder().subarray(0, n))).toEqual(Array.from(fresh.preferenceOrder().subarray(0, n)));
      }
    }), { numRuns: 200 });
  });
});
