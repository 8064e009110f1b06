import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FitIndex } from '../../../sim/models/workload/fitIndex.js';

/** The definition, by a linear scan: lowest node with free >= k, -1 when none. */
const scanFirst = (free: number[], k: number) => free.findIndex((f) => f >= k);

describe('FitIndex', () => {
  it('finds the lowest node with enough free GPUs (hand-checked, across word boundaries)', () => {
    const f = new FitIndex(70, 8); // 3 words of 32 nodes
    expect(f.first(8)).toBe(0);
    for (let i = 0; i < 64; i++) f.update(i, 8, 0); // nodes 0-63 full: words 0 and 1 empty
    expect(f.first(1)).toBe(64);
    f.update(40, 0, 3); // node 40 has 3 free
    expect([f.first(1), f.first(3), f.first(4)]).toEqual([40, 40, 64]);
    expect([f.count[1], f.count[3], f.count[4], f.count[8]]).toEqual([7, 7, 6, 6]);
    for (let i = 64; i < 70; i++) f.update(i, 8, 2);
    expect([f.first(3), f.first(4), f.count[4]]).toEqual([40, -1, 0]);
  });

  it('a summary word past the first 1024 nodes is found', () => {
    const f = new FitIndex(2000, 1);
    for (let i = 0; i < 1500; i++) f.update(i, 1, 0);
    expect(f.first(1)).toBe(1500);
    f.update(1031, 0, 1);
    expect(f.first(1)).toBe(1031);
  });

  it('agrees with a linear scan after any sequence of changes (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 2100 }), fc.integer({ min: 1, max: 8 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 200 }),
      (nodeCount, gpusPerNode, changes) => {
        const f = new FitIndex(nodeCount, gpusPerNode);
        const free: number[] = new Array<number>(nodeCount).fill(gpusPerNode);
        for (const [a, b] of changes) {
          const node = a % nodeCount, after = b % (gpusPerNode + 1);
          f.update(node, free[node], after);
          free[node] = after;
          for (let k = 1; k <= gpusPerNode; k++) {
            expect(f.first(k)).toBe(scanFirst(free, k));
            expect(f.count[k]).toBe(free.filter((x) => x >= k).length);
          }
        }
      }), { numRuns: 60 });
  });
});
