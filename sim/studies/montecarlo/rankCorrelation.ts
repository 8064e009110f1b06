/**
 * Spearman rank correlation of each uncertain input with one outcome across
 * Monte Carlo samples: how monotonically the outcome follows the input when
 * every other input varies too (a global measure, beside the tornado's one-at-
 * a-time swings).
 */
import { sampleRankCorrelation } from 'simple-statistics';

/**
 * Spearman's rho of x and y.
 *
 * Equation: rho = Pearson correlation of the midranks of x and of y (ties share the mean of their ranks).
 * Assumptions: pairs (x_i, y_i) are samples of one run; no minimum count is enforced (rho of 2 samples is ±1).
 * Validity: x and y of equal length >= 2; null when either has no rank variance (e.g. an input that does not
 *   reach the outcome leaves the difference constant).
 * References: Spearman (1904), Am. J. Psychol. 15(1) 72-101; simple-statistics 7.12 sampleRankCorrelation
 *   (midranks, then sampleCorrelation).
 * Validated by: test/studies/montecarlo/rankCorrelation.test.ts (a published worked example with ties).
 * @example spearman([1, 2, 3, 4, 5], [1, 4, 9, 16, 25]) // => 1
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length || x.length < 2) throw new RangeError(`spearman needs two series of one length >= 2, got ${x.length} and ${y.length}`);
  const rho = sampleRankCorrelation([...x], [...y]);
  return Number.isFinite(rho) ? rho : null;
}
