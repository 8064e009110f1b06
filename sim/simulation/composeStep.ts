/**
 * One design's control step, composed from the pure models in the order each depends on the last:
 *   IT (PSU, fans) -> power chain without mechanical load (in-building losses) -> heat split liquid/air
 *   -> cooling plant -> power chain with the mechanical load -> facility.
 * The only composition of a step: the run calls it every interval (designRun.ts), the design-point sizing
 * calls it once with its sizing hooks (sizeDesign.ts), and the tests call it directly and through both
 * (test/simulation/composeStep.test.ts; the physical balances: test/facility/energyBalance.test.ts).
 * Every input is the step record (stepInput.ts) and the design's sized plant; nothing else is read.
 */
import { itPowerInto, type ItOutput, type ItParams } from '../models/it/itPower.js';
import { powerChainInto, type PowerChainOutput, type PowerChainParams } from '../models/power/chain.js';
import { coolingPowerInto, newCoolingState, newCoolingWorkspace, type CoolingParams, type CoolingState, type CoolingWorkspace,
  type SubPlantModels } from '../models/cooling/plant.js';
import type { StepInput } from './stepInput.js';
import { groupItPowerInto, newItOutput } from './groupItPower.js';
import { NO_CONSTANT_LOADS, type ConstantLoadParams } from '../models/power/constantLoads.js';

/** A design as the run sees it: sized IT, power chain and cooling plant, and its servers' inlet air (the air plant's supply air). */
export interface DesignPlant {
  id: string;
  it: ItParams;
  power: PowerChainParams;
  cooling: CoolingParams;
  inletAirTempC: number;
  /** Several node groups: each group's IT (its rack type, node count and node peak), in group order; `it` is then their whole. */
  groupIt?: ItParams[];
  /** Named constant loads (none when absent). */
  loads?: ConstantLoadParams;
}

/** One step's results. Facility power is the sum of itPowerW, the chain's losses, mechanicalW, lightingW, miscW and the named loads. */
export interface StepOutput {
  /** IT input power (compute, PSU losses, server fans), its compute part, and its heat to liquid and to room air, W. */
  it: ItOutput;
  /** Heat the cooling plant removes: liquid, and room air (IT air heat + distribution, UPS, lighting, misc, loads in the room), W. */
  liquidHeatW: number;
  airHeatW: number;
  /** Each cooling consumer's power in the plant's component order, W, and their sum (the mechanical load), W. */
  coolingW: Float64Array;
  mechanicalW: number;
  /** The cooling plant's water, chiller load, mode and clamping. */
  cooling: CoolingState;
  /** The power chain carrying IT and mechanical load (losses, lighting, misc), W. */
  chain: PowerChainOutput;
  facilityW: number;
}

/** A step's working memory (one per design run): the output record, the models' input records and the plant's workspace. */
export interface StepWorkspace {
  out: StepOutput;
  itInput: { computePowerW: number; poweredNodes: number; meanUtilization: number; inletAirTempC: number };
  chainInput: { itPowerW: number; mechanicalPowerW: number; constantLoadsW: number };
  coolingInput: { liquidHeatW: number; airHeatW: number; dryBulbC: number; wetBulbC: number; pressurePa: number };
  cooling: CoolingWorkspace;
  /** One group's IT input and output (groupItPower.ts). */
  group: { input: { computePowerW: number; poweredNodes: number; meanUtilization: number; inletAirTempC: number }; out: ItOutput; itW: Float64Array };
}

const newChainOutput = (): PowerChainOutput => ({ distributionLossW: 0, upsLossW: 0, transformerLossW: 0, lightingW: 0, miscW: 0, clamped: false });

/** A fresh workspace (its coolingW takes the length of the first plant composed in it). */
export const newStepWorkspace = (): StepWorkspace => ({
  out: {
    it: { itPowerW: 0, computePowerW: 0, psuLossW: 0, fanPowerW: 0, liquidHeatW: 0, airHeatW: 0, clamped: false },
    liquidHeatW: 0, airHeatW: 0, coolingW: new Float64Array(0), mechanicalW: 0,
    cooling: newCoolingState(), chain: newChainOutput(), facilityW: 0,
  },
  itInput: { computePowerW: 0, poweredNodes: 0, meanUtilization: 0, inletAirTempC: 0 },
  chainInput: { itPowerW: 0, mechanicalPowerW: 0, constantLoadsW: 0 },
  coolingInput: { liquidHeatW: 0, airHeatW: 0, dryBulbC: 0, wetBulbC: 0, pressurePa: 0 },
  cooling: newCoolingWorkspace(),
  group: { input: { computePowerW: 0, poweredNodes: 0, meanUtilization: 0, inletAirTempC: 0 }, out: newItOutput(), itW: new Float64Array(0) },
});

/**
 * Design-point sizing inside the composition (sizeDesign.ts): the cooling plant sized from the step's heat,
 * the power chain from its mechanical load. Without hooks the plant's own are used.
 */
export interface StepSizing {
  cooling(liquidHeatW: number, airHeatW: number): CoolingParams;
  power(mechanicalW: number): PowerChainParams;
}

/**
 * Evaluates `plant` on step record `s` into ws.out (returned). `subPlants`: the sub-plant models (taped or direct).
 * With `sizing`, plant.power is the chain sized without mechanical load (it gives the in-building losses) and
 * plant.cooling is not read.
 */
export function composeStep(plant: Omit<DesignPlant, 'id'>, s: StepInput, ws: StepWorkspace, subPlants?: SubPlantModels): StepOutput;
export function composeStep(plant: Omit<DesignPlant, 'id' | 'cooling'>, s: StepInput, ws: StepWorkspace, subPlants: SubPlantModels | undefined,
  sizing: StepSizing): StepOutput;
export function composeStep(plant: Omit<DesignPlant, 'id' | 'cooling'> & { cooling?: CoolingParams }, s: StepInput,
  ws: StepWorkspace, subPlants?: SubPlantModels, sizing?: StepSizing): StepOutput {
  const out = ws.out;
  // depends on: the cluster's mean state; the design's PSU and fan curves at its servers' inlet air (absolute).
  const itInput = ws.itInput;
  itInput.computePowerW = s.computePowerW;
  itInput.poweredNodes = s.poweredNodes;
  itInput.meanUtilization = s.meanUtilization;
  itInput.inletAirTempC = plant.inletAirTempC;
  const it = plant.groupIt === undefined ? itPowerInto(plant.it, itInput, out.it) : groupItPowerInto(plant.groupIt, s, plant.inletAirTempC, ws.group, out.it);
  // depends on: IT power (PDU and UPS losses); these losses and lighting are room-air heat.
  const loads = plant.loads ?? NO_CONSTANT_LOADS;
  const chainIn = ws.chainInput;
  chainIn.itPowerW = it.itPowerW;
  chainIn.mechanicalPowerW = 0;
  chainIn.constantLoadsW = loads.totalW;
  const inside = powerChainInto(plant.power, chainIn, out.chain);
  out.liquidHeatW = it.liquidHeatW;
  out.airHeatW = it.airHeatW + inside.distributionLossW + inside.upsLossW + inside.lightingW + inside.miscW + loads.roomHeatW;
  // depends on: heat to liquid and to air, and the interval's weather.
  const coolingParams = sizing === undefined ? plant.cooling! : sizing.cooling(out.liquidHeatW, out.airHeatW);
  const coolingIn = ws.coolingInput;
  coolingIn.liquidHeatW = out.liquidHeatW;
  coolingIn.airHeatW = out.airHeatW;
  coolingIn.dryBulbC = s.dryBulbC;
  coolingIn.wetBulbC = s.wetBulbC;
  coolingIn.pressurePa = s.pressurePa;
  if (out.coolingW.length !== coolingParams.components.length) out.coolingW = new Float64Array(coolingParams.components.length);
  const coolingW = out.coolingW;
  coolingPowerInto(coolingParams, coolingIn, coolingW, out.cooling, ws.cooling, subPlants);
  let mechanicalW = 0;
  for (let k = 0; k < coolingW.length; k++) mechanicalW += coolingW[k];
  out.mechanicalW = mechanicalW;
  // depends on: IT plus mechanical load through the UPS (any cooling on it) and the transformer.
  chainIn.mechanicalPowerW = mechanicalW;
  const chain = powerChainInto(sizing === undefined ? plant.power : sizing.power(mechanicalW), chainIn, out.chain);
  out.facilityW = it.itPowerW + chain.distributionLossW + chain.upsLossW + chain.transformerLossW + mechanicalW + chain.lightingW + chain.miscW
    + loads.totalW;
  return out;
}
