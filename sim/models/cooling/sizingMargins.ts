/**
 * The margin a sized plant carries at its design point: how its heat-rejection units (dry coolers, tower cells)
 * perform at the design heat and design weather with only their duty units running (the typed approach, by the
 * sizing) and with every installed unit running (the staging rule), so the redundancy's effect is stated, not hidden.
 *
 * Equation:
 *   capacityFactor f = installed / duty                          (N+1 of 4 dry coolers: 5 / 4)
 *   dry cooler: approachK = leaving water - entering air at full fan for the design heat (effectiveness.ts);
 *     duty units: UA / f and air capacity / f (the installed exchanger scaled back to its duty units)
 *   tower: approachK = leaving water - design wet bulb at full fan for the rated heat (coolingTower.ts);
 *     duty cells: air flow, conductance and fan power / f
 * Assumptions: staging rule "all installed units run at one common fan speed" (ASHRAE 90.1-2013 6.5.5.2.2 for
 *   multiple-cell heat-rejection equipment with variable-speed fans; the runtime models do this), so at the design
 *   point the standby unit(s) lower the approach below the typed one, and with one unit out the duty units still hold
 *   the typed approach. Identical units; water flow shared by the units in service.
 * Validity: plants as sized by airPlantSizing.ts and liquidPlantSizing.ts (capacityFactor from the same spec).
 * References: ASHRAE Standard 90.1-2013 section 6.5.5.2.2 (heat-rejection fan control: operate the maximum number of
 *   fans, all at the same speed), as described in ASHRAE Journal, February 2014, p. 36 ("this fan control method for
 *   multi-cell cooling towers and other heat rejection equipment has been added as a requirement in Standard 90.1-2013");
 *   PNNL ConStrain verification item HeatRejectionFanVariableFlowControlsCells (90.1-2016 6.5.5.2.2).
 * Validated by: test/models/cooling/sizingMargins.test.ts (duty units hold the typed approach within 0.1 K; all
 *   units beat it)
 * @example rejectionMargin(sizeLiquidPlant(spec, design), spec).approachDutyUnitsK // => 6.0 for a typed 6 K approach
 */
import { installedUnits, type Redundancy } from '../power/redundancy.js';
import { approachK, FULL_FAN_SETPOINT_C } from './effectiveness.js';
import { coolingTower, type CoolingTowerParams } from './coolingTower.js';
import type { DryCoolerParams } from './dryCooler.js';
import type { LiquidPlantParams } from './liquidPlant.js';
import type { AirPlantParams } from './airPlant.js';
import type { AirPlantSpec, LiquidPlantSpec } from './plantSpec.js';

export const STAGING_RULE =
  'heat rejection: all installed units run at one fan speed (ASHRAE 90.1-2013 6.5.5.2.2); CRAHs: all run and share the ' +
  'air flow; chillers: the count drawing least power runs (chillerStaging.ts)';

export interface RejectionMargin {
  equipment: 'dryCooler' | 'tower';
  dutyUnits: number;
  installedUnits: number;
  /** The scenario's approach (to dry bulb for dry coolers, to wet bulb for towers), K. */
  typedApproachK: number;
  /** Approach at the design heat and weather, full fan, duty units only / every installed unit, K. */
  approachDutyUnitsK: number;
  approachAllUnitsK: number;
}

const factorOf = (duty: number, redundancy: Redundancy) => installedUnits(duty, 1, redundancy) / duty;

function dryCoolerMargin(p: DryCoolerParams, typedApproachK: number, designRangeK: number, duty: number, redundancy: Redundancy): RejectionMargin {
  const f = factorOf(duty, redundancy);
  const heatW = p.hx.waterCapacityWPerK * designRangeK;
  const dutyHx = { ...p.hx, uaWPerK: p.hx.uaWPerK / f, airCapacityWPerK: p.hx.airCapacityWPerK / f };
  return {
    equipment: 'dryCooler', dutyUnits: duty, installedUnits: Math.round(duty * f), typedApproachK,
    approachDutyUnitsK: approachK(dutyHx, heatW, 1), approachAllUnitsK: approachK(p.hx, heatW, 1),
  };
}

function towerMargin(p: CoolingTowerParams, duty: number, redundancy: Redundancy, pressurePa: number): RejectionMargin {
  const f = factorOf(duty, redundancy);
  const dutyCells: CoolingTowerParams = { ...p, airKgPerS: p.airKgPerS / f, conductanceKgPerS: p.conductanceKgPerS / f, ratedFanPowerW: p.ratedFanPowerW / f };
  const at = (t: CoolingTowerParams) =>
    coolingTower(t, { heatW: p.ratedHeatW, dryBulbC: p.designWetBulbC, wetBulbC: p.designWetBulbC, pressurePa, leavingSetpointC: FULL_FAN_SETPOINT_C }).leavingWaterC - p.designWetBulbC;
  return {
    equipment: 'tower', dutyUnits: duty, installedUnits: Math.round(duty * f), typedApproachK: p.designApproachK,
    approachDutyUnitsK: at(dutyCells), approachAllUnitsK: at(p),
  };
}

/** The liquid plant's free-rejection unit at its design point. */
export function liquidRejectionMargin(p: LiquidPlantParams, spec: LiquidPlantSpec, pressurePa: number): RejectionMargin {
  const r = spec.rejection;
  if (p.rejection.kind === 'dryCooler' && r.kind === 'dryCooler') {
    return dryCoolerMargin(p.rejection.unit, r.approachK, spec.facilityDeltaTK, r.dutyUnits, r.redundancy);
  }
  if (p.rejection.kind === 'tower' && r.kind === 'tower') return towerMargin(p.rejection.unit, r.dutyCells, r.redundancy, pressurePa);
  // in series the towers are sized for the whole design heat (the dry cooler ahead is off at the design wet bulb's heat)
  if (p.rejection.kind === 'series' && r.kind === 'series') return towerMargin(p.rejection.unit.tower, r.tower.dutyCells, r.tower.redundancy, pressurePa);
  throw new RangeError('sizingMargins: the sized rejection does not match its spec');
}

/** The air plant's cooling tower at its design point (undefined for air-cooled chillers). */
export function airTowerMargin(p: AirPlantParams, spec: AirPlantSpec, pressurePa: number): RejectionMargin | undefined {
  return p.condenser === undefined ? undefined : towerMargin(p.condenser.tower, spec.tower.dutyCells, spec.tower.redundancy, pressurePa);
}
