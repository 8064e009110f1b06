/**
 * A design's whole cooling plant: sizing from the scenario at the design point, the stable list of its
 * electrical consumers, and its power, water and mode in one control interval.
 *
 * Equation:
 *   air plant (airPlant.ts) gets airHeatW; liquid plant (liquidPlant.ts) gets liquidHeatW; a design without
 *   one of them sends that heat to the other (a liquid-only plant then also takes the residual room heat)
 *   powerW = the air plant's consumers + the liquid plant's consumers (keys always present, 0 when off); a
 *     plant's consumers are the outputs its declaration gives a meter (AIR_PLANT_OUTPUTS, LIQUID_PLANT_OUTPUTS)
 *   waterKgPerS = tower make-up + adiabatic spray water;  chillerLoadW = air chillers + trim chiller
 *   CDUs on the air plant's chilled water (spec.chilledWaterCdus): sharedChilledWaterPlant.ts instead of the above
 *   mode: 'free' when no compressor runs; 'mechanical' when every plant carrying heat runs on compressors
 *     alone; 'partial' otherwise
 *   airLoop, liquidLoop: each loop's own mode ('idle' when the design has no such loop or it carried no heat),
 *     so a liquid loop running free is not reported as compressor time because its residual-air plant runs
 * Assumptions: the two plants are independent (no shared tower or chillers); hybrid designs are just both
 *   plants with their shares of heat. Racks that leave compute heat in room air must have an air plant (the
 *   scenario refuses them otherwise: sim/scenario/schema/roomAir.ts). A full-liquid design without one sends
 *   its residual room heat (uncaptured PSU losses, UPS and distribution losses, lighting, misc; a few % of IT)
 *   to the liquid plant, as room coolers on the warm water would (assumption: their fans are not metered and
 *   their supply air, a few K above the facility supply, is taken as acceptable for electrical rooms); give
 *   `cooling.air` to meter that heat's own plant. An air-only plant takes liquid heat (CDUs on chilled water).
 * Validity: heats >= 0 (negative clamped); weather as each component accepts.
 * References: airPlant.ts, liquidPlant.ts and their sources; metrics-parameters-tco.md 2.3 (free, partial,
 *   mechanical hours).
 * Validated by: test/models/cooling/plant.test.ts (keys, monotonicity in weather, warmer class never worse)
 * @example coolingPower(sizeCooling(spec, design), { liquidHeatW: 0, airHeatW: 1e6, dryBulbC: 10, wetBulbC: 5, pressurePa: 101325 }).mode // => 'free'
 */
import { AIR_PLANT_OUTPUTS, airPlantPowerInto, newAirPlantOutput, newAirPlantWorkspace, type AirPlantOutput, type AirPlantParams, type AirPlantWorkspace,
  type PlantWeather } from './airPlant.js';
import { sizeAirPlant } from './airPlantSizing.js';
import { LIQUID_PLANT_OUTPUTS, liquidPlantPowerInto, newLiquidPlantOutput, newLiquidPlantWorkspace, type LiquidPlantOutput, type LiquidPlantParams,
  type LiquidPlantWorkspace } from './liquidPlant.js';
import { sizeLiquidPlant } from './liquidPlantSizing.js';
import type { PlantMode } from './economizer.js';
import type { CoolingSpec } from './plantSpec.js';
import { consumersOf, copyToArray, metersOf } from './plantOutputs.js';
import { newChilledWaterCduWorkspace, type ChilledWaterCduParams, type ChilledWaterCduWorkspace } from './chilledWaterCdus.js';
import { sharedChilledWaterPowerInto, sizeSharedChilledWaterPlant } from './sharedChilledWaterPlant.js';

export type { CoolingSpec } from './plantSpec.js';

export interface CoolingInput {
  liquidHeatW: number;
  airHeatW: number;
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
}

/** One loop's mode in a step: its own sub-plant's mode, or 'idle' when the loop is absent or carried no heat. */
export type LoopMode = PlantMode | 'idle';

export interface CoolingOutput {
  powerW: Record<string, number>;
  waterKgPerS: number;
  chillerLoadW: number;
  /** The liquid plant's trim chiller share of chillerLoadW, W. */
  trimChillerLoadW: number;
  mode: PlantMode;
  airLoop: LoopMode;
  liquidLoop: LoopMode;
  clamped: boolean;
}

export interface CoolingParams {
  air?: AirPlantParams;
  liquid?: LiquidPlantParams;
  /** CDUs on the air plant's chilled water instead of a liquid plant (sharedChilledWaterPlant.ts). */
  chilledWaterCdus?: ChilledWaterCduParams;
  components: readonly string[];
}

export interface CoolingDesign {
  liquidHeatW: number;
  airHeatW: number;
  dryBulbC: number;
  wetBulbC: number;
  /** Site air pressure, Pa: plants are sized at the site's air density (default sea level). */
  pressurePa?: number;
}

/** The facility meter of each loop's compressors: the air plant's chillers, the liquid plant's trim chiller. */
export const COMPRESSOR_METERS = {
  air: metersOf({ chillerW: AIR_PLANT_OUTPUTS.chillerW })[0],
  liquid: metersOf({ trimChillerW: LIQUID_PLANT_OUTPUTS.trimChillerW })[0],
} as const;

/** Each sub-plant's consumers (its declared outputs with a meter), in the order of their facility channels, and their copy into powerW. */
const AIR_CONSUMERS = consumersOf(AIR_PLANT_OUTPUTS);
const LIQUID_CONSUMERS = consumersOf(LIQUID_PLANT_OUTPUTS);
const airConsumersInto = copyToArray<AirPlantOutput>(AIR_CONSUMERS);
const liquidConsumersInto = copyToArray<LiquidPlantOutput>(LIQUID_CONSUMERS);

export function sizeCooling(spec: CoolingSpec, design: CoolingDesign): CoolingParams {
  if (spec.chilledWaterCdus !== undefined) return sizeSharedChilledWaterPlant(spec, design);
  if (spec.air === undefined && spec.liquid === undefined) throw new RangeError('cooling: a plant needs `air`, `liquid` or both');
  const weather = { dryBulbC: design.dryBulbC, wetBulbC: design.wetBulbC, pressurePa: design.pressurePa };
  const airHeatW = Math.max(0, design.airHeatW) + (spec.liquid === undefined ? Math.max(0, design.liquidHeatW) : 0);
  const liquidHeatW = Math.max(0, design.liquidHeatW) + (spec.air === undefined ? Math.max(0, design.airHeatW) : 0);
  const air = spec.air === undefined ? undefined : sizeAirPlant(spec.air, { heatW: airHeatW, ...weather });
  const liquid = spec.liquid === undefined ? undefined : sizeLiquidPlant(spec.liquid, { heatW: liquidHeatW, ...weather });
  const components: string[] = [];
  if (air !== undefined) components.push(...metersOf(AIR_PLANT_OUTPUTS));
  if (liquid !== undefined) components.push(...metersOf(LIQUID_PLANT_OUTPUTS, liquid.rejection.kind));
  return { air, liquid, components };
}

export function coolingComponents(params: CoolingParams): readonly string[] {
  return params.components;
}

const combine = (a: PlantMode | undefined, b: PlantMode | undefined): PlantMode => {
  if (a === undefined) return b ?? 'free';
  if (b === undefined || a === b) return a;
  return a === 'free' && b === 'free' ? 'free' : 'partial';
};

export function coolingPower(params: CoolingParams, input: CoolingInput): CoolingOutput {
  const values = new Float64Array(params.components.length);
  const state = coolingPowerInto(params, input, values, newCoolingState(), newCoolingWorkspace());
  const powerW: Record<string, number> = {};
  params.components.forEach((k, i) => (powerW[k] = values[i]));
  return { powerW, ...state };
}

/**
 * The two sub-plant models, each writing every field of `out` and returning it, working in `ws`; a caller may
 * pass memoizing stand-ins that write exactly what these write.
 */
export interface SubPlantModels {
  air: (params: AirPlantParams, heatW: number, w: PlantWeather, out: AirPlantOutput, ws: AirPlantWorkspace) => AirPlantOutput;
  liquid: (params: LiquidPlantParams, heatW: number, w: PlantWeather, out: LiquidPlantOutput, ws: LiquidPlantWorkspace) => LiquidPlantOutput;
}

const SUB_PLANTS: SubPlantModels = { air: airPlantPowerInto, liquid: liquidPlantPowerInto };

/** A run's working memory for coolingPowerInto (caller-owned, one per run): the sub-plants' output records and workspaces. */
export interface CoolingWorkspace {
  airOut: AirPlantOutput;
  liquidOut: LiquidPlantOutput;
  air: AirPlantWorkspace;
  liquid: LiquidPlantWorkspace;
  cdus: ChilledWaterCduWorkspace;
}

export const newCoolingWorkspace = (): CoolingWorkspace => ({
  airOut: newAirPlantOutput(), liquidOut: newLiquidPlantOutput(), air: newAirPlantWorkspace(), liquid: newLiquidPlantWorkspace(), cdus: newChilledWaterCduWorkspace(),
});

/** What coolingPower returns besides the consumers' powers. */
export type CoolingState = Omit<CoolingOutput, 'powerW'>;

export const newCoolingState = (): CoolingState => ({ waterKgPerS: 0, chillerLoadW: 0, trimChillerLoadW: 0, mode: 'free', airLoop: 'idle', liquidLoop: 'idle', clamped: false });

/**
 * coolingPower writing each consumer's power into powerW[i], in the order of params.components, and the rest
 * into `out` (returned), working in the caller's `ws`: nothing is allocated per call.
 */
export function coolingPowerInto(params: CoolingParams, input: CoolingInput, powerW: Float64Array, out: CoolingState,
  ws: CoolingWorkspace, plants: SubPlantModels = SUB_PLANTS): CoolingState {
  if (params.chilledWaterCdus !== undefined) return sharedChilledWaterPowerInto(params, input, powerW, out, ws);
  const w: PlantWeather = input; // the sub-plants read its weather fields only
  const clampedInput = input.airHeatW < 0 || input.liquidHeatW < 0;
  const airIn = Math.max(0, input.airHeatW);
  const liquidIn = Math.max(0, input.liquidHeatW);
  let waterKgPerS = 0;
  let chillerLoadW = 0;
  let trimChillerLoadW = 0;
  let clamped = clampedInput;
  let airMode: PlantMode | undefined;
  let liquidMode: PlantMode | undefined;
  let k = 0; // the air plant's consumers, then the liquid plant's, each in declaration order (sizeCooling's order)
  if (params.air !== undefined) {
    const heatW = airIn + (params.liquid === undefined ? liquidIn : 0);
    const a = plants.air(params.air, heatW, w, ws.airOut, ws.air);
    airConsumersInto(a, powerW, k);
    k += AIR_CONSUMERS.length;
    waterKgPerS += a.waterKgPerS;
    chillerLoadW += a.chillerLoadW;
    clamped = clamped || a.clamped;
    if (heatW > 0) airMode = a.mode;
  }
  if (params.liquid !== undefined) {
    const heatW = liquidIn + (params.air === undefined ? airIn : 0);
    const l = plants.liquid(params.liquid, heatW, w, ws.liquidOut, ws.liquid);
    liquidConsumersInto(l, powerW, k);
    k += LIQUID_CONSUMERS.length;
    waterKgPerS += l.waterKgPerS;
    chillerLoadW += l.trimDeliveredW;
    trimChillerLoadW = l.trimDeliveredW;
    clamped = clamped || l.clamped;
    if (heatW > 0) liquidMode = l.mode;
  }
  out.waterKgPerS = waterKgPerS;
  out.chillerLoadW = chillerLoadW;
  out.trimChillerLoadW = trimChillerLoadW;
  out.mode = chillerLoadW === 0 ? 'free' : combine(airMode, liquidMode);
  out.airLoop = airMode ?? 'idle';
  out.liquidLoop = liquidMode ?? 'idle';
  out.clamped = clamped;
  return out;
}
