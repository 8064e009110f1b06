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
import { itPower, ratedItPowerW, type ItParams } from '../models/it/itPower.js';
import { nodePowerCurve } from '../models/it/nodePower.js';
import { rackCount, rackWarnings, whiteSpaceAreaM2 } from '../models/it/rack.js';
import { sizePowerChain } from '../models/power/chainSizing.js';
import { powerChain } from '../models/power/chain.js';
import { coolingPower, sizeCooling } from '../models/cooling/plant.js';
import type { DesignPlant } from './designRun.js';

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

  // depends on: design IT power and its heat split at full load.
  const full = itPower(it, {
    computePowerW: nodeCount * nodePeakPowerW,
    poweredNodes: nodeCount,
    meanUtilization: 1,
    inletAirTempC,
  });
  const powerConfig = d.power ?? DEFAULT_POWER_CHAIN;
  // A first chain without mechanical load gives the in-building losses that become room heat.
  const chainNoMech = sizePowerChain(powerConfig, { designItPowerW: designItW, designMechanicalPowerW: 0, whiteSpaceAreaM2: areaM2 });
  const losses = powerChain(chainNoMech, { itPowerW: full.itPowerW, mechanicalPowerW: 0 });
  const airHeatW = full.airHeatW + losses.distributionLossW + losses.upsLossW + losses.lightingW + losses.miscW;
  const design = {
    liquidHeatW: full.liquidHeatW,
    airHeatW,
    dryBulbC: conditions.maxDryBulb.tempC,
    wetBulbC: conditions.maxWetBulb.tempC,
  };
  const cooling = sizeCooling(d.cooling, design);
  const atDesign = coolingPower(cooling, { ...design, pressurePa });
  let coolingW = 0;
  for (const k of cooling.components) coolingW += atDesign.powerW[k];
  // depends on: the design mechanical power (transformer and any cooling on UPS).
  const power = sizePowerChain(powerConfig, { designItPowerW: designItW, designMechanicalPowerW: coolingW, whiteSpaceAreaM2: areaM2 });
  const chain = powerChain(power, { itPowerW: full.itPowerW, mechanicalPowerW: coolingW });
  const designFacilityPowerW = full.itPowerW + chain.distributionLossW + chain.upsLossW + chain.transformerLossW
    + coolingW + chain.lightingW + chain.miscW;
  return {
    plant: { id: d.id, it, power, cooling, inletAirTempC },
    designFacilityPowerW,
    nodesPerRack: sizing.nodesPerRack,
    designItPowerW: designItW,
    designLiquidHeatW: design.liquidHeatW,
    designAirHeatW: airHeatW,
    designCoolingPowerW: coolingW,
    racks: sizing.rackCount,
    whiteSpaceAreaM2: areaM2,
    warnings,
  };
}
