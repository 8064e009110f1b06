import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WaitHistogram } from '../../../sim/models/workload/waitHistogram.js';

describe('WaitHistogram', () => {
  it('exact mean, zero waits exact, quantile in the right bin', () => {
    const h = new WaitHistogram();
    for (const w of [0, 0, 0, 10]) h.add(w);
    expect(h.meanS()).toBe(2.5);
    expect(h.quantile(0.75)).toBe(0); // rank 3 of 4 is a zero wait
    expect(h.quantile(0.95)).toBe(10); // capped at the exact maximum
    expect(new WaitHistogram().quantile(0.95)).toBe(0);
  });

  it('the p95 is within 5.9 % of the nearest-rank p95 (half a bin of 1/20 decade)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), (waits) => {
        const h = new WaitHistogram();
        waits.forEach((w) => h.add(w));
        const sorted = [...waits].sort((a, b) => a - b);
        const exact = sorted[Math.ceil(0.95 * sorted.length) - 1];
        const rel = Math.abs(h.quantile(0.95) / exact - 1);
        expect(rel).toBeLessThanOrEqual(Math.pow(10, 1 / 20) - 1 + 1e-12); // a full bin: value at a bin edge
      }),
    );
  });
});
