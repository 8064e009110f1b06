/**
 * What a sized cooling plant installs, by equipment class: units (redundant ones included) and installed
 * capacity at the site's design point. The capex of the cooling plant is priced on these (sim/tco/capex.ts),
 * so a site whose design weather needs more or bigger equipment costs more to build.
 *
 * Equation (capacity of each class, redundancy included):
 *   chillers:   sum over banks (air plant, trim) of installed * unit.ratedCapacityW, the capacity at the curve
 *               set's reference temperatures; a bank is sized so its duty units carry the design load at the
 *               design condenser temperature, ratedCapacityW = load / (duty * capFT), so a hotter condenser
 *               (capFT < 1) and a larger trim shortfall both mean more rated capacity
 *   towers:     ratedHeatW * installedCells / dutyCells   (heat rejected at the design wet bulb and approach), for
 *               the air plant's condenser, the liquid loop, and a water-cooled trim chiller's own cells
 *   dryCoolers: waterCapacityWPerK * rangeK * installedUnits / dutyUnits   (heat at the design dry bulb)
 *   crahs:      units * ratedUnitFlowM3PerS / crahAirFlowM3PerS(1 W)   (sensible capacity per unit at the
 *               design supply/return air temperatures and standard air density, as CRAHs are catalogued)
 *   cdus:       cdu pump rated flow * rho * cp * tcsDeltaTK   (design liquid heat; CDU units are not modelled)
 *   pumps:      sum of ratedFlowM3PerS * ratedHeadPa / efficiency   (rated electric input, W, not heat)
 * Assumptions: a class absent from the plant is absent from the list; pumps and CDUs are one aggregate per loop
 *   (their unit count is not modelled: units undefined); the capacities are the sizing's own, nothing re-sized.
 * Validity: plants sized by sizeCooling (sim/models/cooling/plant.ts) from the same spec.
 * References: installed-unit rule of sim/models/power/redundancy.ts (Uptime Tier N, N+1, 2N); AHRI 550/590
 *   (chillers rated at standard conditions, here the curve set's reference point); Turner & Seader, Uptime
 *   Institute ("$/kW of capacity" cost model).
 * Validated by: test/models/cooling/installedEquipment.test.ts (hand-computed inventory, hot vs cold design);
 *   test/studies/coolingCapexClimate.test.ts (Phoenix costs more than Oslo)
 * @example installedCoolingEquipment(spec, sizeCooling(spec, design)).find((e) => e.equipment === 'chillers')?.capacityW
 */
import { installedUnits } from '../power/redundancy.js';
import { crahAirFlowM3PerS } from './crah.js';
import { STANDARD_PRESSURE_PA, WATER_DENSITY_KG_PER_M3, WATER_SPECIFIC_HEAT_J_PER_KG_K } from './fluids.js';
import type { ChillerBankParams } from './chillerStaging.js';
import type { CoolingParams } from './plant.js';
import { ratedPumpPowerW } from './pump.js';
import type { CoolingSpec } from './plantSpec.js';
import { CHILLER_CURVE_SETS } from './curves.js';

/** Equipment classes in the order the inventory lists them (and capex prices them). */
export const EQUIPMENT_CLASSES = ['chillers', 'towers', 'dryCoolers', 'crahs', 'cdus', 'pumps'] as const;
export type EquipmentClass = (typeof EQUIPMENT_CLASSES)[number];

export interface InstalledEquipment {
  equipment: EquipmentClass;
  /** Installed units incl. redundancy; undefined where units are not modelled (pumps, CDUs). */
  units?: number;
  /** Installed capacity, W: heat (chillers at rating conditions, towers, dry coolers, CRAHs, CDUs) or electric input (pumps). */
  capacityW: number;
}

/** The classes a plant of this spec installs (what its capex needs a price for). */
export function equipmentClassesOf(spec: CoolingSpec): EquipmentClass[] {
  const present = new Set<EquipmentClass>();
  if (spec.air !== undefined) {
    present.add('chillers').add('crahs').add('pumps');
    if (CHILLER_CURVE_SETS[spec.air.chiller.type].condenser === 'water') present.add('towers');
  }
  if (spec.chilledWaterCdus !== undefined) present.add('cdus').add('pumps');
  const l = spec.liquid;
  if (l !== undefined) {
    present.add('cdus').add('pumps');
    if (l.rejection.kind !== 'tower') present.add('dryCoolers');
    if (l.rejection.kind !== 'dryCooler') present.add('towers');
    if (l.trimChiller !== undefined) present.add('chillers');
    if (l.trimCondenserTower !== undefined) present.add('towers');
  }
  return EQUIPMENT_CLASSES.filter((e) => present.has(e));
}

const bankCapacityW = (b: ChillerBankParams) => b.installed * b.unit.ratedCapacityW;

export function installedCoolingEquipment(spec: CoolingSpec, plant: CoolingParams): InstalledEquipment[] {
  const units = new Map<EquipmentClass, number>();
  const capacity = new Map<EquipmentClass, number>();
  const add = (e: EquipmentClass, capacityW: number, count?: number) => {
    capacity.set(e, (capacity.get(e) ?? 0) + capacityW);
    if (count !== undefined) units.set(e, (units.get(e) ?? 0) + count);
  };
  const { air, liquid } = plant;
  if (air !== undefined && spec.air !== undefined) {
    add('chillers', bankCapacityW(air.chillers), air.chillers.installed);
    const c = air.crah;
    add('crahs', c.units * (c.ratedUnitFlowM3PerS / crahAirFlowM3PerS(c, 1, STANDARD_PRESSURE_PA)), c.units);
    add('pumps', ratedPumpPowerW(air.chilledWaterPump));
    if (air.condenser !== undefined) {
      const t = spec.air.tower;
      const cells = installedUnits(t.dutyCells, 1, t.redundancy);
      add('towers', (air.condenser.tower.ratedHeatW * cells) / t.dutyCells, cells);
      add('pumps', ratedPumpPowerW(air.condenser.pump));
    }
  }
  if (liquid !== undefined && spec.liquid !== undefined) {
    const cduPump = liquid.cdu.pump;
    add('cdus', cduPump.ratedFlowM3PerS * WATER_DENSITY_KG_PER_M3 * WATER_SPECIFIC_HEAT_J_PER_KG_K * liquid.cdu.tcsDeltaTK);
    add('pumps', ratedPumpPowerW(cduPump) + ratedPumpPowerW(liquid.facilityPump));
    const r = spec.liquid.rejection;
    const lr = liquid.rejection;
    const dry = r.kind === 'dryCooler' ? r : r.kind === 'series' ? r.dryCooler : undefined;
    const dryUnit = lr.kind === 'dryCooler' ? lr.unit : lr.kind === 'series' ? lr.unit.dryCooler : undefined;
    if (dry !== undefined && dryUnit !== undefined) {
      const n = installedUnits(dry.dutyUnits, 1, dry.redundancy);
      add('dryCoolers', (dryUnit.hx.waterCapacityWPerK * liquid.facilityDeltaTK * n) / dry.dutyUnits, n);
    }
    const wet = r.kind === 'tower' ? r : r.kind === 'series' ? r.tower : undefined;
    const towerUnit = lr.kind === 'tower' ? lr.unit : lr.kind === 'series' ? lr.unit.tower : undefined;
    if (wet !== undefined && towerUnit !== undefined) {
      const n = installedUnits(wet.dutyCells, 1, wet.redundancy);
      add('towers', (towerUnit.ratedHeatW * n) / wet.dutyCells, n);
    }
    if (liquid.trim !== undefined) add('chillers', bankCapacityW(liquid.trim), liquid.trim.installed);
    const t = spec.liquid.trimCondenserTower;
    if (liquid.trimCondenser !== undefined && t !== undefined) {
      const n = installedUnits(t.dutyCells, 1, t.redundancy);
      add('towers', (liquid.trimCondenser.tower.ratedHeatW * n) / t.dutyCells, n);
      add('pumps', ratedPumpPowerW(liquid.trimCondenser.pump));
    }
  }
  const shared = plant.chilledWaterCdus; // CDUs on the air plant's chilled water: its chillers above already carry their heat
  if (shared !== undefined) {
    const cduPump = shared.cdu.pump;
    add('cdus', cduPump.ratedFlowM3PerS * WATER_DENSITY_KG_PER_M3 * WATER_SPECIFIC_HEAT_J_PER_KG_K * shared.cdu.tcsDeltaTK);
    add('pumps', ratedPumpPowerW(cduPump));
  }
  return EQUIPMENT_CLASSES.filter((e) => capacity.has(e)).map((e) => {
    const count = units.get(e);
    return count === undefined ? { equipment: e, capacityW: capacity.get(e)! } : { equipment: e, units: count, capacityW: capacity.get(e)! };
  });
}
