/**
 * The groups of units of a sized design that can fail, each with the units it needs (N) and installed, one unit's
 * capacity and the load it carries in a step (stepLoads.ts): what a failure history is played against.
 *
 * Equation (per group g at step i):
 *   needed = installed (N), installed - 1 (N+1), installed / 2 (2N), from the sizing's own installed count
 *   unitCapacityW(i) = designLoadW / needed * scale(i): a unit carries its share of the design load at its
 *     rating; heat rejection scales with the entering temperature difference (constant UA and flows,
 *     epsilon-NTU) against the rated one, approach + range (the sizing's: liquidPlantSizing.ts, airPlantSizing.ts):
 *     dry coolers scale = (Twater - airIn(i)) / (approachK + facilityDeltaTK), airIn the dry bulb or, above the
 *     adiabatic assist's threshold, the pad temperature dryBulb - eff (dryBulb - wetBulb); towers the same with
 *     wet bulbs (capped at 3); Twater the water entering them: facility supply + deltaT (liquid), design wet
 *     bulb + approach + range (the air plant's condenser water); chillers, CRAHs, CDUs and the power path keep
 *     their design capacity
 *   shortW(i) = max(0, load(i) - inService u(i)) - max(0, load(i) - installed u(i))   (what the outage adds to
 *     a shortfall the healthy plant may already have, which the healthy run counts in clampedHours)
 * Assumptions: units of a group share the load (pooled capacity, redundancy.ts); the heat routes as
 *   coolingPowerInto routes it (the air plant takes the liquid heat without a liquid plant or with CDUs on its
 *   chilled water, the liquid plant the room heat without an air plant); a chiller's capacity at a cooler
 *   condenser is not credited (conservative). CDUs: unitCapacityW from cooling.liquid.cdu (default
 *   CDU_UNIT_CAPACITY_W, U: in-row CDUs are catalogued from ~0.6 to ~2 MW), N+1 by default.
 * Validity: a design sized by sizeDesign.ts.
 * References: redundancy.ts (N, N+1, 2N); installedEquipment.ts (the installed counts); epsilon-NTU scaling:
 *   Incropera & DeWitt, 6th ed., sect. 11.4 (q = eps Cmin (Th,i - Tc,i)).
 * Validated by: test/simulation/resilience/designUnits.test.ts (counts of the default designs, N+1 one-out = N)
 */
import { installedUnits, type Redundancy } from '../../models/power/redundancy.js';
import type { ComponentClass } from '../../models/resilience/componentReliability.js';
import type { Design } from '../../scenario/schema.js';
import type { SizedDesign } from '../sizeDesign.js';
import type { StepLoads } from './stepLoads.js';

/** Default heat capacity of one CDU, W (U). */
export const CDU_UNIT_CAPACITY_W = 1.2e6;
const MAX_REJECTION_SCALE = 3;

/** Where a group sits: the room's terminal units, the liquid loop's pumps, chillers, heat rejection, or the power path. */
export type Stage = 'terminal' | 'pumps' | 'chiller' | 'rejection' | 'power';

export interface UnitGroup {
  id: string;
  componentClass: ComponentClass;
  loop: 'air' | 'liquid' | 'power';
  stage: Stage;
  redundancy: Redundancy;
  needed: number;
  installed: number;
  designUnitW: number;
  /** The share of the group's shortfall that is room heat (the rest is coolant heat), at step i. */
  roomShare(l: StepLoads, i: number): number;
  loadW(l: StepLoads, i: number): number;
  /** One unit's capacity at step i, W. */
  unitW(l: StepLoads, i: number): number;
}

export const neededOf = (installed: number, r: Redundancy): number => (r === 'N' ? installed : r === 'N+1' ? installed - 1 : installed / 2);

function group(id: string, componentClass: ComponentClass, loop: UnitGroup['loop'], stage: Stage, redundancy: Redundancy, installed: number,
  designLoadW: number, loadW: UnitGroup['loadW'], roomShare: UnitGroup['roomShare'], scale?: (l: StepLoads, i: number) => number): UnitGroup {
  const needed = Math.max(1, neededOf(installed, redundancy));
  const designUnitW = Math.max(designLoadW, 1) / needed;
  return { id, componentClass, loop, stage, redundancy, needed, installed, designUnitW, loadW, roomShare,
    unitW: scale === undefined ? () => designUnitW : (l, i) => designUnitW * scale(l, i) };
}

const share = (room: number, all: number): number => (all > 0 ? room / all : 1);

/** Every group of units of the design that can fail, cooling first, then the power path. */
export function designUnits(spec: Design, sized: SizedDesign, utilityFeeds: number): UnitGroup[] {
  const { cooling, power } = sized.plant;
  const c = spec.cooling;
  const groups: UnitGroup[] = [];
  const hasAir = cooling.air !== undefined;
  const hasLiquid = cooling.liquid !== undefined;
  const airTakesLiquid = hasAir && !hasLiquid;
  const designAir = sized.designAirHeatW + (airTakesLiquid ? sized.designLiquidHeatW : 0);
  const airPlantHeat = (l: StepLoads, i: number) => l.roomHeatW[i] + (airTakesLiquid ? l.liquidHeatW[i] : 0);
  const airRoomShare = (l: StepLoads, i: number) => share(l.roomHeatW[i], airPlantHeat(l, i));
  const dw = sized.designWeather;
  if (cooling.air !== undefined && c.air !== undefined) {
    const a = cooling.air;
    groups.push(group('crah', 'crah', 'air', 'terminal', c.air.crah.redundancy, a.crah.units, sized.designAirHeatW, (l, i) => l.roomHeatW[i], () => 1));
    groups.push(group('chiller', 'chiller', 'air', 'chiller', c.air.chiller.redundancy, a.chillers.installed, designAir, (l, i) => l.airChillerLoadW[i], airRoomShare));
    if (a.condenser !== undefined) {
      const t = c.air.tower;
      const ratedK = t.approachK + t.rangeK;
      const enteringC = dw.wetBulbC + ratedK; // condenser water leaving the chillers at design (airPlantSizing.ts)
      const scale = (l: StepLoads, i: number) => Math.min(MAX_REJECTION_SCALE, Math.max(0, (enteringC - l.wetBulbC[i]) / ratedK));
      groups.push(group('tower', 'coolingTowerCell', 'air', 'rejection', t.redundancy, installedUnits(t.dutyCells, 1, t.redundancy),
        designAir * 1.2, (l, i) => airPlantHeat(l, i) + l.airCompressorW[i], airRoomShare, scale));
    }
  }
  const cduSpec = c.liquid?.cdu ?? c.chilledWaterCdus?.cdu;
  if (sized.designLiquidHeatW > 0 && cduSpec !== undefined) {
    const r = cduSpec.redundancy ?? 'N+1';
    const installed = installedUnits(sized.designLiquidHeatW, cduSpec.unitCapacityW ?? CDU_UNIT_CAPACITY_W, r);
    groups.push(group('cdu', 'cduPump', 'liquid', 'pumps', r, installed, sized.designLiquidHeatW, (l, i) => l.liquidHeatW[i], () => 0));
  }
  if (cooling.liquid !== undefined && c.liquid !== undefined) {
    const lq = cooling.liquid;
    const liquidTakesRoom = !hasAir;
    const designLiquid = sized.designLiquidHeatW + (liquidTakesRoom ? sized.designAirHeatW : 0);
    const plantHeat = (l: StepLoads, i: number) => l.liquidHeatW[i] + (liquidTakesRoom ? l.roomHeatW[i] : 0);
    const roomShare = liquidTakesRoom ? (l: StepLoads, i: number) => share(l.roomHeatW[i], plantHeat(l, i)) : () => 0;
    const freeLoad = (l: StepLoads, i: number) => Math.max(0, plantHeat(l, i) - l.trimChillerLoadW[i]);
    const enteringC = lq.facilitySupplyC + lq.facilityDeltaTK;
    const r = c.liquid.rejection;
    const dry = r.kind === 'dryCooler' ? r : r.kind === 'series' ? r.dryCooler : undefined;
    const wet = r.kind === 'tower' ? r : r.kind === 'series' ? r.tower : undefined;
    const scaled = (ambient: (l: StepLoads, i: number) => number, ratedK: number) => (l: StepLoads, i: number) =>
      Math.min(MAX_REJECTION_SCALE, Math.max(0, (enteringC - ambient(l, i)) / ratedK));
    if (dry !== undefined) {
      const a = dry.adiabatic;
      const airInC = (l: StepLoads, i: number) => (a !== undefined && l.dryBulbC[i] > a.aboveC ? l.dryBulbC[i] - a.effectiveness * (l.dryBulbC[i] - l.wetBulbC[i]) : l.dryBulbC[i]);
      groups.push(group('dryCooler', 'dryCoolerFanBank', 'liquid', 'rejection', dry.redundancy, installedUnits(dry.dutyUnits, 1, dry.redundancy),
        designLiquid, freeLoad, roomShare, scaled(airInC, dry.approachK + lq.facilityDeltaTK)));
    }
    if (wet !== undefined) {
      groups.push(group('liquidTower', 'coolingTowerCell', 'liquid', 'rejection', wet.redundancy, installedUnits(wet.dutyCells, 1, wet.redundancy),
        designLiquid, freeLoad, roomShare, scaled((l, i) => l.wetBulbC[i], wet.approachK + lq.facilityDeltaTK)));
    }
    if (lq.trim !== undefined && c.liquid.trimChiller !== undefined) {
      groups.push(group('trimChiller', 'chiller', 'liquid', 'rejection', c.liquid.trimChiller.redundancy, lq.trim.installed,
        designLiquid, (l, i) => l.trimChillerLoadW[i], roomShare));
    }
  }
  const p = spec.power;
  const ups = power.ups;
  groups.push(group('ups', 'upsModule', 'power', 'power', p?.ups.redundancy ?? 'N+1', ups.modules, ups.moduleRatingW * Math.max(1, neededOf(ups.modules, p?.ups.redundancy ?? 'N+1')),
    (l, i) => l.itPowerW[i], () => 1));
  const tr = power.transformer;
  const trRedundancy = p?.transformer.redundancy ?? 'N+1';
  groups.push(group('transformer', 'transformer', 'power', 'power', trRedundancy, tr.units, tr.ratedVA * tr.powerFactor * Math.max(1, neededOf(tr.units, trRedundancy)),
    (l, i) => l.facilityW[i], () => 1));
  groups.push(group('utility', 'utilityFeed', 'power', 'power', utilityFeeds === 2 ? 'N+1' : 'N', utilityFeeds, Math.max(sized.designFacilityPowerW, 1),
    (l, i) => l.facilityW[i], () => 1));
  return groups;
}
