/**
 * Probability distributions for Monte Carlo inputs, each sampled by inversion
 * from ONE uniform draw, so the number of draws per sample is fixed and the
 * results do not depend on how samples are split between threads.
 *
 * Constructors validate their parameters and return either the distribution or
 * a message in the `expected ..., got ...` grammar for the schema to report.
 */
import { inverseNormal, Z90 } from './inverseNormal.js';

export const DISTRIBUTION_NAMES = ['uniform', 'triangular', 'normal', 'lognormal'] as const;
export type DistributionName = (typeof DISTRIBUTION_NAMES)[number];

export type Distribution =
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  | { kind: 'normal'; mean: number; sd: number }
  /** ln X ~ normal(mu, sigma); median = exp(mu). */
  | { kind: 'lognormal'; mu: number; sigma: number };

/** Percentile specification: p50 optional (normal: midpoint of p10 and p90; lognormal: their geometric mean). */
export interface Percentiles {
  p10: number;
  p50?: number;
  p90: number;
}

const finite = (...xs: number[]) => xs.every(Number.isFinite);

export function uniform(min: number, max: number): Distribution | string {
  if (!finite(min, max) || !(min < max)) return `expected [min, max] with min < max, got [${min}, ${max}]`;
  return { kind: 'uniform', min, max };
}

export function triangular(min: number, mode: number, max: number): Distribution | string {
  if (!finite(min, mode, max) || !(min <= mode && mode <= max && min < max)) {
    return `expected [min, mode, max] with min <= mode <= max and min < max, got [${min}, ${mode}, ${max}]`;
  }
  return { kind: 'triangular', min, mode, max };
}

export function normal(mean: number, sd: number): Distribution | string {
  if (!finite(mean, sd) || !(sd > 0)) return `expected sd > 0, got ${sd}`;
  return { kind: 'normal', mean, sd };
}

/** ln X ~ normal(ln median, sigma). */
export function lognormal(median: number, sigma: number): Distribution | string {
  if (!finite(median, sigma) || !(median > 0)) return `expected median > 0 for a lognormal, got ${median}`;
  if (!(sigma > 0)) return `expected sigma > 0, got ${sigma}`;
  return { kind: 'lognormal', mu: Math.log(median), sigma };
}

function checkOrder(p: Percentiles): string | undefined {
  const mid = p.p50 ?? (p.p10 + p.p90) / 2;
  if (!finite(p.p10, mid, p.p90) || !(p.p10 < mid && mid < p.p90)) {
    const shown = p.p50 === undefined ? `p10 ${p.p10}, p90 ${p.p90}` : `p10 ${p.p10}, p50 ${p.p50}, p90 ${p.p90}`;
    return `expected p10 < p50 < p90, got ${shown}`;
  }
  return undefined;
}

/**
 * Normal from percentiles: mean = p50 (default (p10 + p90) / 2), sd = (p90 - p10) / (2 * Z90),
 * i.e. the mean of the two half-widths, so slightly skewed inputs still give one normal.
 */
export function normalFromPercentiles(p: Percentiles): Distribution | string {
  const bad = checkOrder(p);
  if (bad !== undefined) return bad;
  return normal(p.p50 ?? (p.p10 + p.p90) / 2, (p.p90 - p.p10) / (2 * Z90));
}

/** Lognormal from percentiles, in log space: mu = ln p50 (default (ln p10 + ln p90) / 2), sigma = (ln p90 - ln p10) / (2 * Z90). */
export function lognormalFromPercentiles(p: Percentiles): Distribution | string {
  if (!(p.p10 > 0)) return `expected p10 > 0 for a lognormal, got ${p.p10}`;
  const bad = checkOrder({ ...p, p50: p.p50 ?? Math.sqrt(p.p10 * p.p90) });
  if (bad !== undefined) return bad;
  const mu = p.p50 === undefined ? (Math.log(p.p10) + Math.log(p.p90)) / 2 : Math.log(p.p50);
  return { kind: 'lognormal', mu, sigma: (Math.log(p.p90) - Math.log(p.p10)) / (2 * Z90) };
}

/** Smallest and largest u passed to the normal inverse: keeps u = 0 from a [0, 1) source finite. */
const U_EPSILON = 2 ** -53;

/**
 * Inverse cumulative distribution (quantile function) at u in [0, 1).
 *
 * Equation:
 *   uniform:    x = min + u (max - min)
 *   triangular: F_c = (mode - min) / (max - min);
 *               x = min + sqrt(u (max - min)(mode - min))            if u < F_c
 *               x = max - sqrt((1 - u)(max - min)(max - mode))       otherwise
 *   normal:     x = mean + sd * probit(u);   lognormal: x = exp(mu + sigma * probit(u))
 * Assumptions: u uniform on [0, 1); u is clamped to [2^-53, 1 - 2^-53] for the normal family.
 * Validity: a distribution built by the validating constructors above.
 * References: inverse-transform method, Law, Simulation Modeling and Analysis, 5th ed., §8.2.1; the
 *   triangular inverse solves its CDF F(x) = (x - min)^2 / ((max - min)(mode - min)) below the mode
 *   (derived); Acklam (2003) for probit (inverseNormal.ts).
 * Validated by: test/tco/distributions.test.ts (analytic quantiles).
 * @example quantile({ kind: 'triangular', min: 0, mode: 0, max: 1 }, 0.75) // => 1 - sqrt(0.25) = 0.5
 */
export function quantile(d: Distribution, u: number): number {
  switch (d.kind) {
    case 'uniform':
      return d.min + u * (d.max - d.min);
    case 'triangular': {
      const range = d.max - d.min;
      const modeShare = (d.mode - d.min) / range;
      return u < modeShare ? d.min + Math.sqrt(u * range * (d.mode - d.min)) : d.max - Math.sqrt((1 - u) * range * (d.max - d.mode));
    }
    case 'normal':
      return d.mean + d.sd * inverseNormal(Math.min(Math.max(u, U_EPSILON), 1 - U_EPSILON));
    case 'lognormal':
      return Math.exp(d.mu + d.sigma * inverseNormal(Math.min(Math.max(u, U_EPSILON), 1 - U_EPSILON)));
  }
}

/** One sample: exactly one draw from `rng` (uniform on [0, 1)). */
export function sample(d: Distribution, rng: () => number): number {
  return quantile(d, rng());
}
