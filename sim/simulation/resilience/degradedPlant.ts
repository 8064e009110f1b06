/**
 * A design's sized plant with only the units in service: what its meters run on while units are out
 * (designRun.ts), so staging, fan speeds and the trim chiller answer to the failure.
 *
 * Equation (x = n / installed for a group with n of its installed units in service):
 *   chillers (air plant, trim): installed = n, staged as before (chillerStaging.ts: an overloaded bank runs all
 *     its units at their limit and delivers less)
 *   CRAHs: units = n (the units in service share the air flow: higher speed, fan power ~ speed^3)
 *   dry coolers, tower cells: air flow, UA (or conductance) and rated fan power times x, at the same water flow
 *     (the linear scaling the sizing applies for redundant units: dryCooler.ts, coolingTower.ts capacityFactor)
 *   UPS modules, transformers: units = n (their losses at the higher load fraction of each unit in service)
 * Assumptions: a group with no unit in service is metered as one unit (the models need at least one; the heat
 *   it leaves and the nodes it trips come from the failure history, history.ts); CDU pumps are one aggregate
 *   per loop (their power at the loop's flow does not change with the pumps in service); the utility feed's
 *   state does not change the plant (the power path is in powerPath.ts).
 * Validity: a plant sized by sizeDesign.ts and the groups designUnits.ts lists for it.
 * References: designUnits.ts; the sizing models named above.
 * Validated by: test/simulation/resilience/degradedPlant.test.ts (one chiller out raises the others' load;
 *   a dry-cooler bank out raises fan power at the same heat)
 */
import type { DesignPlant } from '../composeStep.js';
import type { DryCoolerParams } from '../../models/cooling/dryCooler.js';
import type { CoolingTowerParams } from '../../models/cooling/coolingTower.js';
import type { LiquidRejection } from '../../models/cooling/liquidRejection.js';
import type { UnitGroup } from './designUnits.js';

const dryCooler = (u: DryCoolerParams, x: number): DryCoolerParams =>
  ({ ...u, hx: { ...u.hx, uaWPerK: u.hx.uaWPerK * x, airCapacityWPerK: u.hx.airCapacityWPerK * x }, airKgPerS: u.airKgPerS * x, ratedFanPowerW: u.ratedFanPowerW * x });
const tower = (u: CoolingTowerParams, x: number): CoolingTowerParams =>
  ({ ...u, airKgPerS: u.airKgPerS * x, conductanceKgPerS: u.conductanceKgPerS * x, ratedFanPowerW: u.ratedFanPowerW * x });

function rejection(r: LiquidRejection, id: string, x: number): LiquidRejection {
  if (id === 'dryCooler') {
    if (r.kind === 'dryCooler') return { kind: 'dryCooler', unit: dryCooler(r.unit, x) };
    if (r.kind === 'series') return { kind: 'series', unit: { ...r.unit, dryCooler: dryCooler(r.unit.dryCooler, x) } };
  }
  if (id === 'liquidTower') {
    if (r.kind === 'tower') return { kind: 'tower', unit: tower(r.unit, x) };
    if (r.kind === 'series') return { kind: 'series', unit: { ...r.unit, tower: tower(r.unit.tower, x) } };
  }
  return r;
}

/** The plant with `inService[k]` units of groups[k] (those below their installed count changed, the rest shared). */
export function degradedPlant(plant: DesignPlant, groups: readonly UnitGroup[], inService: ArrayLike<number>): DesignPlant {
  let { cooling, power } = plant;
  groups.forEach((g, k) => {
    if (inService[k] >= g.installed) return;
    const n = Math.max(1, inService[k]);
    const x = n / g.installed;
    const air = cooling.air;
    const liquid = cooling.liquid;
    if (g.id === 'chiller' && air !== undefined) cooling = { ...cooling, air: { ...air, chillers: { ...air.chillers, installed: n } } };
    else if (g.id === 'crah' && air !== undefined) cooling = { ...cooling, air: { ...air, crah: { ...air.crah, units: n } } };
    else if (g.id === 'tower' && air?.condenser !== undefined) {
      cooling = { ...cooling, air: { ...air, condenser: { ...air.condenser, tower: tower(air.condenser.tower, x) } } };
    } else if ((g.id === 'dryCooler' || g.id === 'liquidTower') && liquid !== undefined) {
      cooling = { ...cooling, liquid: { ...liquid, rejection: rejection(liquid.rejection, g.id, x) } };
    } else if (g.id === 'trimChiller' && liquid?.trim !== undefined) cooling = { ...cooling, liquid: { ...liquid, trim: { ...liquid.trim, installed: n } } };
    else if (g.id === 'ups') power = { ...power, ups: { ...power.ups, modules: n } };
    else if (g.id === 'transformer') power = { ...power, transformer: { ...power.transformer, units: n } };
  });
  return { ...plant, cooling, power };
}
