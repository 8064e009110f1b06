import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dryCooler, sizeDryCooler } from '../../../sim/models/cooling/dryCooler.js';

const design = { ratedHeatW: 1e6, designAirInC: 35, designApproachK: 6, designRangeK: 5 };
const dry = sizeDryCooler(design);
const wet = sizeDryCooler({ ...design, adiabatic: { aboveC: 28, effectiveness: 0.7, cyclesOfConcentration: 3 } });
const run = (p: typeof dry, heatW: number, dryBulbC: number, wetBulbC: number, leavingSetpointC = 32) =>
  dryCooler(p, { heatW, dryBulbC, wetBulbC, pressurePa: 101325, leavingSetpointC });

describe('dryCooler', () => {
  it('reproduces its design point: leaving = air + approach at full fan', () => {
    const out = run(dry, 1e6, 35, 24);
    expect(out.leavingWaterC).toBeCloseTo(41, 6);
    expect(out.fanPowerW).toBeCloseTo(1e6 * 4.5 / 123, 6);
  });

  it('adiabatic assist: pre-cooled air and evaporated water by hand', () => {
    // air in = 35 - 0.7 * (35 - 24) = 27.3 degC; leaving = 27.3 + 6 = 33.3 degC;
    // evaporation = airKgPerS * 1007 * 7.7 / 2.449e6, plus bleed evaporation / (3 - 1)
    const out = run(wet, 1e6, 35, 24);
    expect(out.adiabaticOn).toBe(true);
    expect(out.leavingWaterC).toBeCloseTo(33.3, 6);
    const evaporation = (wet.airKgPerS * 1007 * 7.7) / 2.449e6;
    expect(out.waterKgPerS).toBeCloseTo(evaporation * 1.5, 9);
  });

  it('stays dry below the threshold or when dry operation holds the setpoint', () => {
    expect(run(wet, 1e6, 27, 20).adiabaticOn).toBe(false);
    expect(run(wet, 3e5, 30, 20).adiabaticOn).toBe(false);
  });

  it('without adiabatic assist: hotter never costs less fan power and never gives colder water', () => {
    fc.assert(fc.property(fc.double({ min: -20, max: 45, noNaN: true }), fc.double({ min: 0, max: 1.2e6, noNaN: true }), (db, q) => {
      const a = run(dry, q, db, db - 5);
      const b = run(dry, q, db + 1, db - 4);
      expect(b.fanPowerW).toBeGreaterThanOrEqual(a.fanPowerW * (1 - 1e-6) - 1e-6);
      expect(b.leavingWaterC).toBeGreaterThanOrEqual(a.leavingWaterC - 1e-6); // bisection resolves ~1e-8 K
      expect(a.waterKgPerS).toBe(0);
    }));
  });

  it('fan power is monotone in heat at fixed weather', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1.2e6, noNaN: true }), fc.double({ min: 0, max: 1.2e6, noNaN: true }), (a, b) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      expect(run(dry, hi, 20, 15).fanPowerW).toBeGreaterThanOrEqual(run(dry, lo, 20, 15).fanPowerW * (1 - 1e-6));
    }));
  });
});
