import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { airsideEconomizer, type AirsideEconomizerParams } from '../../../sim/models/cooling/airsideEconomizer.js';
import { enthalpyJPerKg, humidityRatioFromDewPoint, humidityRatioFromWetBulb, saturationHumidityRatio, wetBulbC } from '../../../sim/models/climate/psychrometrics.js';

const atm = 101325;
/** Supply 24 / return 36 degC (the schema's defaults), TC9.9 recommended moisture band, no evaporative cooler. */
const base: AirsideEconomizerParams = {
  supplyAirC: 24, returnAirC: 36, maxDewPointC: 15, minDewPointC: -9, humidify: true,
  evaporativeEffectiveness: 0, highLimitDryBulbC: Infinity, highLimitEnthalpyJPerKg: Infinity,
};
const withEvap = { ...base, evaporativeEffectiveness: 0.7 };
/** Outdoor air given by dry bulb and dew point (the way a weather file gives it). */
const outdoor = (dryBulbC: number, dewPointC: number) => ({
  dryBulbC, wetBulbC: wetBulbC(dryBulbC, humidityRatioFromDewPoint(dewPointC, atm), atm), pressurePa: atm,
});

describe('airsideEconomizer: modes (hand-computed mixing and psychrometric states)', () => {
  it('cold air is mixed with return air to the supply setpoint: outdoor fraction (36 - 24) / (36 - 10) = 0.4615', () => {
    const o = airsideEconomizer(base, outdoor(10, 0));
    expect(o.mode).toBe('free');
    expect(o.freeFraction).toBe(1);
    expect(o.outdoorFraction).toBeCloseTo(12 / 26, 3);
    expect(o.addedWaterPerSupplyKg).toBe(0); // dew point 0 degC is inside the -9..15 degC band: no humidification
  });

  it('very dry air is humidified adiabatically to the -9 degC dew point; the mist cools it, so less outdoor air is needed', () => {
    const o = airsideEconomizer(base, outdoor(0, -20));
    const wOut = humidityRatioFromDewPoint(-20, atm);
    const wMin = humidityRatioFromDewPoint(-9, atm);
    // adiabatic: 1006 t + W (2.501e6 + 1860 t) = h + (W - W_out) 4186 t (eq. 30 + the mist's liquid enthalpy), solved for t
    const h = enthalpyJPerKg(0, wOut);
    const misted = (h - 2.501e6 * wMin) / (1006 + 1860 * wMin - 4186 * (wMin - wOut));
    expect(misted).toBeLessThan(0);
    expect(o.outdoorFraction).toBeCloseTo(12 / (36 - misted), 4);
    expect(o.addedWaterPerSupplyKg).toBeCloseTo(o.outdoorFraction * (wMin - wOut), 9);
    expect(o.supplyHumidityRatio).toBeCloseTo(wMin, 9);
  });

  it('warm air above the supply setpoint: 100 % outdoor air, the coil trims (30 - 24) K of 12 K: partial, freeFraction 0.5', () => {
    const o = airsideEconomizer(base, outdoor(30, 10));
    expect(o.mode).toBe('partial');
    expect(o.outdoorFraction).toBe(1);
    expect(o.freeFraction).toBeCloseTo(0.5, 9);
  });

  it('with a direct evaporative cooler (effectiveness 0.7) the same dry 30 degC hour runs free', () => {
    const w = outdoor(30, 5);
    const o = airsideEconomizer(withEvap, w);
    expect(w.dryBulbC - 0.7 * (w.dryBulbC - w.wetBulbC)).toBeLessThan(24); // the pads can reach the setpoint
    expect(o.mode).toBe('free');
    // evaporating from 30 to 24 degC, the water entering at 24 degC: W = (h - 1006 * 24 - 4186 * 24 * W_in) / (2.501e6 - 2326 * 24)
    const wIn = humidityRatioFromWetBulb(30, w.wetBulbC, atm);
    const h = enthalpyJPerKg(30, wIn);
    expect(o.supplyHumidityRatio).toBeCloseTo((h - 1006 * 24 - 4186 * 24 * wIn) / (2.501e6 - 2326 * 24), 9);
    expect(o.addedWaterPerSupplyKg).toBeCloseTo(o.supplyHumidityRatio - wIn, 9);
  });

  it('humid air above the 15 degC dew point is locked out (no dehumidification on outdoor air): mechanical, dampers shut', () => {
    const o = airsideEconomizer(withEvap, outdoor(20, 17));
    expect(o).toMatchObject({ mode: 'mechanical', freeFraction: 0, outdoorFraction: 0, addedWaterPerSupplyKg: 0 });
  });

  it('the pads stop adding water at the upper dew point: a warm, moderately humid hour stays partial', () => {
    const o = airsideEconomizer(withEvap, outdoor(32, 14));
    expect(o.mode).toBe('partial');
    expect(o.supplyHumidityRatio).toBeCloseTo(humidityRatioFromDewPoint(15, atm), 9);
  });

  it('outdoor air warmer than the return air, even after the pads, is locked out', () => {
    expect(airsideEconomizer(base, outdoor(38, 5)).mode).toBe('mechanical');
  });

  it('fixed dry-bulb and enthalpy high limits (ASHRAE 90.1 Table 6.5.1.1.3 style) lock out above them', () => {
    expect(airsideEconomizer({ ...base, highLimitDryBulbC: 24 }, outdoor(25, 5)).mode).toBe('mechanical');
    expect(airsideEconomizer({ ...base, highLimitDryBulbC: 24 }, outdoor(23, 5)).mode).toBe('free');
    expect(airsideEconomizer({ ...base, highLimitEnthalpyJPerKg: 40e3 }, outdoor(22, 10)).mode).toBe('mechanical'); // h = 41.5 kJ/kg
  });

  it('rejects a return not warmer than the supply, an effectiveness outside 0..1, or a dew-point band upside down', () => {
    const w = outdoor(10, 0);
    expect(() => airsideEconomizer({ ...base, returnAirC: 24 }, w)).toThrow(RangeError);
    expect(() => airsideEconomizer({ ...base, evaporativeEffectiveness: 1.2 }, w)).toThrow(RangeError);
    expect(() => airsideEconomizer({ ...base, minDewPointC: 16 }, w)).toThrow(RangeError);
  });
});

describe('airsideEconomizer: properties', () => {
  const weather = fc.record({ dryBulbC: fc.double({ min: -30, max: 45, noNaN: true }), depressionK: fc.double({ min: 0, max: 40, noNaN: true }) })
    .map(({ dryBulbC, depressionK }) => outdoor(dryBulbC, Math.max(dryBulbC - depressionK, -45)));

  // Energy balance on the air side, from moist-air enthalpies (not from the temperature mixing the model uses): in free mode the outdoor air
  // stream carries the room heat away, m_oa * (h_return - h_outdoor) = m_supply * cp * (return - supply). Tolerance 2.5 %: the model mixes by
  // dry-air cp (1007 J/(kg K)), the enthalpy uses 1006 + 1860 W, and the added water's own enthalpy (~0.1 %) is neglected.
  it('free mode: the outdoor air carries away exactly the room heat (moist-air enthalpy balance within 2.5 %)', () => {
    fc.assert(fc.property(weather, fc.constantFrom(base, withEvap), (w, p) => {
      const o = airsideEconomizer(p, w);
      if (o.mode !== 'free') return;
      const wIn = humidityRatioFromWetBulb(w.dryBulbC, w.wetBulbC, atm);
      const removedPerSupplyKg = o.outdoorFraction * (enthalpyJPerKg(p.returnAirC, o.supplyHumidityRatio) - enthalpyJPerKg(w.dryBulbC, wIn));
      const heatPerSupplyKg = 1007 * (p.returnAirC - p.supplyAirC);
      expect(Math.abs(removedPerSupplyKg - heatPerSupplyKg)).toBeLessThan(0.025 * heatPerSupplyKg);
    }), { numRuns: 400 });
  });

  it('fractions stay in 0..1, water is never negative, and the supply stays at or below the upper dew point when economizing', () => {
    fc.assert(fc.property(weather, fc.constantFrom(base, withEvap), (w, p) => {
      const o = airsideEconomizer(p, w);
      expect(o.freeFraction).toBeGreaterThanOrEqual(0);
      expect(o.freeFraction).toBeLessThanOrEqual(1);
      expect(o.outdoorFraction).toBeGreaterThanOrEqual(0);
      expect(o.outdoorFraction).toBeLessThanOrEqual(1);
      expect(o.addedWaterPerSupplyKg).toBeGreaterThanOrEqual(0);
      if (o.outdoorFraction > 0) expect(o.supplyHumidityRatio).toBeLessThanOrEqual(humidityRatioFromDewPoint(15, atm) * (1 + 1e-9));
    }), { numRuns: 400 });
  });

  // The outdoor air's wet bulb comes from PsychroLib (ASHRAE eq. 33/35 solved by its own iteration), the pads' path from the closed form
  // in the model: a perfect cooler (effectiveness 1, no moisture cap) must end saturated at that wet bulb (0.2 % in W: the wet bulb's
  // solver tolerance, 1e-4 K, and PsychroLib's saturation pressure).
  it('a perfect evaporative cooler ends saturated at the thermodynamic wet bulb (PsychroLib), within 0.2 % in humidity ratio', () => {
    const perfect = { ...base, supplyAirC: 5, returnAirC: 45, maxDewPointC: 35, evaporativeEffectiveness: 1 };
    fc.assert(fc.property(fc.double({ min: 20, max: 44, noNaN: true }), fc.double({ min: -5, max: 18, noNaN: true }), (db, dp) => {
      const w = outdoor(db, dp);
      const o = airsideEconomizer(perfect, w);
      expect(o.mode).toBe('partial');
      const wSat = saturationHumidityRatio(w.wetBulbC, atm);
      expect(Math.abs(o.supplyHumidityRatio / wSat - 1)).toBeLessThan(0.002);
    }), { numRuns: 200 });
  });

  it('an evaporative cooler never lowers the free fraction', () => {
    fc.assert(fc.property(weather, (w) => {
      expect(airsideEconomizer(withEvap, w).freeFraction).toBeGreaterThanOrEqual(airsideEconomizer(base, w).freeFraction - 1e-12);
    }), { numRuns: 400 });
  });
});
