import { describe, expect, it } from 'vitest';
import { airPlantPower } from '../../../sim/models/cooling/airPlant.js';
import { sizeAirPlant, sizeChillerBank } from '../../../sim/models/cooling/airPlantSizing.js';
import { chillerModifiers } from '../../../sim/models/cooling/chiller.js';
import { airSpec, atm, design } from './specs.js';

describe('sizeAirPlant', () => {
  const plant = sizeAirPlant(airSpec, { heatW: 1e6, ...design });

  it('counts units from unit capacity and redundancy', () => {
    // CRAH: ceil(1 MW / 200 kW) = 5 duty -> 6 installed (N+1); chillers: 1 duty (2 MW units) -> 2 installed
    expect(plant.crah.units).toBe(6);
    expect(plant.chillers.installed).toBe(2);
    // tower: 2 duty cells, N+1 -> capacity factor 1.5 on air flow and fan power
    expect(plant.condenser!.tower.ratedFanPowerW / plant.condenser!.tower.ratedHeatW).toBeCloseTo(0.0105 * 1.5, 9);
  });

  it('the duty chillers carry the design load at the design condenser temperature', () => {
    const bank = sizeChillerBank(airSpec.chiller, 1.2e6, 15, 32.5);
    const { capFT } = chillerModifiers(bank.unit.curves, 15, 32.5);
    expect(bank.unit.ratedCapacityW * capFT).toBeCloseTo(1.2e6, 3);
  });

  it('holds the design point without clamping', () => {
    const o = airPlantPower(plant, 1e6, { ...design, pressurePa: atm });
    expect(o.clamped).toBe(false);
    expect(o.mode).toBe('mechanical');
  });
});
