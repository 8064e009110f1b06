import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pumpPower, pumpPowerFraction, sizePump, VSD_DIFFERENTIAL_PRESSURE_RESET, VSD_FIXED_DIFFERENTIAL_PRESSURE, waterFlowKgPerS } from '../../../sim/models/cooling/pump.js';

const pump = { ratedFlowM3PerS: 0.05, ratedHeadPa: 179352, efficiency: 0.78, minFlowFraction: 0.3 };

describe('pumpPower', () => {
  it('rated power V * dp / eta at design flow', () => {
    // 0.05 * 179352 / 0.78 = 11496.92 W
    expect(pumpPower(pump, { flowKgPerS: 0.05 * 997 }).powerW).toBeCloseTo(11496.92, 1);
  });
  it('part flow follows the VSD fixed-differential-pressure curve, not the cube law (issue 12 item 8)', () => {
    // openstudio-standards 'VSD No Reset': (0.5726 * 0.5 - 0.301 * 0.25 + 0.7347 * 0.125) / 1.0063 = 0.300992
    // -> 11496.92 * 0.300992 = 3460.48 W at half flow (the cube law gave 1437.12 W, 12.5 %)
    expect(pumpPower(pump, { flowKgPerS: 0.025 * 997 }).powerW).toBeCloseTo(3460.48, 1);
  });
  it('unit test: about ASHRAE 90.1 6.5.4.2 (at most 30 % of design wattage at 50 % flow): 30.1 %, within 0.5 points', () => {
    expect(pumpPowerFraction(VSD_FIXED_DIFFERENTIAL_PRESSURE, 0.5)).toBeCloseTo(0.3, 2);
    expect(pumpPowerFraction(VSD_DIFFERENTIAL_PRESSURE_RESET, 0.5)).toBeCloseTo(0.1847 / 1.0059, 4);
    expect(pumpPowerFraction(VSD_FIXED_DIFFERENTIAL_PRESSURE, 1)).toBe(1);
  });
  it('below the minimum flow (25 %, ASHRAE 90.1 G3.1.3.10) the pump holds the minimum and its power', () => {
    const p = { ...pump, minFlowFraction: 0.25 };
    expect(pumpPower(p, { flowKgPerS: 1 }).powerW).toBeCloseTo(((0.05 * 179352) / 0.78) * pumpPowerFraction(VSD_FIXED_DIFFERENTIAL_PRESSURE, 0.25), 6);
  });
  it('holds its minimum flow, runs out 10 % past its rating, flags more', () => {
    expect(pumpPower(pump, { flowKgPerS: 1 }).flowFraction).toBe(0.3);
    expect(pumpPower(pump, { flowKgPerS: 0.052 * 997 }).clamped).toBe(false);
    expect(pumpPower(pump, { flowKgPerS: 100 })).toMatchObject({ clamped: true, flowFraction: 1.1 });
  });
  it('flow for a heat: 1 MW at 5 K is 1e6 / (4179 * 5) = 47.858 kg/s', () => {
    expect(waterFlowKgPerS(1e6, 5)).toBeCloseTo(47.858, 3);
    expect(sizePump(47.858, 2e5, 0.6, 0.3).ratedFlowM3PerS).toBeCloseTo(0.048002, 6);
  });
  it('power is monotone in flow', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }), (a, b) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      expect(pumpPower(pump, { flowKgPerS: hi }).powerW).toBeGreaterThanOrEqual(pumpPower(pump, { flowKgPerS: lo }).powerW);
    }));
  });
});
