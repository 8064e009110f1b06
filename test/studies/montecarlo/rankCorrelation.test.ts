/** Unit tests of spearman(): ties, invariances and the undefined case (the published example is in test/validation). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spearman } from '../../../sim/studies/montecarlo/rankCorrelation.js';

describe('spearman', () => {
  it('gives tied values their mean rank: x = [1, 2, 2, 3] ranks [1, 2.5, 2.5, 4], rho with [1, 2, 3, 4] = 4.5 / sqrt(4.5 * 5) (hand-computed)', () => {
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 14);
  });

  it('is null when one series is constant (an input that does not reach the TCO difference)', () => {
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
  });

  it('is +1 for any strictly increasing transform and -1 for a decreasing one, and does not depend on pair order', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: -10_000, max: 10_000 }), { minLength: 3, maxLength: 30 }), (x) => {
      expect(spearman(x, x.map((v) => v ** 3 + v))).toBeCloseTo(1, 12);
      expect(spearman(x, x.map((v) => -v * 3))).toBeCloseTo(-1, 12);
      const y = x.map((v, i) => Math.sin(v) + i);
      const reversed = spearman([...x].reverse(), [...y].reverse());
      expect(reversed).toBeCloseTo(spearman(x, y)!, 12);
    }));
  });

  it('rejects series of different lengths', () => {
    expect(() => spearman([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});
