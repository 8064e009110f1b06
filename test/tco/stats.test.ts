import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { probabilityCheapest, sampleStats } from '../../sim/tco/stats.js';

describe('sampleStats', () => {
  it('percentiles and mean of 1..10 match R: quantile(1:10, c(0.1, 0.5, 0.9)) = 1.9, 5.5, 9.1 (type 7)', () => {
    // type 7: index (n - 1) p = 0.9 -> 1 + 0.9 * (2 - 1) = 1.9; 4.5 -> 5.5; 8.1 -> 9.1
    const s = sampleStats([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(s.p10).toBeCloseTo(1.9, 12);
    expect(s.p50).toBe(5.5);
    expect(s.p90).toBeCloseTo(9.1, 12);
    expect(s.mean).toBe(5.5);
    expect(s.samples).toBe(10);
  });

  it('p10 <= p50 <= p90 and the mean lies within the range', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 200 }), (xs) => {
        const s = sampleStats(xs);
        expect(s.p10).toBeLessThanOrEqual(s.p50);
        expect(s.p50).toBeLessThanOrEqual(s.p90);
        expect(s.mean).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-6);
        expect(s.mean).toBeLessThanOrEqual(Math.max(...xs) + 1e-6);
      }),
    );
  });

  it('rejects an empty or non-finite sample', () => {
    expect(() => sampleStats([])).toThrow(RangeError);
    expect(() => sampleStats([1, NaN])).toThrow(RangeError);
  });
});

describe('probabilityCheapest', () => {
  it('counts wins per sample and splits ties', () => {
    // sample 0: A 1 < B 2 -> A; sample 1: B 3 < A 5 -> B; sample 2: tie -> half each; sample 3: A
    expect(probabilityCheapest([[1, 5, 4, 0], [2, 3, 4, 9]])).toEqual([0.625, 0.375]);
  });

  it('probabilities add up to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 50 }), fc.integer(), (designs, samples, seed) => {
        const totals = Array.from({ length: designs }, (_, d) => Array.from({ length: samples }, (_, i) => ((seed + d * 31 + i * 7) % 5) + 0));
        const p = probabilityCheapest(totals);
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('needs the same number of samples for every design', () => {
    expect(() => probabilityCheapest([[1, 2], [1]])).toThrow(RangeError);
    expect(probabilityCheapest([])).toEqual([]);
  });
});
