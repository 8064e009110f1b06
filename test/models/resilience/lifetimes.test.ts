import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../sim/engine/random.js';
import { gamma, lognormalTimeS, repairTimeS, weibullTimeS } from '../../../sim/models/resilience/lifetimes.js';

const sampleMean = (draw: () => number, n: number): number => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += draw();
  return sum / n;
};

describe('lifetimes', () => {
  it('gamma at known values: 5! = 24, Gamma(1/2) = sqrt(pi), Gamma(3/2) = sqrt(pi)/2', () => {
    expect(gamma(5)).toBeCloseTo(24, 10);
    expect(gamma(0.5)).toBeCloseTo(Math.sqrt(Math.PI), 12);
    expect(gamma(1.5)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 12);
    expect(() => gamma(0)).toThrow(RangeError);
  });

  it('exponential by inversion: u = 0.5 gives the median mean * ln 2', () => {
    expect(weibullTimeS(() => 0.5, 1000, 1)).toBeCloseTo(1000 * Math.LN2, 9);
  });

  // Tolerance 4 standard errors of the mean (two-sided normal: a correct sampler fails for ~6e-5 of seeds).
  const n = 100_000;
  it('Weibull shape 2 keeps its mean (sd = mean * sqrt(4 / pi - 1))', () => {
    const u = mulberry32(7);
    const se = 1000 * Math.sqrt(4 / Math.PI - 1) / Math.sqrt(n);
    expect(Math.abs(sampleMean(() => weibullTimeS(u, 1000, 2), n) - 1000)).toBeLessThan(4 * se);
  });

  it('log-normal keeps the mean it is given (sd = mean * sqrt(exp(s^2) - 1))', () => {
    const u = mulberry32(11);
    const se = 3600 * Math.sqrt(Math.exp(0.64) - 1) / Math.sqrt(n);
    expect(Math.abs(sampleMean(() => lognormalTimeS(u, 3600, 0.8), n) - 3600)).toBeLessThan(4 * se);
    expect(Math.abs(sampleMean(() => repairTimeS(u, 3600, { kind: 'exponential' }), n) - 3600)).toBeLessThan(4 * 3600 / Math.sqrt(n));
  });
});
