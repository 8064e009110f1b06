/**
 * Racks of a design per node group (a helper of sizeDesign.ts): each group sits in its own rack type
 * (`groupRacks.<group>` of the design, else the design's `racks`), so rack counts, the liquid/air heat split
 * and PSU and fan sizing follow the groups, never an average node.
 *
 * Equation (per group g, rack.ts and itPower.ts): designItW_g = ratedItPowerW(it_g, count_g, nodePeak_g);
 *   racks_g = ceil(count_g / nodesPerRack_g); area_g = whiteSpaceAreaM2(racks_g);
 *   totals: designItW = Σ designItW_g, racks = Σ racks_g, area = Σ area_g, chainItW = max(designItW,
 *   Σ rated at the servers' operating inlet); design step: every group's nodes at full load.
 * Assumptions: one IT model (PSU, fans) per design; groups share the room air. With one group this is
 *   the single cluster's sizing exactly (sums of one term).
 * Validity: as rack.ts per group.
 * References: rack.ts, itPower.ts.
 * Validated by: test/simulation/rackGroups.test.ts (one group = the single sizing; a B200 group in liquid
 *   PoDs and an L20 group in air racks, hand-computed)
 */
import type { Design } from '../scenario/schema.js';
import { ratedItPowerW, type ItConfig, type ItParams } from '../models/it/itPower.js';
import { nodePowerCurve } from '../models/it/nodePower.js';
import { rackCount, rackWarnings, whiteSpaceAreaM2, type RackType } from '../models/it/rack.js';
import type { NodeGroupParams } from '../models/workload/nodeGroup.js';
import { GROUP_STEP_VALUES } from './stepInput.js';

export interface GroupRacks {
  group: string;
  rackType: RackType;
  racks: number;
  nodesPerRack: number;
  /** Design IT power of the group's nodes, W. */
  designItPowerW: number;
}

export interface RackedGroups {
  it: ItParams[];
  sizing: { nodesPerRack: number; rackCount: number }[];
  groupRacks: GroupRacks[];
  racks: number;
  nodes: number;
  designItW: number;
  chainItW: number;
  areaM2: number;
  /** Compute power of every node at full load, W, and the design step's per-group record (empty for one group). */
  computePowerW: number;
  designGroups: Float64Array;
  warnings: string[];
}

export function rackGroups(d: Design, groups: readonly NodeGroupParams[], itConfig: ItConfig, inletAirTempC: number): RackedGroups {
  const r: RackedGroups = {
    it: [], sizing: [], groupRacks: [], racks: 0, nodes: 0, designItW: 0, chainItW: 0, areaM2: 0, computePowerW: 0,
    designGroups: new Float64Array(groups.length > 1 ? GROUP_STEP_VALUES * groups.length : 0), warnings: [],
  };
  let atInletW = 0;
  groups.forEach((g, i) => {
    const racks = d.groupRacks?.[g.id] ?? d.racks;
    const nodeCount = g.count;
    const nodePeakPowerW = nodePowerCurve(g.power)(1);
    const config = { ...itConfig, racks };
    const ratedW = ratedItPowerW(config, nodeCount, nodePeakPowerW);
    const sizing = rackCount(racks, { nodeCount, nodeItPowerW: ratedW / nodeCount });
    const where = groups.length > 1 ? ` (node group '${g.id}')` : '';
    r.warnings.push(...rackWarnings(racks, sizing).map((w) => `designs '${d.id}'${where}: ${w}`));
    r.it.push({ ...config, nodeCount, nodePeakPowerW });
    r.sizing.push(sizing);
    r.groupRacks.push({ group: g.id, rackType: racks.type, racks: sizing.rackCount, nodesPerRack: sizing.nodesPerRack, designItPowerW: ratedW });
    r.racks += sizing.rackCount;
    r.nodes += nodeCount;
    r.designItW += ratedW;
    r.areaM2 += whiteSpaceAreaM2(racks, sizing.rackCount);
    r.computePowerW += nodeCount * nodePeakPowerW;
    // Supply air above the rating inlet speeds the server fans up at full load: the chain carries the larger draw.
    atInletW += ratedItPowerW({ ...config, designInletAirTempC: inletAirTempC }, nodeCount, nodePeakPowerW);
    if (r.designGroups.length > 0) r.designGroups.set([nodeCount * nodePeakPowerW, nodeCount, 1], GROUP_STEP_VALUES * i);
  });
  r.chainItW = Math.max(r.designItW, atInletW);
  return r;
}
