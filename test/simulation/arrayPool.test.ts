/**
 * ArrayPool (sim/simulation/arrayPool.ts): a run gets zeroed arrays of the lengths it
 * asks for, in order, reusing the previous run's where the length matches.
 */
import { describe, expect, it } from 'vitest';
import { ArrayPool, float64Of, uint8Of } from '../../sim/simulation/arrayPool.js';

describe('ArrayPool', () => {
  it("hands the previous run's arrays back zeroed, in the same order, and new ones where the length differs", () => {
    const pool = new ArrayPool();
    const a = pool.float64(4);
    const b = pool.float64(3);
    const c = pool.uint8(2);
    a.fill(7);
    b.fill(8);
    c.fill(9);
    pool.reset();
    const a2 = pool.float64(4);
    const b2 = pool.float64(5);
    const c2 = pool.uint8(2);
    expect(a2).toBe(a);
    expect(Array.from(a2)).toEqual([0, 0, 0, 0]);
    expect(b2).not.toBe(b);
    expect(Array.from(b2)).toEqual([0, 0, 0, 0, 0]);
    expect(c2).toBe(c);
    expect(Array.from(c2)).toEqual([0, 0]);
    expect(pool.float64(4)).not.toBe(a); // a third array in this run: a new one
  });

  it('without a pool, fresh arrays', () => {
    const a = float64Of(undefined, 3);
    expect(a).not.toBe(float64Of(undefined, 3));
    expect(Array.from(uint8Of(undefined, 2))).toEqual([0, 0]);
  });
});
