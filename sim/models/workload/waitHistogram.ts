/**
 * Bounded-memory distribution of job waits: exact count, mean and maximum, and
 * quantiles from a log-spaced histogram (memory fixed, whatever the job count).
 *
 * Equation: a wait w > 0 falls in bin k = floor(binsPerDecade * log10(w / minS)), clamped to
 *   [0, bins - 1]; zero waits are counted apart (exact). quantile(q) takes the nearest rank
 *   r = ceil(q * n) and returns 0 if r falls among the zero waits, else the geometric middle of
 *   bin k, minS * 10^((k + 0.5) / binsPerDecade), capped at the exact maximum.
 * Assumptions: waits between 1 ms and 1e9 s are resolved; shorter ones land in the first bin,
 *   longer ones in the last.
 * Validity: relative error of a quantile <= 10^(1 / (2 * binsPerDecade)) - 1 = 5.9 % at 20 bins
 *   per decade (half a bin width in log space); mean and max are exact.
 * References: Dunning & Ertl, "Computing extremely accurate quantiles using t-digests" (2019),
 *   sec. 1 (fixed-bin histograms as the bounded-memory baseline); HdrHistogram's log buckets.
 * Validated by: test/models/workload/waitHistogram.test.ts
 * @example const h = new WaitHistogram(); h.add(0); h.add(10); h.quantile(0.95) // => ~10 (+-5.9 %)
 */

const MIN_S = 1e-3;
const BINS_PER_DECADE = 20;
const DECADES = 12;

export class WaitHistogram {
  count = 0;
  /** Waits that were exactly zero (started on arrival). */
  zeroCount = 0;
  sumS = 0;
  maxS = 0;
  private readonly bins = new Float64Array(BINS_PER_DECADE * DECADES);

  add(waitS: number): void {
    this.count++;
    if (!(waitS > 0)) {
      this.zeroCount++;
      return;
    }
    this.sumS += waitS;
    if (waitS > this.maxS) this.maxS = waitS;
    let k = Math.floor(BINS_PER_DECADE * Math.log10(waitS / MIN_S));
    if (k < 0) k = 0;
    else if (k >= this.bins.length) k = this.bins.length - 1;
    this.bins[k]++;
  }

  meanS(): number {
    return this.count > 0 ? this.sumS / this.count : 0;
  }

  /** Nearest-rank quantile, 0 <= q <= 1 (0 when empty). */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = this.zeroCount;
    if (rank <= seen) return 0;
    for (let k = 0; k < this.bins.length; k++) {
      seen += this.bins[k];
      if (seen >= rank) return Math.min(this.maxS, MIN_S * Math.pow(10, (k + 0.5) / BINS_PER_DECADE));
    }
    return this.maxS;
  }
}
