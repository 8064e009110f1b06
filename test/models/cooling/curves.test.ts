import { describe, expect, it } from 'vitest';
import { biquadratic, biquadraticSlopes, CHILLER_CURVE_SETS, quadratic } from '../../../sim/models/cooling/curves.js';

describe('chiller curve sets', () => {
  it.each(Object.entries(CHILLER_CURVE_SETS))('%s is normalized at its reference point (EnergyPlus accepts +-10 %%)', (_name, set) => {
    // EnergyPlus GetElectricEIRChillerInput warns when capFT or eirFT is not 1.0 +- 10 % at the reference temperatures.
    expect(Math.abs(biquadratic(set.capFT, set.referenceChilledWaterC, set.referenceCondenserC) - 1)).toBeLessThan(0.02);
    expect(Math.abs(biquadratic(set.eirFT, set.referenceChilledWaterC, set.referenceCondenserC) - 1)).toBeLessThan(0.02);
    expect(quadratic(set.eirFPLR, 1)).toBeCloseTo(1, 2);
  });

  it('biquadratic and its slopes by hand', () => {
    const curve = { c: [1, 2, 3, 4, 5, 6] as const, xMinC: 0, xMaxC: 1, yMinC: 0, yMaxC: 1 };
    // 1 + 2*2 + 3*4 + 4*3 + 5*9 + 6*6 = 110; d/dx = 2 + 12 + 18 = 32; d/dy = 4 + 30 + 12 = 46
    expect(biquadratic(curve, 2, 3)).toBe(110);
    expect(biquadraticSlopes(curve, 2, 3)).toEqual([32, 46]);
  });

  it('every published part-load curve rises with part-load ratio (power monotone in load)', () => {
    for (const set of Object.values(CHILLER_CURVE_SETS)) {
      for (let p = set.minPartLoadRatio; p < set.maxPartLoadRatio; p += 0.05) {
        expect(quadratic(set.eirFPLR, p + 0.05)).toBeGreaterThan(quadratic(set.eirFPLR, p));
      }
    }
  });
});
