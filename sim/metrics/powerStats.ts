/**
 * Mean, 95th percentile and peak of an hourly power series (W in, W out).
 * p95 is the linear-interpolation estimate R-7 (Hyndman & Fan 1996; Excel's
 * PERCENTILE.INC), as simple-statistics' quantileSorted computes it, over hourly means
 * (the two order statistics it reads are selected, not sorted for: the same number in O(n)).
 */
import { quantileSorted } from 'simple-statistics';

export interface PowerStatsW {
  meanW: number;
  p95W: number;
  peakW: number;
  peakIndex: number;
}

export function powerStats(series: Float64Array): PowerStatsW {
  let sum = 0;
  let peakW = -Infinity;
  let peakIndex = 0;
  let finite = true;
  for (let i = 0; i < series.length; i++) {
    sum += series[i];
    if (series[i] > peakW) {
      peakW = series[i];
      peakIndex = i;
    }
    if (Number.isNaN(series[i])) finite = false;
  }
  return { meanW: sum / series.length, p95W: quantileR7(series, 0.95, finite), peakW, peakIndex };
}

/**
 * quantileSorted(sorted series, p) without sorting: only the two order statistics it reads (floor and
 * ceil of (n - 1) p) are selected, O(n) (Hoare's quickselect); the same number. NaN present: a full sort.
 */
function quantileR7(series: Float64Array, p: number, noNaN: boolean): number {
  const n = series.length;
  const idx = (n - 1) * p;
  if (n === 0 || !noNaN || p === 0 || p === 1) return quantileSorted(series.slice().sort() as unknown as number[], p);
  const lower = Math.floor(idx);
  const a = series.slice();
  select(a, lower);
  if (idx % 1 === 0) return a[lower];
  let next = Infinity; // the smallest value above position `lower`: order statistic lower + 1
  for (let i = lower + 1; i < n; i++) if (a[i] < next) next = a[i];
  return a[lower] + (idx - lower) * (next - a[lower]);
}

/** Reorders a so that a[k] is its k-th smallest value, smaller ones before it and larger ones after. */
function select(a: Float64Array, k: number): void {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const pivot = a[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}
