/**
 * Sizes one design at its design point, before the run: racks from the node
 * count, the cooling plant from the design heat, the power chain from the
 * design IT and mechanical power. Helper of simulate.ts (composition only).
 *
 * Design point: every node at full utilization (the design IT power) in the
 * hottest dry-bulb and the most humid wet-bulb hour of the simulated weather
 * file itself. That is more conservative than ASHRAE's 0.4 % conditions and
 * guarantees that the plant, as sized, can hold every hour of the run; a
 * scenario that gives ratings explicitly overrides the sizing.
 */
import type { Design } from '../scenario/schema.js';
import type { WorkloadParams } from '../scenario/schema/workload.js';
import { DEFAULT_IT } from '../scenario/schema/it.js';
import { DEFAULT_POWER_CHAIN } from '../scenario/schema/power.js';
import type { DesignConditions } from '../models/climate/designConditions.js';
import { ratedItPowerW, type ItParams } from '../models/it/itPower.js';
import { nodePowerCurve } from '../models/it/nodePower.js';
import { rackCount, rackWarnings, whiteSpaceAreaM2 } from '../models/it/rack.js';
import { sizePowerChain } from '../models/power/chainSizing.js';
import type { PowerChainParams } from '../models/power/chain.js';
import { sizeCooling, type CoolingParams } from '../models/cooling/plant.js';
import { constantLoads } from '../models/power/constantLoads.js';
import { composeStep, newStepWorkspace, type DesignPlant } from './composeStep.js';
import type { StepInput } from './stepInput.js';

export interface SizedDesign {
  plant: DesignPlant;
  /** Design IT power at the IT input, W. */
  designItPowerW: number;
  /** Design heat to liquid and to room air (IT plus in-building losses), W. */
  designLiquidHeatW: number;
  designAirHeatW: number;
  /** Cooling power at the design point, W. */
  designCoolingPowerW: number;
  /** Facility power at the design point (IT + power chain + cooling + misc), W. */
  designFacilityPowerW: number;
  racks: number;
  nodesPerRack: number;
  whiteSpaceAreaM2: number;
  warnings: string[];
}

export function sizeDesign(d: Design, workload: WorkloadParams, conditions: DesignConditions, pressurePa: number): SizedDesign {
  const nodeCount = workload.nodes.count;
  const nodePeakPowerW = nodePowerCurve(workload.nodes.power)(1);
  const itConfig = { ...(d.it ?? DEFAULT_IT), racks: d.racks };
  const it: ItParams = { ...itConfig, nodeCount, nodePeakPowerW };
  const designItW = ratedItPowerW(itConfig, nodeCount, nodePeakPowerW);
  const sizing = rackCount(d.racks, { nodeCount, nodeItPowerW: designItW / nodeCount });
  const warnings = rackWarnings(d.racks, sizing).map((w) => `designs '${d.id}': ${w}`);
  const areaM2 = whiteSpaceAreaM2(d.racks, sizing.rackCount);
  const inletAirTempC = it.designInletAirTempC;
  const loads = d.loads === undefined ? undefined : constantLoads(d.loads);

  // The design step: every node at full utilization in the design weather. The composition (composeStep.ts)
  // sizes the cooling plant from its heat and the power chain from its mechanical load; the in-building losses
  // that become room heat come from a first chain sized without mechanical load.
  const powerConfig = d.power ?? DEFAULT_POWER_CHAIN;
  const chainNoMech = sizePowerChain(powerConfig, { designItPowerW: designItW, designMechanicalPowerW: 0, whiteSpaceAreaM2: areaM2 });
  const designStep: StepInput = {
    computePowerW: nodeCount * nodePeakPowerW,
    poweredNodes: nodeCount,
    meanUtilization: 1,
    dryBulbC: conditions.maxDryBulb.tempC,
    wetBulbC: conditions.maxWetBulb.tempC,
    pressurePa,
  };
  let cooling: CoolingParams | undefined;
  let power: PowerChainParams | undefined;
  const atDesign = composeStep({ it, power: chainNoMech, inletAirTempC, loads }, designStep, newStepWorkspace(), undefined, {
    cooling: (liquidHeatW, airHeatW) => (cooling = sizeCooling(d.cooling, { liquidHeatW, airHeatW, dryBulbC: designStep.dryBulbC, wetBulbC: designStep.wetBulbC })),
    power: (designMechanicalPowerW) => (power = sizePowerChain(powerConfig, { designItPowerW: designItW, designMechanicalPowerW, whiteSpaceAreaM2: areaM2 })),
  });
  return {
    plant: { id: d.id, it, power: power!, cooling: cooling!, inletAirTempC, ...(loads === undefined ? {} : { loads }) },
    designFacilityPowerW: atDesign.facilityW,
    nodesPerRack: sizing.nodesPerRack,
    designItPowerW: designItW,
    designLiquidHeatW: atDesign.liquidHeatW,
    designAirHeatW: atDesign.airHeatW,
    designCoolingPowerW: atDesign.mechanicalW,
    racks: sizing.rackCount,
    whiteSpaceAreaM2: areaM2,
    warnings,
  };
}
