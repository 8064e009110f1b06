import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { upsLossW } from '../../../sim/models/power/ups.js';
import { UPS_DOUBLE_CONVERSION, UPS_ECO_MODE } from '../../../sim/models/power/curves.js';

const two = { coefficients: UPS_DOUBLE_CONVERSION, moduleRatingW: 500_000, modules: 2 };

describe('upsLossW', () => {
  it('no-load + proportional + square-law (hand-computed)', () => {
    // x = 0.5: 1e6 x (0.010 + 0.009 x 0.5 + 0.014 x 0.25) = 18000 W; eff = 500/518 = 0.965251
    const out = upsLossW(two, { outputW: 500_000 });
    expect(out.loadFraction).toBe(0.5);
    expect(out.lossW).toBeCloseTo(18_000, 6);
    expect(out.efficiency).toBeCloseTo(0.965251, 6);
    // no load: all no-load losses, zero efficiency
    expect(upsLossW(two, { outputW: 0 })).toMatchObject({ lossW: 10_000, efficiency: 0 });
  });

  it('redundancy lowers the module load fraction and raises the loss at the same output', () => {
    // N+1 with 3 modules: x = 1/3 -> 1.5e6 x (0.01 + 0.003 + 0.0015556) = 21833 W > 18000 W
    const three = upsLossW({ ...two, modules: 3 }, { outputW: 500_000 });
    expect(three.lossW).toBeCloseTo(1.5e6 * (0.01 + 0.009 / 3 + 0.014 / 9), 6);
    expect(three.lossW).toBeGreaterThan(18_000);
  });

  it('eco mode has a third of the double-conversion loss', () => {
    expect(upsLossW({ ...two, coefficients: UPS_ECO_MODE }, { outputW: 700_000 }).lossW)
      .toBeCloseTo(upsLossW(two, { outputW: 700_000 }).lossW / 3, 6);
  });

  it('flags overload and rejects broken inputs', () => {
    expect(upsLossW(two, { outputW: 1.1e6 }).clamped).toBe(true);
    expect(() => upsLossW({ ...two, modules: 0 }, { outputW: 1 })).toThrow(RangeError);
    expect(() => upsLossW(two, { outputW: -1 })).toThrow(RangeError);
  });

  it('property: loss >= 0, non-decreasing in load, efficiency in [0, 1)', () => {
    fc.assert(fc.property(
      fc.constantFrom(UPS_DOUBLE_CONVERSION, UPS_ECO_MODE), fc.double({ min: 0, max: 1.5e6, noNaN: true }), fc.double({ min: 0, max: 1.5e6, noNaN: true }),
      (coefficients, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = upsLossW({ ...two, coefficients }, { outputW: lo });
        expect(x.lossW).toBeGreaterThan(0);
        expect(x.efficiency).toBeGreaterThanOrEqual(0);
        expect(x.efficiency).toBeLessThan(1);
        expect(upsLossW({ ...two, coefficients }, { outputW: hi }).lossW).toBeGreaterThanOrEqual(x.lossW);
      },
    ));
  });
});
