import { describe, expect, it } from 'vitest';
import { watersideEconomizer } from '../../../sim/models/cooling/economizer.js';

const econ = (coolingWaterC: number) => watersideEconomizer({ approachK: 3 }, { coolingWaterC, chilledWaterSupplyC: 15, chilledWaterReturnC: 21 });

describe('watersideEconomizer', () => {
  it('full free cooling when tower water + approach <= supply', () => {
    expect(econ(12)).toEqual({ mode: 'free', freeFraction: 1, precooledC: 15 });
  });
  it('partial: pre-cools the return by (return - precooled) / (return - supply)', () => {
    // 15 + 3 = 18 degC: (21 - 18) / (21 - 15) = 0.5
    expect(econ(15)).toEqual({ mode: 'partial', freeFraction: 0.5, precooledC: 18 });
  });
  it('off when the water cannot pre-cool the return', () => {
    expect(econ(18)).toMatchObject({ mode: 'mechanical', freeFraction: 0 });
  });
  it('rejects a return not warmer than the supply', () => {
    expect(() => watersideEconomizer({ approachK: 3 }, { coolingWaterC: 10, chilledWaterSupplyC: 15, chilledWaterReturnC: 15 })).toThrow(RangeError);
  });
});
