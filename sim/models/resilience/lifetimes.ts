/**
 * Random times to failure (Weibull, exponential as shape 1) and repair times (exponential or log-normal), each
 * drawn from a caller's uniform stream with a fixed number of draws, so a stream's sequence never depends on
 * which branch an earlier draw took.
 *
 * Equation:
 *   Weibull by inversion: timeS = scaleS * (-ln(1 - u))^(1 / shape), scaleS = meanS / Gamma(1 + 1 / shape)
 *     (shape 1: exponential with mean meanS). One draw.
 *   Log-normal with a given mean: logMean = ln(meanS) - logStdDev^2 / 2, so E[timeS] = exp(logMean + logStdDev^2 / 2)
 *     = meanS; z by Box-Muller z = sqrt(-2 ln(1 - u1)) * cos(2 pi u2); timeS = exp(logMean + logStdDev * z). Two draws.
 *   Gamma(x) by the Lanczos approximation (g = 7, nine coefficients), relative error below 1e-13 for x > 0.5.
 * Assumptions: a repaired unit is as good as new (renewal process), so each time to failure is a fresh draw.
 * Validity: meanS > 0, shape > 0, logStdDev >= 0.
 * References: Weibull inversion and mean: Rausand & Hoyland, System Reliability Theory, 2nd ed. (2004), sec. 2.15.4;
 *   Box & Muller, Ann. Math. Statist. 29(2), 1958; Lanczos, SIAM J. Numer. Anal. B 1 (1964) 86-96 (coefficients
 *   of the g = 7, n = 9 set as in Press et al., Numerical Recipes 3rd ed., sec. 6.1 and common public implementations).
 * Validated by: test/models/resilience/lifetimes.test.ts (Gamma at known values, sample means)
 * @example weibullTimeS(() => 0.5, 1000, 1) // => 1000 * ln 2
 */
import type { RepairDistribution } from './componentReliability.js';

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Gamma function for x > 0 (reflection below 0.5). */
export function gamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`gamma: x must be > 0, got ${x}`);
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return Math.sqrt(2 * Math.PI) * Math.pow(t, y + 0.5) * Math.exp(-t) * sum;
}

/** Weibull time with the given mean and shape (shape 1: exponential). One draw. */
export function weibullTimeS(u: () => number, meanS: number, shape: number): number {
  if (!(meanS > 0) || !(shape > 0)) throw new RangeError(`weibullTimeS: meanS and shape must be > 0, got ${meanS}, ${shape}`);
  const scaleS = shape === 1 ? meanS : meanS / gamma(1 + 1 / shape);
  const e = -Math.log(1 - u());
  return shape === 1 ? scaleS * e : scaleS * Math.pow(e, 1 / shape);
}

/** Log-normal time with the given mean and log standard deviation. Two draws. */
export function lognormalTimeS(u: () => number, meanS: number, logStdDev: number): number {
  if (!(meanS > 0) || !(logStdDev >= 0)) throw new RangeError(`lognormalTimeS: meanS > 0 and logStdDev >= 0, got ${meanS}, ${logStdDev}`);
  const logMean = Math.log(meanS) - (logStdDev * logStdDev) / 2;
  const z = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  return Math.exp(logMean + logStdDev * z);
}

/** A repair time drawn from the class's distribution with the given mean. */
export function repairTimeS(u: () => number, meanS: number, repair: RepairDistribution): number {
  return repair.kind === 'exponential' ? weibullTimeS(u, meanS, 1) : lognormalTimeS(u, meanS, repair.logStdDev);
}
