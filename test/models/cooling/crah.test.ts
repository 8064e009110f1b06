import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crahAirFlowM3PerS, crahFans, type CrahParams } from '../../../sim/models/cooling/crah.js';

const temps = { supplyAirC: 24, returnAirC: 36 };
// 1 MW at 12 K: rho(101325 Pa, 24 degC) = 1.18789 kg/m3 -> 1e6 / (1.18789 * 1007 * 12) = 69.6617 m3/s
const designFlow = crahAirFlowM3PerS(temps, 1e6, 101325);
const params: CrahParams = { units: 5, ratedUnitFlowM3PerS: designFlow / 4, fanPressurePa: 300, fanEfficiency: 0.7, minSpeed: 0.25, ...temps };

describe('crahFans', () => {
  it('air flow from heat and temperature difference', () => {
    expect(designFlow).toBeCloseTo(69.6617, 3);
  });
  it('N+1 units share the design flow at 80 % speed: power = 5 * (Vu * 300 / 0.7) * 0.8^3', () => {
    // 5 * (17.4154 * 300 / 0.7) * 0.512 = 19107.2 W; the fan heat joins the coil load
    const out = crahFans(params, { heatW: 1e6, pressurePa: 101325 });
    expect(out.speed).toBeCloseTo(0.8, 9);
    expect(out.powerW).toBeCloseTo(19107.2, 0);
    expect(out.coilLoadW).toBeCloseTo(1e6 + out.powerW, 6);
  });
  it('minimum speed at light load and clamping beyond rated flow', () => {
    expect(crahFans(params, { heatW: 1e4, pressurePa: 101325 }).speed).toBe(0.25);
    expect(crahFans(params, { heatW: 2e6, pressurePa: 101325 }).clamped).toBe(true);
  });
  it('fan power is non-negative and monotone in heat (hence in air flow)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1.2e6, noNaN: true }), fc.double({ min: 0, max: 1.2e6, noNaN: true }), (a, b) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const pLo = crahFans(params, { heatW: lo, pressurePa: 101325 }).powerW;
      expect(pLo).toBeGreaterThanOrEqual(0);
      expect(crahFans(params, { heatW: hi, pressurePa: 101325 }).powerW).toBeGreaterThanOrEqual(pLo);
    }));
  });
});
