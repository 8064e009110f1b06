import { describe, expect, it } from 'vitest';
import { COOLING_DEFAULTS, FACILITY_SUPPLY_MAX_C } from '../../../sim/models/cooling/plantSpec.js';

describe('plantSpec', () => {
  it('ASHRAE TC9.9 2021 classes are named for their maximum facility supply temperature', () => {
    for (const [name, maxC] of Object.entries(FACILITY_SUPPLY_MAX_C)) expect(name).toBe(`W${maxC}`);
  });
  it('EnergyPlus pump default: 1.282051 W/((m3/s) Pa) is a total efficiency of 0.78', () => {
    expect(COOLING_DEFAULTS.air.pump.efficiency).toBeCloseTo(0.78, 4);
  });
  it('BAC S8013-S213B dry-cooler fan power: 3 x 1.5 kW for 123 kW = 3.66 %', () => {
    expect(COOLING_DEFAULTS.liquid.dryCooler.fanPowerPerHeat).toBeCloseTo(0.0366, 4);
  });
});
