import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { airPlantPower } from '../../../sim/models/cooling/airPlant.js';
import { sizeAirPlant } from '../../../sim/models/cooling/airPlantSizing.js';
import { COOLING_DEFAULTS as D, type AirPlantSpec } from '../../../sim/models/cooling/plantSpec.js';
import { readEpw } from '../../../sim/models/climate/epw.js';
import { readMos } from '../../../sim/models/climate/mos.js';
import type { Weather } from '../../../sim/models/climate/weather.js';
import { airSpec, atm, design } from './specs.js';
import { airsideEconomizer } from '../../../sim/models/cooling/airsideEconomizer.js';
import { humidityRatioFromDewPoint, wetBulbC } from '../../../sim/models/climate/psychrometrics.js';

/** The default air plant with an airside economizer (schema defaults) instead of the waterside one. */
const airside = (evaporativeEffectiveness = 0): AirPlantSpec => ({
  ...airSpec, economizer: { type: 'airside', approachK: 3, airside: { ...D.air.airside, evaporativeEffectiveness } },
});
const plant = sizeAirPlant(airside(), { heatW: 1e6, ...design });
const evapPlant = sizeAirPlant(airside(0.7), { heatW: 1e6, ...design });

/** Hours of a year in each mode, for a 1 MW room. */
function modeHours(p: typeof plant, weather: Weather) {
  const hours = { free: 0, partial: 0, mechanical: 0 };
  for (let h = 0; h < weather.hours; h++) {
    const o = airPlantPower(p, 1e6, { dryBulbC: weather.dryBulbC[h], wetBulbC: weather.wetBulbC[h], pressurePa: weather.pressurePa[h] });
    hours[o.mode]++;
  }
  return hours;
}

describe('air plant with an airside economizer', () => {
  it('energy balance: heat leaving (exhaust air + condenser) = room heat + fans (incl. outdoor-air path) + chilled-water pumps + compressors', () => {
    fc.assert(fc.property(fc.double({ min: 1e5, max: 1e6, noNaN: true }), fc.double({ min: -25, max: 42, noNaN: true }),
      fc.double({ min: 0, max: 25, noNaN: true }), fc.boolean(), (q, db, depression, evap) => {
        const o = airPlantPower(evap ? evapPlant : plant, q, { dryBulbC: db, wetBulbC: db - Math.min(depression, db + 30) * 0.5, pressurePa: atm });
        expect(Math.abs(o.heatRejectedW - (q + o.crahFansW + o.chilledWaterPumpsW + o.chillerW))).toBeLessThan(1e-6 * q);
        expect(o.waterKgPerS).toBeGreaterThanOrEqual(0);
      }), { numRuns: 300 });
  });

  it('a free hour runs no chiller, pump or tower, and its fans carry the outdoor-air path pressure on top of the CRAH fans', () => {
    const waterside = sizeAirPlant(airSpec, { heatW: 1e6, ...design });
    const w = { dryBulbC: 5, wetBulbC: 2, pressurePa: atm };
    const o = airPlantPower(plant, 1e6, w);
    expect(o).toMatchObject({ mode: 'free', chillerW: 0, chilledWaterPumpsW: 0, condenserPumpsW: 0, towerFansW: 0 });
    const crahOnly = airPlantPower(waterside, 1e6, w).crahFansW;
    expect(o.crahFansW).toBeGreaterThan(crahOnly);
    // outdoor fraction (36 - 24) / (36 - 5) of the 150 Pa path on a 300 Pa fan: +19.4 % of the CRAH fan power
    expect(o.crahFansW / crahOnly - 1).toBeCloseTo((12 / 31) * (150 / 300), 3);
  });

  it('humidifier water in WUE: supply air 1 MW / (1007 J/(kg K) * 12 K) = 82.75 kg/s, times the economizer\'s water per kg, times 3 / (3 - 1) for bleed-off', () => {
    const w = { dryBulbC: 0, wetBulbC: wetBulbC(0, humidityRatioFromDewPoint(-20, atm), atm), pressurePa: atm };
    const perSupplyKg = airsideEconomizer(plant.airside!.economizer, w).addedWaterPerSupplyKg;
    expect(perSupplyKg).toBeGreaterThan(0);
    expect(airPlantPower(plant, 1e6, w).waterKgPerS).toBeCloseTo((1e6 / (1007 * 12)) * perSupplyKg * 1.5, 9);
  });

  it('a cold site (Oslo) runs mostly free; a hot humid site (Shenzhen) mostly mechanical', () => {
    const oslo = modeHours(plant, readEpw('scenarios/weather/NOR_OS_Oslo.Blindern.014920_TMYx.2007-2021.epw'));
    const shenzhen = modeHours(plant, readMos('scenarios/weather/CHN_Guangdong.Shenzhen.594930_SWERA.mos'));
    console.info(`airside hours: Oslo ${JSON.stringify(oslo)}, Shenzhen ${JSON.stringify(shenzhen)}`);
    expect(oslo.free).toBeGreaterThan(0.8 * 8760);
    expect(shenzhen.mechanical).toBeGreaterThan(0.5 * 8760);
    expect(shenzhen.free).toBeLessThan(oslo.free);
  });

  it('evaporative cooling turns hot dry hours (Phoenix) from partial or mechanical into free, at the cost of water', () => {
    const phoenix = readEpw('scenarios/weather/USA_AZ_Phoenix-Sky.Harbor.Intl.AP.722780_TMY3.epw');
    const dry = modeHours(plant, phoenix);
    const wet = modeHours(evapPlant, phoenix);
    expect(wet.free).toBeGreaterThan(dry.free + 1000);
    const hot = { dryBulbC: 40, wetBulbC: 20, pressurePa: atm };
    expect(airPlantPower(evapPlant, 1e6, hot).waterKgPerS).toBeGreaterThan(airPlantPower(plant, 1e6, hot).waterKgPerS);
  });
});
