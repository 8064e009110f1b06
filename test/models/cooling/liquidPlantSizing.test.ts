import { describe, expect, it } from 'vitest';
import { liquidPlantPower } from '../../../sim/models/cooling/liquidPlant.js';
import { sizeLiquidPlant } from '../../../sim/models/cooling/liquidPlantSizing.js';
import { atm, design, liquidSpec } from './specs.js';

describe('sizeLiquidPlant', () => {
  it('the trim chiller covers the design shortfall, at least 10 % of the design heat', () => {
    const plant = sizeLiquidPlant(liquidSpec(), { heatW: 1e6, ...design });
    const o = liquidPlantPower(plant, 1e6, { ...design, pressurePa: atm });
    expect(o.clamped).toBe(false);
    expect(o.trimDeliveredW).toBeCloseTo(o.trimLoadW, 3);
  });

  it('dry cooler sized with pre-cooled air when the adiabatic assist runs at design', () => {
    // design air in = 36.5 - 0.7 * (36.5 - 28.5) = 30.9 degC; leaving at full fan = 30.9 + 6 = 36.9 degC
    const plant = sizeLiquidPlant({ ...liquidSpec(), trimChiller: undefined }, { heatW: 1e6, ...design });
    expect(plant.rejection.kind).toBe('dryCooler');
    expect(plant.trim).toBeUndefined();
    expect(plant.facilitySupplyC).toBe(32);
  });

  it('a cooling tower can reject the liquid heat instead', () => {
    const spec = liquidSpec();
    const plant = sizeLiquidPlant({
      ...spec,
      rejection: { kind: 'tower', approachK: 4, cyclesOfConcentration: 4, driftFraction: 8e-5, evaporationLossPerK: 0.002, fanPowerPerHeat: 0.0105, dutyCells: 2, redundancy: 'N+1' },
    }, { heatW: 1e6, ...design });
    const o = liquidPlantPower(plant, 1e6, { dryBulbC: 30, wetBulbC: 22, pressurePa: atm });
    expect(o.mode).toBe('free');
    expect(o.waterKgPerS).toBeGreaterThan(0);
  });
});
