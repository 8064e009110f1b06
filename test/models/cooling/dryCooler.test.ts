import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dryCooler, sizeDryCooler } from '../../../sim/models/cooling/dryCooler.js';
import { humidityRatioFromWetBulb } from '../../../sim/models/climate/psychrometrics.js';

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

  it('adiabatic assist at full spray: pre-cooled air and evaporated water by hand', () => {
    // air after the pads 35 - 0.7 * (35 - 24) = 27.3 degC; leaving 27.3 + 6 = 33.3 degC misses 32 degC: the whole
    // stream is sprayed. Water = air * (W after the pads - W in), both on the 24 degC wet-bulb line (ASHRAE 2017
    // ch. 1 eq. 33 via PsychroLib), plus bleed evaporation / (3 - 1).
    const out = run(wet, 1e6, 35, 24);
    expect(out.adiabaticOn).toBe(true);
    expect(out.sprayedFraction).toBe(1);
    expect(out.leavingWaterC).toBeCloseTo(33.3, 6);
    const rise = humidityRatioFromWetBulb(27.3, 24, 101325) - humidityRatioFromWetBulb(35, 24, 101325);
    expect(out.waterKgPerS).toBeCloseTo(wet.airKgPerS * rise * 1.5, 9);
    // the sensible form cp * dT / hfg used before agrees within 3 % (it takes dry-air cp 1007 for moist air's
    // 1006 + 1860 W, eq. 30): a check of the humidity-ratio path
    expect(Math.abs(rise / ((1007 * 7.7) / 2.449e6) - 1)).toBeLessThan(0.03);
  });

  it('issue 12 item 1: just above the switch-on point the spray wets a small share of the air and uses little water', () => {
    // dry at full fan the unit leaves its 6 K approach above the air: 38.5 degC at 32.5 degC dry bulb, 0.5 K over a 38 degC
    // setpoint. A spray modulated to meet it wets 0.5 / (0.7 * (32.5 - 22)) = 6.8 % of the stream.
    const justOver = run(wet, 1e6, 32.5, 22, 38);
    const full = run(wet, 1e6, 32.5, 22, 20);
    expect(justOver.adiabaticOn).toBe(true);
    expect(justOver.leavingWaterC).toBeCloseTo(38, 6);
    expect(justOver.waterKgPerS).toBeLessThan(0.1 * full.waterKgPerS);
    expect(justOver.sprayedFraction).toBeCloseTo(0.5 / (0.7 * 10.5), 6);
  });

  it('spray water never exceeds full spray and grows with the shortfall', () => {
    fc.assert(fc.property(fc.double({ min: 29, max: 45, noNaN: true }), fc.double({ min: 2, max: 15, noNaN: true }),
      fc.double({ min: 30, max: 45, noNaN: true }), (db, depression, setpointC) => {
        const fullSpray = run(wet, 1e6, db, db - depression, -100).waterKgPerS;
        const a = run(wet, 1e6, db, db - depression, setpointC);
        const b = run(wet, 1e6, db, db - depression, setpointC - 0.5);
        expect(a.waterKgPerS).toBeLessThanOrEqual(fullSpray * (1 + 1e-12));
        expect(b.waterKgPerS).toBeGreaterThanOrEqual(a.waterKgPerS);
      }));
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

// Moved from test/validation/dryCooler.validation.test.ts (issue 11, item 6), which is deleted: dctwin has no
// independent dry-cooler data. Data: test/fixtures/models/dry-cooler-ratings.csv, the BAC S8013-S213B rating used by
// Fujitsu Laboratories' dry-cooler model (123 kW, 40 degC water, 28 degC air, 4.5 kW of fans). Its only row is the
// point the unit is sized at, so reproducing it (0.05 K, 1 W) checks the sizing chain (air flow from fan power, the
// NTU calibration), not the model against data. At fixed flows and full fan, effectiveness-NTU makes capacity exactly
// proportional to the entering temperature difference, which is also the EN 1048 / Eurovent catalogue convention:
// a property of the equations (within 1 %), not a rating. The rating gives no water range; 5 K is assumed (leaving
// water 35 degC). The Fujitsu model takes capacity proportional to air flow (UA exponent 1); dctwin uses 0.737
// (EnergyPlus two-speed defaults), so it needs less air and fan power than that linear model, re-implemented below
// from its stated assumption: an upper bound that follows from 0.737 < 1, not a measured curve.
const [rating] = readFileSync(new URL('../../fixtures/models/dry-cooler-ratings.csv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).slice(1)
  .map((l) => l.split(',').map(Number)).map(([ratedHeatW, enteringWaterC, enteringAirC, fanPowerW]) => ({ ratedHeatW, enteringWaterC, enteringAirC, fanPowerW }));
const ratedRangeK = 5;
const itdK = rating.enteringWaterC - rating.enteringAirC;
const rated = sizeDryCooler({
  ratedHeatW: rating.ratedHeatW, designAirInC: rating.enteringAirC, designApproachK: itdK - ratedRangeK, designRangeK: ratedRangeK,
  fanPowerPerHeat: rating.fanPowerW / rating.ratedHeatW,
});
const runRated = (heatW: number, airC: number, setpointC: number) =>
  dryCooler(rated, { heatW, dryBulbC: airC, wetBulbC: airC - 5, pressurePa: 101325, leavingSetpointC: setpointC });

describe('unit, by construction: the BAC S8013-S213B rating the unit is sized at', () => {
  it('rating point: 123 kW from 40 to 35 degC with 28 degC air at 4.5 kW of fans', () => {
    const out = runRated(rating.ratedHeatW, rating.enteringAirC, 35);
    expect(Math.abs(out.leavingWaterC - 35)).toBeLessThan(0.05);
    expect(Math.abs(out.fanPowerW - rating.fanPowerW)).toBeLessThan(1);
  });

  it('full-fan capacity scales with the entering temperature difference (15 K vs 12 K: x 1.25)', () => {
    // find the heat whose entering water is 40 degC with 25 degC air at full fan: leaving = 40 - heat / Cw
    const cw = rating.ratedHeatW / ratedRangeK;
    let lo = 0;
    let hi = 3 * rating.ratedHeatW;
    for (let i = 0; i < 60; i++) {
      const q = 0.5 * (lo + hi);
      if (runRated(q, 25, -100).leavingWaterC + q / cw < 40) lo = q; else hi = q;
    }
    expect(lo / rating.ratedHeatW).toBeCloseTo(15 / 12, 2);
  });

  it('model vs model, no data: part-load fan power stays below the linear-capacity (Fujitsu) model', () => {
    for (const airC of [-5, 5, 15, 20]) {
      for (const fraction of [0.5, 0.75, 1]) {
        const q = fraction * rating.ratedHeatW;
        const linear = Math.min(rating.fanPowerW, rating.fanPowerW * ((q / (rating.enteringWaterC - airC)) / (rating.ratedHeatW / itdK)) ** 3);
        const out = runRated(q, airC, rating.enteringWaterC - q / (rating.ratedHeatW / ratedRangeK));
        expect(out.fanPowerW).toBeLessThanOrEqual(Math.max(linear, rated.ratedFanPowerW * 0.2 ** 3) + 1e-6);
      }
    }
  });
});
