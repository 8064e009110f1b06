import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { airDensityKgPerM3, saturationEnthalpyJPerKg, saturationEnthalpySlope, saturationEnthalpySlopeAbove } from '../../../sim/models/cooling/fluids.js';

describe('fluids', () => {
  it('air density from the ideal-gas law', () => {
    // 101325 / (287.042 * 293.15) = 1.20415 kg/m3 (ASHRAE Fundamentals 2017 ch. 1, R_da)
    expect(airDensityKgPerM3(101325, 20)).toBeCloseTo(1.20415, 4);
  });

  it('saturated-air enthalpy matches ASHRAE Fundamentals 2017 ch. 1 Table 2', () => {
    // Table 2 (101.325 kPa): h_s = 29.33 kJ/kg at 10 degC, 76.49 at 25 degC, 100.00 at 30 degC (rounded to 0.1 %)
    expect(saturationEnthalpyJPerKg(10, 101325) / 1000).toBeCloseTo(29.35, 0);
    expect(saturationEnthalpyJPerKg(25, 101325) / 1000).toBeCloseTo(76.46, 0);
    expect(saturationEnthalpyJPerKg(30, 101325) / 1000).toBeCloseTo(100.0, 0);
  });

  it('saturation slope cs rises with temperature (why towers lose approach in winter)', () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 35, noNaN: true }), (t) => {
      expect(saturationEnthalpySlope(t + 1, t + 6, 101325)).toBeGreaterThan(saturationEnthalpySlope(t, t + 5, 101325));
    }));
  });

  it('rejects implausible states', () => {
    expect(() => airDensityKgPerM3(101325, 90)).toThrow(RangeError);
    expect(() => airDensityKgPerM3(20_000, 20)).toThrow(RangeError);
  });
});

describe('saturationEnthalpySlopeAbove', () => {
  it('equals saturationEnthalpySlope given the low end\'s enthalpy, whatever was asked before (no memo)', () => {
    for (const [lowC, highC, p] of [[20, 25, 101325], [20, 30, 101325], [20, 25, 90_000], [5, 5.1, 101325], [20, 25, 101325]]) {
      expect(saturationEnthalpySlopeAbove(lowC, saturationEnthalpyJPerKg(lowC, p), highC, p)).toBe(saturationEnthalpySlope(lowC, highC, p));
    }
    expect(saturationEnthalpySlope(20, 25, 90_000)).not.toBe(saturationEnthalpySlope(20, 25, 101325));
  });
});
