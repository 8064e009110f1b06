/**
 * Liquid plant for one control interval: CDU pumps, facility-water pumps, free heat rejection (dry cooler,
 * optionally adiabatic, cooling tower, or a dry cooler in series ahead of towers: liquidRejection.ts) and a
 * trim chiller in series (air- or water-cooled: trimChiller.ts) that covers only the part of the load free
 * rejection cannot bring down to the facility supply setpoint.
 *
 * Equation:
 *   cdu = cduPumps(heatW);  facilityHeatW = heatW + cdu pump power + facility pump power
 *   returnC = facilitySupplyC + facilityDeltaTK;  facilityCapacityWPerK = facilityHeatW / facilityDeltaTK
 *   free: the rejection unit alone reaches facilitySupplyC with facilityHeatW (fans modulate)
 *   otherwise (fans at full speed): leavingC solves leavingC = leaving water of the unit for
 *     facilityCapacityWPerK * (returnC - leavingC)   (bisection, bisection.ts; the unit's heat shrinks as leavingC rises)
 *     trimLoadW = facilityCapacityWPerK * (leavingC - facilitySupplyC)   -> trimChiller.ts (condenser: dry bulb or tower)
 *   in every mode the trim chiller alone (all facilityHeatW, unit fans off) replaces the above when it draws
 *     less power (light loads near the limit, where fans would run flat out to shave a few kelvin)
 *   mode: free (no trim), partial (trim and free rejection), mechanical (the unit rejects nothing)
 * Assumptions: constant facility temperature difference (flow follows heat); the trim chiller sits after the
 *   free-rejection unit on the supply and rejects its own heat (air-cooled: fans in its EIR; water-cooled: its
 *   tower cells, whose fans, pump and water count as the trim chiller's);
 *   without a trim chiller the shortfall is unmet (clamped); glycol and freezing are not modelled.
 * Validity: heatW >= 0; facilityDeltaTK > 0; inherits every component's clamping.
 * References: metrics-parameters-tco.md 2.3 (trim only when free rejection cannot hold the supply class);
 *   Modelica Buildings Examples/ChillerWSE.mo (heat exchanger and chiller in series on warm water);
 *   ASHRAE TC9.9 (2021) liquid-cooling classes W17-W45.
 * Validated by: test/models/cooling/liquidPlant.test.ts (warmer class never adds trim load; energy balance);
 *   test/models/cooling/liquidPlantSeries.test.ts; test/models/cooling/trimChiller.test.ts
 * @example liquidPlantPower(sizeLiquidPlant(spec, design), 1e6, { dryBulbC: 35, wetBulbC: 28, pressurePa: 101325 }).trimChillerW
 */
import { bisectDecreasingIn, newSearchRegister, SEARCH_F, SEARCH_STRAIGHT, SEARCH_X, type SearchRegister } from './bisection.js';
import { FULL_FAN_SETPOINT_C } from './effectiveness.js';
import { cduPumpsInto, type CduOutput, type CduParams } from './cdu.js';
import { pumpClamped, pumpPowerAtW, waterFlowKgPerS, type PumpParams } from './pump.js';
import type { ChillerBankParams } from './chillerStaging.js';
import { newRejectionWorkspace, rejectInto, setRejectionLoop, type LiquidRejection, type Rejected } from './liquidRejection.js';
import { newTrimOutput, newTrimWorkspace, trimChillerInto, type TrimCondenser, type TrimOutput } from './trimChiller.js';
import type { PlantMode } from './economizer.js';
import type { PlantWeather } from './airPlant.js';
import { outputFactory, type OutputDeclaration, type PlantOutputOf } from './plantOutputs.js';

export type { LiquidRejection } from './liquidRejection.js';

export interface LiquidPlantParams {
  facilitySupplyC: number;
  facilityDeltaTK: number;
  cdu: CduParams;
  facilityPump: PumpParams;
  rejection: LiquidRejection;
  trim?: ChillerBankParams;
  /** The trim chiller's tower and condenser pump when it is water-cooled; undefined = air-cooled. */
  trimCondenser?: TrimCondenser;
}

/**
 * The liquid plant's numeric outputs, declared once: its electrical consumers (each with its facility meter, in
 * channel order; the rejection fans' meter is named for the rejection kind) and its other outputs.
 * LiquidPlantOutput, its factory, the consumer channels (plant.ts) and the tape columns (plantTapes.ts) derive
 * from it (plantOutputs.ts).
 */
export const LIQUID_PLANT_OUTPUTS = {
  cduPumpsW: { meter: 'cduPumps' },
  facilityPumpsW: { meter: 'facilityWaterPumps' },
  rejectionFansW: { meter: { dryCooler: 'dryCoolerFans', tower: 'liquidTowerFans', series: 'dryCoolerAndTowerFans' } satisfies Record<LiquidRejection['kind'], string> },
  trimChillerW: { meter: 'trimChiller' },
  waterKgPerS: {},
  /** Load free rejection leaves for the trim chiller (the shortfall), W. */
  trimLoadW: {},
  /** Part of trimLoadW the trim chiller removed, W (less when it is missing or overloaded). */
  trimDeliveredW: {},
  heatRejectedW: {},
} as const satisfies OutputDeclaration;

export type LiquidPlantOutput = PlantOutputOf<typeof LIQUID_PLANT_OUTPUTS>;

/**
 * The component models' inputs, outputs and working memory, and the series split's search: the caller's, one per
 * run (a plant runs every control step: nothing is allocated per call, and no state is shared between runs).
 */
export type LiquidPlantWorkspace = ReturnType<typeof newLiquidPlantWorkspace>;

export const newLiquidPlantWorkspace = () => ({
  cdu: { tcsFlowKgPerS: 0, pumpPowerW: 0, facilityHeatW: 0, clamped: false } as CduOutput,
  cduIn: { heatW: 0 },
  alone: newTrimOutput(), trim: newTrimOutput(), trimWs: newTrimWorkspace(), rejection: newRejectionWorkspace(),
  split: { rejection: undefined as unknown as LiquidRejection, w: undefined as unknown as PlantWeather, capacityWPerK: 0, returnC: 0 }, splitRegister: newSearchRegister(),
});

/** The free-rejection unit at this heat and setpoint (its output record is reused: read it before the next call). */
const reject = (r: LiquidRejection, heatW: number, w: PlantWeather, setpointC: number, ws: LiquidPlantWorkspace): Rejected =>
  rejectInto(r, heatW, w, setpointC, ws.rejection);

/** The trim chiller bank at this load, into `out` (its tower and pump included when water-cooled). */
const trimChillers = (p: LiquidPlantParams, loadW: number, w: PlantWeather, out: TrimOutput, ws: LiquidPlantWorkspace): TrimOutput =>
  trimChillerInto(p.trim!, p.trimCondenser, p.facilitySupplyC, loadW, w, out, ws.trimWs);

/** The series split's search: unit leaving water minus the guess in the register, at the split it implies (bisection.ts's protocol). */
const evaluateSplit = (ws: LiquidPlantWorkspace, register: SearchRegister): void => {
  const leavingC = register[SEARCH_X];
  const split = ws.split;
  const excessK = reject(split.rejection, split.capacityWPerK * (split.returnC - leavingC), split.w, FULL_FAN_SETPOINT_C, ws).leavingWaterC - leavingC;
  register[SEARCH_F] = excessK;
  register[SEARCH_STRAIGHT] = excessK;
};

/** A fresh output record (liquidPlantPower's, and the holder a caller of liquidPlantPowerInto keeps). */
export const newLiquidPlantOutput = outputFactory(LIQUID_PLANT_OUTPUTS);

export function liquidPlantPower(p: LiquidPlantParams, heatW: number, w: PlantWeather): LiquidPlantOutput {
  return liquidPlantPowerInto(p, heatW, w, newLiquidPlantOutput(), newLiquidPlantWorkspace());
}

/** liquidPlantPower writing every field of `out` and returning it, working in the caller's `ws` (the per-step path). */
export function liquidPlantPowerInto(p: LiquidPlantParams, heatW: number, w: PlantWeather, out: LiquidPlantOutput,
  ws: LiquidPlantWorkspace): LiquidPlantOutput {
  ws.cduIn.heatW = heatW;
  const cdu = cduPumpsInto(p.cdu, ws.cduIn, ws.cdu);
  const facilityFlowKgPerS = waterFlowKgPerS(cdu.facilityHeatW, p.facilityDeltaTK);
  const facilityPumpsW = pumpPowerAtW(p.facilityPump, facilityFlowKgPerS);
  const facilityHeatW = cdu.facilityHeatW + facilityPumpsW;
  const cduPumpsW = cdu.pumpPowerW;
  let clamped = cdu.clamped || pumpClamped(p.facilityPump, facilityFlowKgPerS);
  out.cduPumpsW = cduPumpsW;
  out.facilityPumpsW = facilityPumpsW;
  if (facilityHeatW <= 0) {
    out.rejectionFansW = 0; out.trimChillerW = 0; out.waterKgPerS = 0; out.trimLoadW = 0; out.trimDeliveredW = 0;
    out.heatRejectedW = facilityHeatW; out.mode = 'free'; out.clamped = clamped;
    return out;
  }
  setRejectionLoop(ws.rejection, p.facilitySupplyC + p.facilityDeltaTK, facilityHeatW / p.facilityDeltaTK);
  // The trim chiller alone (unit fans off) is the fallback whenever it draws less than the alternative.
  const alone = p.trim === undefined ? undefined : trimChillers(p, facilityHeatW, w, ws.alone, ws);
  const aloneW = alone === undefined || alone.clamped ? Infinity : alone.powerW;
  const free = reject(p.rejection, facilityHeatW, w, p.facilitySupplyC, ws);
  if (free.leavingWaterC <= p.facilitySupplyC + 1e-9 && !(aloneW < free.fanPowerW)) {
    out.rejectionFansW = free.fanPowerW; out.trimChillerW = 0; out.waterKgPerS = free.waterKgPerS; out.trimLoadW = 0; out.trimDeliveredW = 0;
    out.heatRejectedW = facilityHeatW; out.mode = 'free'; out.clamped = clamped || free.clamped;
    return out;
  }
  if (free.leavingWaterC <= p.facilitySupplyC + 1e-9) return trimAlone(out, facilityHeatW, alone!, clamped);
  // Series split: the unit cools the return water to leavingC, the trim chiller from leavingC to the setpoint.
  const capacityWPerK = facilityHeatW / p.facilityDeltaTK;
  const returnC = p.facilitySupplyC + p.facilityDeltaTK;
  const split = ws.split;
  split.rejection = p.rejection;
  split.w = w;
  split.capacityWPerK = capacityWPerK;
  split.returnC = returnC;
  // 30 halvings of [facilitySupplyC, returnC] (bisection.ts computes them with a few calls).
  const register = ws.splitRegister;
  register[SEARCH_X] = p.facilitySupplyC;
  evaluateSplit(ws, register);
  const atSupplyK = register[SEARCH_F];
  register[SEARCH_X] = returnC;
  evaluateSplit(ws, register);
  const hi = bisectDecreasingIn(evaluateSplit, ws, register, p.facilitySupplyC, returnC, 30, atSupplyK, register[SEARCH_F]);
  const unit = reject(p.rejection, capacityWPerK * (returnC - hi), w, FULL_FAN_SETPOINT_C, ws); // ws's unit output: read before any other reject call
  const unitFansW = unit.fanPowerW;
  const unitWaterKgPerS = unit.waterKgPerS;
  const unitClamped = unit.clamped;
  const trimLoadW = capacityWPerK * (hi - p.facilitySupplyC);
  const unitHeatW = facilityHeatW - trimLoadW;
  let trimChillerW = 0;
  let trimDeliveredW = 0;
  let trimHeatW = 0;
  let trimWaterKgPerS = 0;
  if (p.trim === undefined) clamped = true;
  else {
    const ch = trimChillers(p, trimLoadW, w, ws.trim, ws);
    if (aloneW < ch.powerW + unitFansW) return trimAlone(out, facilityHeatW, alone!, clamped);
    trimChillerW = ch.powerW;
    trimDeliveredW = ch.deliveredLoadW;
    trimHeatW = ch.condenserHeatW;
    trimWaterKgPerS = ch.waterKgPerS;
    clamped = clamped || ch.clamped;
  }
  const mode = unitHeatW > 1e-6 * facilityHeatW ? 'partial' : 'mechanical';
  out.rejectionFansW = unitFansW; out.trimChillerW = trimChillerW; out.waterKgPerS = unitWaterKgPerS + trimWaterKgPerS; out.trimLoadW = trimLoadW;
  out.trimDeliveredW = trimDeliveredW; out.heatRejectedW = unitHeatW + trimHeatW; out.mode = mode; out.clamped = clamped || unitClamped;
  return out;
}

/** The trim chiller carries all the heat, the free-rejection unit is off (the pumps' fields are written already). */
function trimAlone(out: LiquidPlantOutput, facilityHeatW: number, alone: TrimOutput, clamped: boolean): LiquidPlantOutput {
  out.rejectionFansW = 0; out.trimChillerW = alone.powerW; out.waterKgPerS = alone.waterKgPerS; out.trimLoadW = facilityHeatW;
  out.trimDeliveredW = alone.deliveredLoadW; out.heatRejectedW = alone.condenserHeatW; out.mode = 'mechanical'; out.clamped = clamped;
  return out;
}
