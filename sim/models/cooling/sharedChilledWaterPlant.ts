/**
 * A design whose CDUs hang on its air plant's chilled water (chilledWaterCdus.ts): one chilled-water plant sized
 * for air + liquid heat, its consumers plus the CDU pumps, evaluated per control interval without allocating.
 *
 * Equation:
 *   sizing: cdus = sizeChilledWaterCdus(liquid design heat); air plant sized for the room-air design heat with
 *     chilledWaterLoadW = liquid design heat + CDU pumps at design (airPlantSizing.ts)
 *   per step: cdu = chilledWaterCdus(liquidHeatW);  air = airPlant(airHeatW, chilledWaterLoadW = cdu.facilityHeatW)
 *   powerW = the air plant's consumers, then cduPumps;  waterKgPerS, chillerLoadW = the air plant's
 *   mode = 'free' when no compressor runs, else the air plant's mode (it now carries both heats)
 * Assumptions: as chilledWaterCdus.ts and airPlant.ts; the air plant is evaluated directly, not through the
 *   per-step tapes of plantTapes.ts (their recorded inputs do not include the CDU load).
 * Validity: an `air` plant is required and `liquid` must be absent (RangeError; the scenario schema reports both
 *   first); heats >= 0 (negative clamped and flagged).
 * References: chilledWaterCdus.ts, airPlant.ts and their sources.
 * Validated by: test/models/cooling/sharedChilledWaterPlant.test.ts (consumers, energy balance, sizing, workspaces)
 * @example coolingPower(sizeCooling({ air, chilledWaterCdus }, design), input).powerW.cduPumps
 */
import { AIR_PLANT_OUTPUTS, airPlantPowerInto, type AirPlantOutput } from './airPlant.js';
import { sizeAirPlant } from './airPlantSizing.js';
import { LIQUID_PLANT_OUTPUTS } from './liquidPlant.js';
import { chilledWaterCdusInto, designChilledWaterLoadW, sizeChilledWaterCdus } from './chilledWaterCdus.js';
import { consumersOf, copyToArray, metersOf } from './plantOutputs.js';
import type { CoolingDesign, CoolingInput, CoolingParams, CoolingSpec, CoolingState, CoolingWorkspace } from './plant.js';

const AIR_CONSUMERS = consumersOf(AIR_PLANT_OUTPUTS);
const airConsumersInto = copyToArray<AirPlantOutput>(AIR_CONSUMERS);

export function sizeSharedChilledWaterPlant(spec: CoolingSpec, design: CoolingDesign): CoolingParams {
  const { air, chilledWaterCdus } = spec;
  if (chilledWaterCdus === undefined) throw new RangeError('cooling: no CDUs on chilled water in this spec');
  if (air === undefined) throw new RangeError('cooling: CDUs on chilled water need the `air` plant whose chilled water feeds them');
  if (spec.liquid !== undefined) throw new RangeError('cooling: a liquid plant and CDUs on chilled water are alternatives, got both');
  const liquidHeatW = Math.max(0, design.liquidHeatW);
  const cdus = sizeChilledWaterCdus(chilledWaterCdus, air.chilledWaterSupplyC, liquidHeatW);
  const airParams = sizeAirPlant(air, {
    heatW: Math.max(0, design.airHeatW), dryBulbC: design.dryBulbC, wetBulbC: design.wetBulbC, pressurePa: design.pressurePa,
    chilledWaterLoadW: designChilledWaterLoadW(cdus, liquidHeatW),
  });
  return { air: airParams, chilledWaterCdus: cdus, components: [...metersOf(AIR_PLANT_OUTPUTS), LIQUID_PLANT_OUTPUTS.cduPumpsW.meter] };
}

/** The shared plant writing each consumer's power into powerW (params.components' order) and the rest into `out`, in the caller's `ws`. */
export function sharedChilledWaterPowerInto(params: CoolingParams, input: CoolingInput, powerW: Float64Array, out: CoolingState,
  ws: CoolingWorkspace): CoolingState {
  const cdu = chilledWaterCdusInto(params.chilledWaterCdus!, Math.max(0, input.liquidHeatW), ws.cdus);
  const a = airPlantPowerInto(params.air!, Math.max(0, input.airHeatW), input, ws.airOut, ws.air, cdu.facilityHeatW);
  airConsumersInto(a, powerW, 0);
  powerW[AIR_CONSUMERS.length] = cdu.pumpPowerW;
  out.waterKgPerS = a.waterKgPerS;
  out.chillerLoadW = a.chillerLoadW;
  out.trimChillerLoadW = 0;
  out.mode = a.chillerLoadW === 0 ? 'free' : a.mode;
  // one plant carries both: the CDUs' heat is the air loop's (the liquid loop has no rejection of its own)
  out.airLoop = input.airHeatW > 0 || cdu.facilityHeatW > 0 ? a.mode : 'idle';
  out.liquidLoop = 'idle';
  out.clamped = input.airHeatW < 0 || input.liquidHeatW < 0 || cdu.clamped || a.clamped;
  return out;
}
