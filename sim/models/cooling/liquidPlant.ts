/**
 * Liquid plant for one control interval: CDU pumps, facility-water pumps, free heat rejection (dry cooler,
 * optionally adiabatic, or cooling tower) and an air-cooled trim chiller in series that covers only the part
 * of the load free rejection cannot bring down to the facility supply setpoint.
 *
 * Equation:
 *   cdu = cduPumps(heatW);  facilityHeatW = heatW + cdu pump power + facility pump power
 *   returnC = facilitySupplyC + facilityDeltaTK;  facilityCapacityWPerK = facilityHeatW / facilityDeltaTK
 *   free: the rejection unit alone reaches facilitySupplyC with facilityHeatW (fans modulate)
 *   otherwise (fans at full speed): leavingC solves leavingC = leaving water of the unit for
 *     facilityCapacityWPerK * (returnC - leavingC)   (bisection, bisection.ts; the unit's heat shrinks as leavingC rises)
 *     trimLoadW = facilityCapacityWPerK * (leavingC - facilitySupplyC)   -> stagedChillers(trim, condenser = dry bulb)
 *   in every mode the trim chiller alone (all facilityHeatW, unit fans off) replaces the above when it draws
 *     less power (light loads near the limit, where fans would run flat out to shave a few kelvin)
 *   mode: free (no trim), partial (trim and free rejection), mechanical (the unit rejects nothing)
 * Assumptions: constant facility temperature difference (flow follows heat); the trim chiller sits after the
 *   free-rejection unit on the supply and rejects its own heat to outdoor air (air-cooled, fans in its EIR);
 *   without a trim chiller the shortfall is unmet (clamped); glycol and freezing are not modelled.
 * Validity: heatW >= 0; facilityDeltaTK > 0; inherits every component's clamping.
 * References: metrics-parameters-tco.md 2.3 (trim only when free rejection cannot hold the supply class);
 *   Modelica Buildings Examples/ChillerWSE.mo (heat exchanger and chiller in series on warm water);
 *   ASHRAE TC9.9 (2021) liquid-cooling classes W17-W45.
 * Validated by: test/models/cooling/liquidPlant.test.ts (warmer class never adds trim load; energy balance)
 * @example liquidPlantPower(sizeLiquidPlant(spec, design), 1e6, { dryBulbC: 35, wetBulbC: 28, pressurePa: 101325 }).trimChillerW
 */
import { bisectDecreasing } from './bisection.js';
import { cduPumps, type CduParams } from './cdu.js';
import { pumpPower, waterFlowKgPerS, type PumpParams } from './pump.js';
import { stagedChillers, type ChillerBankOutput, type ChillerBankParams } from './chillerStaging.js';
import { dryCooler, type DryCoolerParams } from './dryCooler.js';
import { coolingTower, type CoolingTowerParams } from './coolingTower.js';
import type { PlantMode } from './economizer.js';
import type { PlantWeather } from './airPlant.js';

export type LiquidRejection = { kind: 'dryCooler'; unit: DryCoolerParams } | { kind: 'tower'; unit: CoolingTowerParams };

export interface LiquidPlantParams {
  facilitySupplyC: number;
  facilityDeltaTK: number;
  cdu: CduParams;
  facilityPump: PumpParams;
  rejection: LiquidRejection;
  trim?: ChillerBankParams;
}

export interface LiquidPlantOutput {
  cduPumpsW: number;
  facilityPumpsW: number;
  rejectionFansW: number;
  trimChillerW: number;
  waterKgPerS: number;
  /** Load free rejection leaves for the trim chiller (the shortfall), W. */
  trimLoadW: number;
  /** Part of trimLoadW the trim chiller removed, W (less when it is missing or overloaded). */
  trimDeliveredW: number;
  heatRejectedW: number;
  mode: PlantMode;
  clamped: boolean;
}

interface Rejected {
  leavingWaterC: number;
  fanPowerW: number;
  waterKgPerS: number;
  clamped: boolean;
}

function reject(r: LiquidRejection, heatW: number, w: PlantWeather, setpointC: number): Rejected {
  if (r.kind === 'dryCooler') {
    return dryCooler(r.unit, { heatW, dryBulbC: w.dryBulbC, wetBulbC: w.wetBulbC, pressurePa: w.pressurePa, leavingSetpointC: setpointC });
  }
  return coolingTower(r.unit, { heatW, wetBulbC: w.wetBulbC, pressurePa: w.pressurePa, leavingSetpointC: setpointC });
}

/** The output record, built in one place (one object shape: the plant runs every control step). */
function output(cduPumpsW: number, facilityPumpsW: number, rejectionFansW: number, trimChillerW: number, waterKgPerS: number,
  trimLoadW: number, trimDeliveredW: number, heatRejectedW: number, mode: PlantMode, clamped: boolean): LiquidPlantOutput {
  return { cduPumpsW, facilityPumpsW, rejectionFansW, trimChillerW, waterKgPerS, trimLoadW, trimDeliveredW, heatRejectedW, mode, clamped };
}

export function liquidPlantPower(p: LiquidPlantParams, heatW: number, w: PlantWeather): LiquidPlantOutput {
  const cdu = cduPumps(p.cdu, { heatW });
  const pump = pumpPower(p.facilityPump, { flowKgPerS: waterFlowKgPerS(cdu.facilityHeatW, p.facilityDeltaTK) });
  const facilityHeatW = cdu.facilityHeatW + pump.powerW;
  const cduPumpsW = cdu.pumpPowerW;
  const facilityPumpsW = pump.powerW;
  let clamped = cdu.clamped || pump.clamped;
  if (facilityHeatW <= 0) return output(cduPumpsW, facilityPumpsW, 0, 0, 0, 0, 0, facilityHeatW, 'free', clamped);
  // The trim chiller alone (unit fans off) is the fallback whenever it draws less than the alternative.
  const alone = p.trim === undefined ? undefined
    : stagedChillers(p.trim, { loadW: facilityHeatW, chilledWaterSupplyC: p.facilitySupplyC, condenserEnteringC: w.dryBulbC });
  const aloneW = alone === undefined || alone.clamped ? Infinity : alone.powerW;
  const free = reject(p.rejection, facilityHeatW, w, p.facilitySupplyC);
  if (free.leavingWaterC <= p.facilitySupplyC + 1e-9 && !(aloneW < free.fanPowerW)) {
    return output(cduPumpsW, facilityPumpsW, free.fanPowerW, 0, free.waterKgPerS, 0, 0, facilityHeatW, 'free', clamped || free.clamped);
  }
  if (free.leavingWaterC <= p.facilitySupplyC + 1e-9) return trimAlone(cduPumpsW, facilityPumpsW, facilityHeatW, alone!, clamped);
  // Series split: the unit cools the return water to leavingC, the trim chiller from leavingC to the setpoint.
  const capacityWPerK = facilityHeatW / p.facilityDeltaTK;
  const returnC = p.facilitySupplyC + p.facilityDeltaTK;
  // 30 halvings of [facilitySupplyC, returnC] (bisection.ts computes them with a few calls).
  const hi = bisectDecreasing((leavingC) => reject(p.rejection, capacityWPerK * (returnC - leavingC), w, -100).leavingWaterC - leavingC,
    p.facilitySupplyC, returnC, 30);
  const unit = reject(p.rejection, capacityWPerK * (returnC - hi), w, -100);
  const trimLoadW = capacityWPerK * (hi - p.facilitySupplyC);
  const unitHeatW = facilityHeatW - trimLoadW;
  let trimChillerW = 0;
  let trimDeliveredW = 0;
  let trimHeatW = 0;
  if (p.trim === undefined) clamped = true;
  else {
    const ch = stagedChillers(p.trim, { loadW: trimLoadW, chilledWaterSupplyC: p.facilitySupplyC, condenserEnteringC: w.dryBulbC });
    if (aloneW < ch.powerW + unit.fanPowerW) return trimAlone(cduPumpsW, facilityPumpsW, facilityHeatW, alone!, clamped);
    trimChillerW = ch.powerW;
    trimDeliveredW = ch.deliveredLoadW;
    trimHeatW = ch.condenserHeatW;
    clamped = clamped || ch.clamped;
  }
  const mode = unitHeatW > 1e-6 * facilityHeatW ? 'partial' : 'mechanical';
  return output(cduPumpsW, facilityPumpsW, unit.fanPowerW, trimChillerW, unit.waterKgPerS, trimLoadW, trimDeliveredW,
    unitHeatW + trimHeatW, mode, clamped || unit.clamped);
}

/** The trim chiller carries all the heat, the free-rejection unit is off. */
function trimAlone(cduPumpsW: number, facilityPumpsW: number, facilityHeatW: number, alone: ChillerBankOutput, clamped: boolean): LiquidPlantOutput {
  return output(cduPumpsW, facilityPumpsW, 0, alone.powerW, 0, facilityHeatW, alone.deliveredLoadW, alone.condenserHeatW, 'mechanical', clamped);
}
