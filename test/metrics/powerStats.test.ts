import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileSorted } from 'simple-statistics';
import { powerStats } from '../../sim/metrics/powerStats.js';

describe('powerStats', () => {
  it('gives mean, R-7 p95 and the peak with its hour', () => {
    // 1..20 W: mean 10.5; R-7: h = (20 - 1) * 0.95 = 18.05 -> x[18] + 0.05 * (x[19] - x[18]) = 19.05.
    const s = Float64Array.from({ length: 20 }, (_, i) => i + 1);
    const st = powerStats(s);
    expect(st.meanW).toBeCloseTo(10.5, 12);
    expect(st.p95W).toBeCloseTo(19.05, 12);
    expect(st.peakW).toBe(20);
    expect(st.peakIndex).toBe(19);
  });

  it('orders mean <= p95 <= peak for any series', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 200 }), (xs) => {
        const st = powerStats(Float64Array.from(xs));
        expect(st.p95W).toBeLessThanOrEqual(st.peakW);
        expect(st.meanW).toBeLessThanOrEqual(st.peakW * (1 + 1e-12));
      }),
    );
  });

  it('p95 is exactly simple-statistics quantileSorted of the sorted series (selection instead of a sort)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(0, 5e5, 1e6)), { minLength: 1, maxLength: 300 }), (values) => {
      const series = Float64Array.from(values);
      const sorted = Array.from(series).sort((a, b) => a - b);
      expect(powerStats(series).p95W).toBe(quantileSorted(sorted, 0.95));
    }));
  });
});

