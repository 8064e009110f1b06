/**
 * Mean, 95th percentile and peak of an hourly power series (W in, W out).
 * p95 is the linear-interpolation estimate R-7 (Hyndman & Fan 1996; Excel's
 * PERCENTILE.INC), as simple-statistics' quantileSorted computes it, over hourly means.
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
  for (let i = 0; i < series.length; i++) {
    sum += series[i];
    if (series[i] > peakW) {
      peakW = series[i];
      peakIndex = i;
    }
  }
  const sorted = Float64Array.from(series).sort();
  return { meanW: sum / series.length, p95W: quantileSorted(Array.from(sorted), 0.95), peakW, peakIndex };
}
