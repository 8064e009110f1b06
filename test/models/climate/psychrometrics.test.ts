import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import {
  dewPointFromRelativeHumidityC, enthalpyJPerKg, humidityRatioFromDewPoint, moistAir, relativeHumidityFromDewPoint,
  saturationHumidityRatio, standardPressurePa, wetBulbC, withPsychrometrics,
} from '../../../sim/models/climate/psychrometrics.js';
import { yearCalendar } from '../../../sim/models/climate/calendar.js';

const psychrolib = createRequire(import.meta.url)('psychrolib') as {
  GetTWetBulbFromHumRatio(t: number, w: number, p: number): number;
};

const dryBulb = fc.double({ min: -40, max: 50, noNaN: true });
const depression = fc.double({ min: 0, max: 40, noNaN: true });
const pressure = fc.double({ min: 60000, max: 105000, noNaN: true });

describe('psychrometrics known values', () => {
  it('standard atmosphere (ASHRAE 2017 ch. 1 Table 1)', () => {
    expect(standardPressurePa(0)).toBeCloseTo(101325, 6);
    expect(Math.abs(standardPressurePa(1000) - 89875)).toBeLessThan(1);
  });

  it('enthalpy of moist air (ASHRAE 2017 ch. 1 eq. 30, 30 degC and W = 0.02: 81.316 kJ/kg)', () => {
    expect(enthalpyJPerKg(30, 0.02)).toBeCloseTo(1000 * (1.006 * 30 + 0.02 * (2501 + 1.86 * 30)), 6);
    expect(enthalpyJPerKg(30, 0.02)).toBeCloseTo(81316, 0);
  });

  it('saturated air has wet bulb = dew point = dry bulb', () => {
    const air = moistAir(25, 25, 101325);
    expect(air.wetBulbC).toBeCloseTo(25, 6);
    expect(air.humidityRatio).toBeCloseTo(saturationHumidityRatio(25, 101325), 12);
  });

  it('a dew point above the dry bulb is clamped and flagged', () => {
    const air = moistAir(20, 21, 101325);
    expect(air).toMatchObject({ dewPointC: 20, clamped: true });
    expect(moistAir(20, 10, 101325).clamped).toBe(false);
  });

  it('dew point and relative humidity invert each other (PsychroLib round trip)', () => {
    // 25 degC, 80 %: dew point 21.3094 degC (PsychroLib's documented example)
    expect(dewPointFromRelativeHumidityC(25, 0.8)).toBeCloseTo(21.3094, 3);
    expect(relativeHumidityFromDewPoint(25, 21.3094)).toBeCloseTo(0.8, 4);
  });

  it('adds wet bulb, humidity ratio and enthalpy to a measured year', () => {
    const n = 8760;
    const w = withPsychrometrics({
      station: { name: 't', country: '', source: '', latitude: 0, longitude: 0, timeZoneH: 0, elevationM: 0 },
      sourcePath: '', hours: n, ...yearCalendar(), notes: [],
      dryBulbC: new Float64Array(n).fill(40), dewPointC: new Float64Array(n).fill(41),
      relativeHumidity: new Float64Array(n).fill(1), pressurePa: new Float64Array(n).fill(101325),
    });
    expect(w.wetBulbC[5]).toBeCloseTo(40, 6);
    expect(w.dewPointC[5]).toBe(40);
    expect(w.notes).toEqual(["lowered the dew point to the dry bulb in 8760 hours where the file's dew point was above it"]);
  });
});

describe('psychrometrics properties', () => {
  it('dew point <= wet bulb <= dry bulb', () => {
    fc.assert(
      fc.property(dryBulb, depression, pressure, (t, d, p) => {
        const air = moistAir(t, t - d, p);
        return air.wetBulbC <= t + 1e-9 && air.dewPointC <= air.wetBulbC + 1e-3;
      }),
    );
  });

  it('enthalpy increases with dry bulb at a fixed humidity ratio', () => {
    fc.assert(
      fc.property(dryBulb, fc.double({ min: 0.01, max: 10, noNaN: true }), fc.double({ min: 0, max: 0.03, noNaN: true }), (t, dt, w) =>
        enthalpyJPerKg(t + dt, w) > enthalpyJPerKg(t, w)),
    );
  });

  it('humidity ratio increases with dew point and falls with pressure', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 35, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), pressure, (dp, d, p) =>
        humidityRatioFromDewPoint(dp + d, p) > humidityRatioFromDewPoint(dp, p) && humidityRatioFromDewPoint(dp, p * 0.9) > humidityRatioFromDewPoint(dp, p)),
    );
  });

  it('the fast wet-bulb solver finds PsychroLib bisection root within 0.002 K', () => {
    // PsychroLib stops its bisection at 0.001 K; dctwin's regula falsi at 1e-4 K.
    fc.assert(
      fc.property(dryBulb, depression, pressure, (t, d, p) => {
        const w = humidityRatioFromDewPoint(t - d, p);
        return Math.abs(wetBulbC(t, w, p, t - d) - psychrolib.GetTWetBulbFromHumRatio(t, w, p)) < 0.002;
      }),
      { numRuns: 2000 },
    );
  });
});
