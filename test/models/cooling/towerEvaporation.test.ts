import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newTowerAirState, saturationTemperatureC, towerEvaporationKgPerS } from '../../../sim/models/cooling/towerEvaporation.js';
import { saturationEnthalpyJPerKg } from '../../../sim/models/cooling/fluids.js';
import { enthalpyJPerKg, humidityRatioFromWetBulb, saturationHumidityRatio } from '../../../sim/models/climate/psychrometrics.js';

const P = 101325;

describe('saturationTemperatureC', () => {
  it('inverts the saturation enthalpy to 1e-4 K over the tower range, above or a little below the start', () => {
    fc.assert(fc.property(fc.double({ min: -20, max: 35, noNaN: true }), fc.double({ min: -5, max: 24, noNaN: true }), (lowC, riseK) => {
      const targetC = lowC + riseK;
      const t = saturationTemperatureC(saturationEnthalpyJPerKg(targetC, P), lowC, saturationEnthalpyJPerKg(lowC, P), P);
      expect(Math.abs(t - targetC)).toBeLessThan(1e-4);
    }));
  });

  it('a slope hint (the tower passes its cs) changes the work, not the answer', () => {
    fc.assert(fc.property(fc.double({ min: -20, max: 35, noNaN: true }), fc.double({ min: -5, max: 24, noNaN: true }),
      fc.double({ min: 1500, max: 12000, noNaN: true }), (lowC, riseK, slope) => {
        const lowJ = saturationEnthalpyJPerKg(lowC, P);
        const h = saturationEnthalpyJPerKg(lowC + riseK, P);
        expect(Math.abs(saturationTemperatureC(h, lowC, lowJ, P, slope) - saturationTemperatureC(h, lowC, lowJ, P))).toBeLessThan(1e-5);
      }));
  });

  it('returns the start for its own enthalpy', () => {
    expect(saturationTemperatureC(saturationEnthalpyJPerKg(20, P), 20, saturationEnthalpyJPerKg(20, P), P)).toBe(20);
  });
});

describe('towerEvaporationKgPerS', () => {
  it('no heat or no air: no water, the air leaves as it came', () => {
    const air = newTowerAirState();
    expect(towerEvaporationKgPerS(0, 30, 45, 25, 20, P, air)).toBe(0);
    expect(air.leavingAirC).toBe(25);
    expect(towerEvaporationKgPerS(1e6, 0, 45, 25, 20, P, air)).toBe(0);
  });

  it('a reused state (its cached entering air) gives exactly what a fresh one gives', () => {
    const reused = newTowerAirState();
    for (const [db, wb] of [[30, 24], [30, 24], [31, 24], [30, 23], [30, 24]]) {
      const fresh = newTowerAirState();
      expect(towerEvaporationKgPerS(8e5, 30, 45, db, wb, P, reused)).toBe(towerEvaporationKgPerS(8e5, 30, 45, db, wb, P, fresh));
      expect(reused.leavingAirC).toBe(fresh.leavingAirC);
    }
  });

  it('a deep fill (ntu 30) sends the air out saturated at the enthalpy the heat gives it (EnergyPlus SaturatedExit)', () => {
    const air = newTowerAirState();
    const airKgPerS = 33;
    const evaporation = towerEvaporationKgPerS(1e6, airKgPerS, 30 * airKgPerS, 30, 24, P, air);
    const inletW = humidityRatioFromWetBulb(30, 24, P);
    const outletJPerKg = enthalpyJPerKg(30, inletW) + 1e6 / airKgPerS;
    expect(saturationEnthalpyJPerKg(air.leavingAirC, P) / outletJPerKg).toBeCloseTo(1, 6);
    expect(evaporation / airKgPerS + inletW).toBeCloseTo(saturationHumidityRatio(air.leavingAirC, P), 8);
  });

  it('the leaving air carries the heat: its enthalpy is the inlet enthalpy plus heat / air within 1 %', () => {
    // 1 % + 100 J/kg: Braun's effective-saturation line is straight in (T, W), the enthalpy is not (its 1860 t W term of
    // eq. 30 bends it by up to 1860 dT dW / 4, ~60 J/kg for an 18 K wet-bulb depression). ntu 1-4:
    // a tower sized by sizeCoolingTower has ntu ~1.5 at full fan and ~2.3 at the 0.2 minimum (ntu ~ f^(0.737 - 1))
    fc.assert(fc.property(fc.double({ min: -15, max: 32, noNaN: true }), fc.double({ min: 0, max: 18, noNaN: true }),
      fc.double({ min: 1e4, max: 1.2e6, noNaN: true }), fc.double({ min: 8, max: 40, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }),
      (wb, dep, q, airKgPerS, ntu) => {
        const air = newTowerAirState();
        const evaporation = towerEvaporationKgPerS(q, airKgPerS, ntu * airKgPerS, wb + dep, wb, P, air);
        const inletW = humidityRatioFromWetBulb(wb + dep, wb, P);
        const riseJPerKg = enthalpyJPerKg(air.leavingAirC, inletW + evaporation / airKgPerS) - enthalpyJPerKg(wb + dep, inletW);
        // the curvature term itself, for rises far beyond a real tower's (150 kJ/kg at -15 degC: a 38 K air rise)
        const bendJPerKg = (1860 * Math.abs(air.leavingAirC - (wb + dep)) * (evaporation / airKgPerS)) / 4;
        expect(Math.abs(riseJPerKg - q / airKgPerS)).toBeLessThanOrEqual(0.01 * (q / airKgPerS) + 100 + bendJPerKg);
        expect(evaporation).toBeGreaterThanOrEqual(0);
      }));
  });
});
