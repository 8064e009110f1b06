import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { smallestTier2Row, tier2Row, transformerLossW } from '../../../sim/models/power/transformer.js';

// EU 548/2014 Tier 2 1000 kVA liquid-immersed row: P0 = 693 W (Ao - 10 %), Pk = 7600 W (Ak)
const t1000 = { ratedVA: 1e6, units: 1, noLoadLossW: 693, loadLossW: 7600, powerFactor: 1 };

describe('transformerLossW', () => {
  it('no-load + load^2 losses (hand-computed)', () => {
    expect(transformerLossW(t1000, { loadW: 0 }).lossW).toBe(693);
    expect(transformerLossW(t1000, { loadW: 500_000 })).toEqual({ lossW: 693 + 7600 * 0.25, loadFraction: 0.5, clamped: false });
    expect(transformerLossW(t1000, { loadW: 1e6 }).lossW).toBe(8293);
  });

  it('power factor raises the apparent load; units share it', () => {
    // 950 kW at pf 0.95 = 1 MVA over 2 units -> 0.5 each: 2 x (693 + 1900) = 5186 W
    const out = transformerLossW({ ...t1000, units: 2, powerFactor: 0.95 }, { loadW: 950_000 });
    expect(out.loadFraction).toBeCloseTo(0.5, 12);
    expect(out.lossW).toBeCloseTo(5186, 9);
  });

  it('flags a load above rating', () => {
    expect(transformerLossW(t1000, { loadW: 1.2e6 }).clamped).toBe(true);
  });

  it('Tier 2 lookups', () => {
    expect(tier2Row(2.5e6)).toEqual({ ratedVA: 2.5e6, loadLossW: 18500, noLoadLossW: 1575 });
    expect(tier2Row(1.8e6)).toBeUndefined();
    expect(smallestTier2Row(1.7e6)?.ratedVA).toBe(2e6);
    expect(smallestTier2Row(4e6)).toBeUndefined();
  });

  it('property: loss >= no-load loss, non-decreasing in load, efficiency <= 1', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 3e6, noNaN: true }), fc.double({ min: 0, max: 3e6, noNaN: true }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const x = transformerLossW(t1000, { loadW: lo }).lossW;
      expect(x).toBeGreaterThanOrEqual(693);
      expect(transformerLossW(t1000, { loadW: hi }).lossW).toBeGreaterThanOrEqual(x);
      expect(lo / (lo + x)).toBeLessThanOrEqual(1);
    }));
  });
});
