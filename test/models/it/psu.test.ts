import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { psuEfficiency, psuLossW } from '../../../sim/models/it/psu.js';
import { PSU_80PLUS_PLATINUM_230V_REDUNDANT as PLATINUM, PSU_80PLUS_TITANIUM_230V_REDUNDANT as TITANIUM, PSU_CURVES } from '../../../sim/models/it/curves.js';

describe('psuLossW', () => {
  it('uses the curve point at 50 % load', () => {
    // 500 W out of 1000 W rated -> Titanium 96 %: loss = 500 (1/0.96 - 1) = 20.8333 W (hand-computed)
    const out = psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: 500 });
    expect(out.loadFraction).toBe(0.5);
    expect(out.efficiency).toBeCloseTo(0.96, 12);
    expect(out.lossW).toBeCloseTo(20.833333, 5);
    expect(out.clamped).toBe(false);
  });

  it('interpolates linearly between points', () => {
    // 35 % load: halfway between 20 % (94 %) and 50 % (96 %) -> 95 %; 350 W -> loss 350 (1/0.95 - 1) = 18.421 W
    const out = psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: 350 });
    expect(out.efficiency).toBeCloseTo(0.95, 12);
    expect(out.lossW).toBeCloseTo(18.42105, 4);
  });

  it('holds the end efficiency and flags outside the curve', () => {
    // Platinum has no 10 % point: at 10 % the 20 % value (90 %) is used and flagged
    const low = psuLossW({ curve: PLATINUM, ratedOutputW: 1000 }, { outputW: 100 });
    expect(low.efficiency).toBe(0.9);
    expect(low.clamped).toBe(true);
    const high = psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: 1200 });
    expect(high.efficiency).toBe(0.91);
    expect(high.clamped).toBe(true);
  });

  it('has no loss at zero output and rejects broken inputs', () => {
    expect(psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: 0 }).lossW).toBe(0);
    expect(() => psuLossW({ curve: TITANIUM, ratedOutputW: 0 }, { outputW: 1 })).toThrow(RangeError);
    expect(() => psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: -1 })).toThrow(RangeError);
  });

  it('property: loss >= 0, efficiency <= 1, input = output + loss, loss non-decreasing in output', () => {
    const curves = Object.values(PSU_CURVES);
    fc.assert(fc.property(
      fc.constantFrom(...curves), fc.double({ min: 0, max: 2000, noNaN: true }), fc.double({ min: 0, max: 2000, noNaN: true }),
      (curve, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = { curve, ratedOutputW: 1000 };
        const x = psuLossW(p, { outputW: lo });
        const y = psuLossW(p, { outputW: hi });
        expect(x.lossW).toBeGreaterThanOrEqual(0);
        expect(x.efficiency).toBeLessThanOrEqual(1);
        expect(y.lossW + 1e-9).toBeGreaterThanOrEqual(x.lossW);
      },
    ));
  });

  it('psuEfficiency returns the tabulated value at every point', () => {
    TITANIUM.loadFraction.forEach((x, i) => expect(psuEfficiency(TITANIUM, x).efficiency).toBeCloseTo(TITANIUM.efficiency[i], 12));
  });
});
