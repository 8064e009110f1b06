// The liquid plant with a dry cooler in series ahead of towers (liquidPlant.ts, liquidPlantSizing.ts, plant.ts).
import { describe, expect, it } from 'vitest';
import { liquidPlantPower } from '../../../sim/models/cooling/liquidPlant.js';
import { sizeLiquidPlant } from '../../../sim/models/cooling/liquidPlantSizing.js';
import { sizeCooling } from '../../../sim/models/cooling/plant.js';
import { equipmentClassesOf, installedCoolingEquipment } from '../../../sim/models/cooling/installedEquipment.js';
import { COOLING_DEFAULTS as D, type LiquidPlantSpec, type LiquidTowerSpec } from '../../../sim/models/cooling/plantSpec.js';
import { atm, liquidSpec } from './specs.js';

const { rangeK: _r, minCondenserWaterC: _m, ...towerFields } = D.air.tower;
const tower: LiquidTowerSpec = { kind: 'tower', ...towerFields };
const base = liquidSpec(24, false);
const dryCooler = base.rejection.kind === 'dryCooler' ? base.rejection : undefined!;
const towersOnly: LiquidPlantSpec = { ...base, facilityDeltaTK: 10.8, rejection: tower, trimChiller: undefined };
const series: LiquidPlantSpec = { ...towersOnly, rejection: { kind: 'series', dryCooler: { ...dryCooler, approachK: 10 }, tower } };
const design = { heatW: 1e6, dryBulbC: 33, wetBulbC: 18 };
const w = (dryBulbC: number, wetBulbC: number) => ({ dryBulbC, wetBulbC, pressurePa: atm });

describe('liquid plant, dry cooler in series ahead of towers', () => {
  const hybrid = sizeLiquidPlant(series, design);
  const wet = sizeLiquidPlant(towersOnly, design);

  it('cold: no tower water; warm: the same towers carry it; in between: less water, more fan power than towers alone', () => {
    expect(liquidPlantPower(hybrid, 1e6, w(0, -3)).waterKgPerS).toBe(0);
    expect(liquidPlantPower(hybrid, 1e6, w(36, 18)).waterKgPerS).toBeCloseTo(liquidPlantPower(wet, 1e6, w(36, 18)).waterKgPerS, 9);
    const mild = liquidPlantPower(hybrid, 1e6, w(22, 12));
    const towersMild = liquidPlantPower(wet, 1e6, w(22, 12));
    expect(mild.mode).toBe('free');
    expect(mild.waterKgPerS).toBeLessThan(0.8 * towersMild.waterKgPerS);
    expect(mild.rejectionFansW).toBeGreaterThan(towersMild.rejectionFansW);
    expect(mild.heatRejectedW).toBeCloseTo(towersMild.heatRejectedW, 6);
  });

  it('one meter for both units\' fans; the inventory lists dry coolers and towers', () => {
    const spec = { liquid: series };
    const plant = sizeCooling(spec, { liquidHeatW: 1e6, airHeatW: 0, dryBulbC: 33, wetBulbC: 18 });
    expect(plant.components).toContain('dryCoolerAndTowerFans');
    expect(equipmentClassesOf(spec)).toEqual(['towers', 'dryCoolers', 'cdus', 'pumps']);
    expect(installedCoolingEquipment(spec, plant).map((e) => [e.equipment, e.units])).toEqual([['towers', 3], ['dryCoolers', 5], ['cdus', undefined], ['pumps', undefined]]);
  });
});
