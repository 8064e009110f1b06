import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  lognormal,
  lognormalFromPercentiles,
  normal,
  normalFromPercentiles,
  quantile,
  triangular,
  uniform,
  type Distribution,
} from '../../sim/tco/distributions.js';
import { inverseNormal, Z90 } from '../../sim/tco/inverseNormal.js';

const ok = (d: Distribution | string): Distribution => {
  if (typeof d === 'string') throw new Error(d);
  return d;
};

describe('inverseNormal', () => {
  it('matches R qnorm to 1e-8 relative (Acklam: 1.15e-9)', () => {
    // R 4.x: qnorm(0.9) = 1.2815515655446004, qnorm(0.975) = 1.959963984540054,
    //        qnorm(0.01) = -2.3263478740408408, qnorm(1e-6) = -4.753424308822899
    expect(inverseNormal(0.9)).toBeCloseTo(Z90, 8);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(inverseNormal(0.01)).toBeCloseTo(-2.3263478740408408, 8);
    expect(inverseNormal(1e-6) / -4.753424308822899).toBeCloseTo(1, 8);
    expect(inverseNormal(0.5)).toBe(0);
  });

  it('is antisymmetric and increasing', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), fc.double({ min: 1e-9, max: 0.1, noNaN: true }), (p, dp) => {
        // p >= 1e-6 so that 1 - p is exact enough in binary64 for the symmetry check
        expect(inverseNormal(p) + inverseNormal(1 - p)).toBeCloseTo(0, 6);
        if (p + dp < 1) expect(inverseNormal(p + dp)).toBeGreaterThan(inverseNormal(p));
      }),
    );
  });

  it('rejects p outside (0, 1)', () => {
    expect(() => inverseNormal(0)).toThrow(RangeError);
    expect(() => inverseNormal(1)).toThrow(RangeError);
  });
});

describe('quantile', () => {
  it('uniform and triangular quantiles match their analytic inverses', () => {
    expect(quantile(ok(uniform(0.8, 1.2)), 0.25)).toBeCloseTo(0.9, 12);
    // triangular(0, 0, 1): F(x) = 1 - (1 - x)^2 -> median 1 - sqrt(0.5)
    expect(quantile(ok(triangular(0, 0, 1)), 0.5)).toBeCloseTo(1 - Math.sqrt(0.5), 12);
    // triangular(0.5, 0.62, 0.8): F(mode) = 0.12/0.3 = 0.4; below: 0.5 + sqrt(u * 0.3 * 0.12)
    expect(quantile(ok(triangular(0.5, 0.62, 0.8)), 0.1)).toBeCloseTo(0.5 + Math.sqrt(0.1 * 0.036), 12);
    expect(quantile(ok(triangular(0.5, 0.62, 0.8)), 0.4)).toBeCloseTo(0.62, 12);
  });

  it('normal and lognormal from percentiles reproduce p10 and p90', () => {
    const n = ok(normalFromPercentiles({ p10: 28, p90: 34 }));
    expect(quantile(n, 0.1)).toBeCloseTo(28, 8);
    expect(quantile(n, 0.5)).toBeCloseTo(31, 8);
    expect(quantile(n, 0.9)).toBeCloseTo(34, 8);
    const l = ok(lognormalFromPercentiles({ p10: 0.5, p90: 0.8 }));
    expect(quantile(l, 0.1)).toBeCloseTo(0.5, 8);
    expect(quantile(l, 0.5)).toBeCloseTo(Math.sqrt(0.4), 8); // geometric mean of p10 and p90
    expect(quantile(l, 0.9)).toBeCloseTo(0.8, 8);
    // a given p50 is the median; the spread is the mean of the two half-widths
    expect(quantile(ok(lognormalFromPercentiles({ p10: 0.5, p50: 0.62, p90: 0.8 })), 0.5)).toBeCloseTo(0.62, 12);
    expect(quantile(ok(normal(10, 2)), 0.975)).toBeCloseTo(10 + 2 * 1.959963984540054, 7);
    expect(quantile(ok(lognormal(0.62, 0.2)), 0.5)).toBeCloseTo(0.62, 12);
  });

  it('stays finite at u = 0 (a [0, 1) source can return 0)', () => {
    expect(Number.isFinite(quantile(ok(normal(0, 1)), 0))).toBe(true);
    expect(quantile(ok(lognormal(1, 1)), 0)).toBeGreaterThan(0);
  });

  it('samples lie within [min, max] and rise with u', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (min, modeShare, width, u1, u2) => {
          const d = ok(triangular(min, min + modeShare * width, min + width));
          const [lo, hi] = u1 < u2 ? [u1, u2] : [u2, u1];
          const x = quantile(d, lo);
          expect(x).toBeGreaterThanOrEqual(min - 1e-9 * width);
          expect(quantile(d, hi)).toBeLessThanOrEqual(min + width + 1e-9 * width);
          expect(quantile(d, hi)).toBeGreaterThanOrEqual(x - 1e-9 * width);
        },
      ),
    );
  });
});

describe('validation messages', () => {
  it('says what was expected and what was found', () => {
    expect(uniform(1.2, 0.8)).toBe('expected [min, max] with min < max, got [1.2, 0.8]');
    expect(triangular(0.5, 0.9, 0.8)).toBe('expected [min, mode, max] with min <= mode <= max and min < max, got [0.5, 0.9, 0.8]');
    expect(triangular(1, 1, 1)).toMatch(/^expected \[min, mode, max\]/);
    expect(normal(30, 0)).toBe('expected sd > 0, got 0');
    expect(normalFromPercentiles({ p10: 34, p90: 28 })).toBe('expected p10 < p50 < p90, got p10 34, p90 28');
    expect(normalFromPercentiles({ p10: 28, p50: 35, p90: 34 })).toBe('expected p10 < p50 < p90, got p10 28, p50 35, p90 34');
    expect(lognormalFromPercentiles({ p10: 0, p90: 1 })).toBe('expected p10 > 0 for a lognormal, got 0');
    expect(lognormal(-1, 0.2)).toBe('expected median > 0 for a lognormal, got -1');
    expect(lognormal(1, 0)).toBe('expected sigma > 0, got 0');
  });
});
