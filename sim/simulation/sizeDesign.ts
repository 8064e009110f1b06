/**
 * Sizes one design at its design point, before the run: racks from the node
 * count, the cooling plant from the design heat, the power chain from the
 * design IT and mechanical power. Helper of simulate.ts (composition only).
 *
 * Design point: every node at full utilization (the design IT power) in the
 * design weather the scenario chooses (`site.designBasis`, designConditions.ts):
 * by default the hottest dry-bulb and the most humid wet-bulb hour of the
 * simulated weather file itself ('file-extreme'), which guarantees that the
 * plant, as sized, can hold every hour of the run; '0.4%', '1%' or '2%' size at
 * the file's own ASHRAE percentiles, and the plant may fall short in the hours
 * above them (counted in the design weather). Fans, coils and dry coolers are
 * sized at the site's standard-atmosphere pressure (its air density). The
 * heat-rejection margin at the design point (duty units vs all installed units
 * running, sizingMargins.ts) is returned for the summary.
 */
import type { Design } from '../scenario/schema.js';
import type { WorkloadParams } from '../scenario/schema/workload.js';
import { DEFAULT_IT } from '../scenario/schema/it.js';
import { DEFAULT_POWER_CHAIN } from '../scenario/schema/power.js';
import { designPointOf, type DesignBasis, type DesignConditions, type DesignWeather } from '../models/climate/designConditions.js';
import { airTowerMargin, liquidRejectionMargin, STAGING_RULE, type RejectionMargin } from '../models/cooling/sizingMargins.js';
import { rackGroups, type GroupRacks } from './rackGroups.js';
import { sizePowerChain } from '../models/power/chainSizing.js';
import type { PowerChainParams } from '../models/power/chain.js';
import { sizeCooling, type CoolingParams } from '../models/cooling/plant.js';
import { installedCoolingEquipment, type InstalledEquipment } from '../models/cooling/installedEquipment.js';
import { constantLoads } from '../models/power/constantLoads.js';
import { composeStep, newStepWorkspace, type DesignPlant } from './composeStep.js';
import { NO_FAILURES, type StepInput } from './stepInput.js';

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
  /** The cooling plant's installed equipment by class (units, capacity at the design point): the base of its capex. */
  coolingEquipment: InstalledEquipment[];
  racks: number;
  nodesPerRack: number;
  /** Several node groups: each group's racks (type, count, nodes per rack, design IT power), in group order. */
  groupRacks?: GroupRacks[];
  whiteSpaceAreaM2: number;
  /** The weather the plant was sized at, and the site pressure, Pa. */
  designWeather: DesignWeather & { pressurePa: number };
  /** Heat-rejection approach at the design point with duty units and with all installed units. */
  margins: { liquidRejection?: RejectionMargin; airTower?: RejectionMargin };
  /** How redundant units run in the simulation (sizingMargins.ts). */
  staging: string;
  warnings: string[];
}

export function sizeDesign(d: Design, workload: WorkloadParams, conditions: DesignConditions, pressurePa: number,
  basis: DesignBasis = 'file-extreme'): SizedDesign {
  const weather = designPointOf(conditions, basis);
  const itConfig = d.it ?? DEFAULT_IT;
  // The servers breathe the room supply air of the design's air plant (hot/cold aisle containment assumed:
  // no recirculation rise, assumption); a design with no air plant keeps its rating inlet.
  const inletAirTempC = d.cooling.air?.supplyAirC ?? itConfig.designInletAirTempC;
  const racked = rackGroups(d, workload.groups, itConfig, inletAirTempC);
  const warnings = racked.warnings;
  const it = racked.it[0];
  const loads = d.loads === undefined ? undefined : constantLoads(d.loads);

  // The design step: every node at full utilization in the design weather. The composition (composeStep.ts)
  // sizes the cooling plant from its heat and the power chain from its mechanical load; the in-building losses
  // that become room heat come from a first chain sized without mechanical load.
  const powerConfig = d.power ?? DEFAULT_POWER_CHAIN;
  const { designItW, chainItW, areaM2 } = racked;
  const chainNoMech = sizePowerChain(powerConfig, { designItPowerW: chainItW, designMechanicalPowerW: 0, whiteSpaceAreaM2: areaM2 });
  const designStep: StepInput = {
    computePowerW: racked.computePowerW,
    poweredNodes: racked.nodes,
    meanUtilization: 1,
    dryBulbC: weather.dryBulbC,
    wetBulbC: weather.wetBulbC,
    pressurePa,
    groups: racked.designGroups,
    inService: NO_FAILURES,
  };
  const groupIt = racked.it.length > 1 ? racked.it : undefined;
  let cooling: CoolingParams | undefined;
  let power: PowerChainParams | undefined;
  const atDesign = composeStep({ it, ...(groupIt ? { groupIt } : {}), power: chainNoMech, inletAirTempC, loads }, designStep, newStepWorkspace(), undefined, {
    cooling: (liquidHeatW, airHeatW) => (cooling = sizeCooling(d.cooling, { liquidHeatW, airHeatW, dryBulbC: designStep.dryBulbC, wetBulbC: designStep.wetBulbC, pressurePa })),
    power: (designMechanicalPowerW) => (power = sizePowerChain(powerConfig, { designItPowerW: chainItW, designMechanicalPowerW, whiteSpaceAreaM2: areaM2 })),
  });
  const c = cooling!;
  if (c.air === undefined && atDesign.airHeatW > 0) {
    // allowed for full-liquid racks (schema/roomAir.ts refuses racks with air-cooled parts), but said, never silent
    warnings.push(`designs '${d.id}': ${(atDesign.airHeatW / 1e3).toFixed(1)} kW of room-air heat at design (PSU, UPS and distribution ` +
      'losses, lighting) goes to the liquid loop with no room cooling modelled; add cooling.air to meter its fans and chillers');
  }
  const margins = {
    ...(c.liquid !== undefined && d.cooling.liquid !== undefined ? { liquidRejection: liquidRejectionMargin(c.liquid, d.cooling.liquid, pressurePa) } : {}),
    ...(c.air !== undefined && d.cooling.air !== undefined && c.air.condenser !== undefined ? { airTower: airTowerMargin(c.air, d.cooling.air, pressurePa) } : {}),
  };
  return {
    plant: { id: d.id, it, ...(groupIt ? { groupIt } : {}), power: power!, cooling: c, inletAirTempC, ...(loads === undefined ? {} : { loads }) },
    designWeather: { ...weather, pressurePa },
    margins,
    staging: STAGING_RULE,
    designFacilityPowerW: atDesign.facilityW,
    nodesPerRack: racked.sizing[0].nodesPerRack,
    ...(racked.it.length > 1 ? { groupRacks: racked.groupRacks } : {}),
    designItPowerW: designItW,
    designLiquidHeatW: atDesign.liquidHeatW,
    designAirHeatW: atDesign.airHeatW,
    designCoolingPowerW: atDesign.mechanicalW,
    coolingEquipment: installedCoolingEquipment(d.cooling, cooling!),
    racks: racked.racks,
    whiteSpaceAreaM2: areaM2,
    warnings,
  };
}
