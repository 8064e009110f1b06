/**
 * Issue 12 item 6: a plant at altitude is sized and run with its site's air density. Golden, CO (NREL ESIF,
 * 1,829 m): standard-atmosphere pressure 81.2 kPa (ASHRAE Fundamentals 2017 ch. 1 eq. 3), density 0.80 of sea level.
 * Unit tests (true by the ideal-gas construction): the same plant, sized at each site's pressure, holds its
 * design point without clamping and draws fan power in the ratio of the air densities (same mass flow, volume
 * flow up by rho0/rho, the same fan pressure rise).
 */
import { describe, expect, it } from 'vitest';
import { airPlantPower } from '../../../sim/models/cooling/airPlant.js';
import { sizeAirPlant } from '../../../sim/models/cooling/airPlantSizing.js';
import { liquidPlantPower } from '../../../sim/models/cooling/liquidPlant.js';
import { sizeLiquidPlant } from '../../../sim/models/cooling/liquidPlantSizing.js';
import { standardPressurePa } from '../../../sim/models/climate/psychrometrics.js';
import { airSpec, atm, design, liquidSpec } from './specs.js';

const goldenPa = standardPressurePa(1829);
const densityRatio = atm / goldenPa; // same temperature: rho0 / rho = p0 / p

describe('plants sized at the site air density (altitude)', () => {
  it('Golden, 1,829 m: standard atmosphere 81.2 kPa', () => {
    expect(goldenPa / 1000).toBeCloseTo(81.2, 1);
  });

  it('CRAH fans sized at 1,829 m hold the design heat without clamping', () => {
    const plant = sizeAirPlant(airSpec, { heatW: 1e6, ...design, pressurePa: goldenPa });
    const o = airPlantPower(plant, 1e6, { ...design, pressurePa: goldenPa });
    expect(o.clamped).toBe(false);
    expect(plant.crah.units).toBe(sizeAirPlant(airSpec, { heatW: 1e6, ...design, pressurePa: atm }).crah.units);
  });

  it('CRAH fan power at 1,829 m over sea level = the density ratio (within 0.1 %)', () => {
    const at = (pressurePa: number) => airPlantPower(sizeAirPlant(airSpec, { heatW: 1e6, ...design, pressurePa }), 0.6e6, { ...design, pressurePa }).crahFansW;
    expect(at(goldenPa) / at(atm)).toBeCloseTo(densityRatio, 3);
  });

  it('dry-cooler fans move the same air mass at 1,829 m, with fan power up by the density ratio', () => {
    const noTrim = { ...liquidSpec(32, false), trimChiller: undefined };
    const sea = sizeLiquidPlant(noTrim, { heatW: 1e6, ...design, pressurePa: atm });
    const high = sizeLiquidPlant(noTrim, { heatW: 1e6, ...design, pressurePa: goldenPa });
    if (sea.rejection.kind !== 'dryCooler' || high.rejection.kind !== 'dryCooler') throw new Error('dry cooler expected');
    expect(high.rejection.unit.airKgPerS).toBeCloseTo(sea.rejection.unit.airKgPerS, 6);
    expect(high.rejection.unit.ratedFanPowerW / sea.rejection.unit.ratedFanPowerW).toBeCloseTo(densityRatio, 6);
    const o = liquidPlantPower(high, 1e6, { dryBulbC: 20, wetBulbC: 12, pressurePa: goldenPa });
    expect(o.clamped).toBe(false);
  });
});
