/**
 * Statistics of Monte Carlo results: percentiles, mean, and how often each design is cheapest.
 */
import { mean as ssMean, quantileSorted } from 'simple-statistics';

export interface SampleStats {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  samples: number;
}

/**
 * p10 / p50 / p90 and mean of samples.
 *
 * Equation: quantiles of the sorted sample by simple-statistics' quantileSorted, linear interpolation
 *   at index (n - 1) p (R's default type 7, numpy's 'linear'); mean = sum / n.
 * Assumptions: samples are independent draws of the same run.
 * Validity: at least one finite sample (else RangeError).
 * References: simple-statistics 7.12 quantileSorted / mean; Hyndman & Fan (1996), Am. Stat. 50(4), type 7.
 * Validated by: test/tco/stats.test.ts.
 * @example sampleStats([3, 1, 2]).p50 // => 2
 */
export function sampleStats(values: readonly number[]): SampleStats {
  if (values.length === 0 || !values.every(Number.isFinite)) throw new RangeError('sampleStats needs at least one finite value, and only finite values');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    mean: ssMean(sorted),
    samples: sorted.length,
  };
}

/**
 * Probability that each design has the lowest total: totalsByDesign[d][i] is design d's total in
 * sample i. Ties share the sample equally, so the probabilities add up to 1.
 * @example probabilityCheapest([[1, 5], [2, 3]]) // => [0.5, 0.5]
 */
export function probabilityCheapest(totalsByDesign: number[][]): number[] {
  const designs = totalsByDesign.length;
  if (designs === 0) return [];
  const samples = totalsByDesign[0].length;
  if (samples === 0 || totalsByDesign.some((t) => t.length !== samples)) {
    throw new RangeError('probabilityCheapest needs the same non-zero number of samples for every design');
  }
  const wins = new Array<number>(designs).fill(0);
  for (let i = 0; i < samples; i++) {
    let lowest = Infinity;
    for (let d = 0; d < designs; d++) lowest = Math.min(lowest, totalsByDesign[d][i]);
    const tied: number[] = [];
    for (let d = 0; d < designs; d++) if (totalsByDesign[d][i] === lowest) tied.push(d);
    for (const d of tied) wins[d] += 1 / tied.length;
  }
  return wins.map((w) => w / samples);
}
