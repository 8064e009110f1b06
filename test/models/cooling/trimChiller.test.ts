import { describe, expect, it } from 'vitest';
import { newTrimOutput, newTrimWorkspace, trimChillerInto } from '../../../sim/models/cooling/trimChiller.js';
import { sizeLiquidPlant } from '../../../sim/models/cooling/liquidPlantSizing.js';
import { liquidPlantPower } from '../../../sim/models/cooling/liquidPlant.js';
import { COOLING_DEFAULTS as D, type LiquidPlantSpec } from '../../../sim/models/cooling/plantSpec.js';
import { equipmentClassesOf } from '../../../sim/models/cooling/installedEquipment.js';
import { atm, liquidSpec } from './specs.js';

// A W32 dry-cooler loop in a hot, dry climate (Phoenix-like design: 44 degC dry bulb, 25 degC wet bulb).
const design = { heatW: 1e6, dryBulbC: 44, wetBulbC: 25 };
const airCooled: LiquidPlantSpec = liquidSpec(32, false);
const waterCooled: LiquidPlantSpec = {
  ...airCooled,
  trimChiller: { ...D.liquid.trimChiller, type: 'water-cooled-screw' },
  trimCondenserTower: { ...D.air.tower, approachK: 4 },
};
const hot = { dryBulbC: 42, wetBulbC: 23, pressurePa: atm };

describe('trim chiller, air- or water-cooled', () => {
  const a = sizeLiquidPlant(airCooled, design);
  const w = sizeLiquidPlant(waterCooled, design);

  it('unit test: the water-cooled bank counts its tower fans, condenser pump and make-up water; the air-cooled one none', () => {
    const out = trimChillerInto(w.trim!, w.trimCondenser, 32, 3e5, hot, newTrimOutput(), newTrimWorkspace());
    const bare = trimChillerInto(w.trim!, undefined, 32, 3e5, { ...hot, dryBulbC: 27 }, newTrimOutput(), newTrimWorkspace()); // same condenser, no tower
    expect(out.waterKgPerS).toBeGreaterThan(0);
    expect(out.powerW).toBeGreaterThan(bare.powerW); // + tower fans + condenser pump at the same compressor power
    expect(out.condenserHeatW).toBeCloseTo(bare.condenserHeatW, 6);
    const air = trimChillerInto(a.trim!, a.trimCondenser, 32, 3e5, hot, newTrimOutput(), newTrimWorkspace());
    expect(air.waterKgPerS).toBe(0);
    expect(a.trimCondenser).toBeUndefined();
    expect(equipmentClassesOf({ liquid: waterCooled })).toEqual(['chillers', 'towers', 'dryCoolers', 'cdus', 'pumps']);
  });

  it('direction: in hot dry air the water-cooled trim chiller draws less power and uses water', () => {
    const ao = liquidPlantPower(a, 1e6, hot);
    const wo = liquidPlantPower(w, 1e6, hot);
    expect(ao.trimLoadW).toBeGreaterThan(0);
    expect(wo.trimLoadW).toBeCloseTo(ao.trimLoadW, 0);
    expect(wo.trimChillerW).toBeLessThan(ao.trimChillerW);
    expect(wo.waterKgPerS).toBeGreaterThan(ao.waterKgPerS);
  });
});
