/**
 * What a design's failure histories share (history.ts): its groups of units, its two thermal loops with their
 * capacities and limits, its generators, and the per-history failure processes with their planned and scripted
 * outages. Capacities: loopCapacitance.ts; limits and defaults: resilienceSpec.ts.
 *
 * Scheduling: a scripted event at 'hottest' starts at the weather year's hottest hour; it takes units of the
 * design's first group of that class (chillers: the air plant's, else the trim chillers). Planned maintenance
 * takes one unit at a time, starting at the first day of the weather year's coldest month, each for its
 * duration, the plan repeating every `every`.
 * Streams: unit k of group g in history h draws from "failures/<h>/<g>/<k>"; group ids, not designs, name them,
 * so the designs of a scenario see the same failure times for the same unit (common random numbers).
 */
import { RandomStreams } from '../../engine/random.js';
import { failureProcess, processParamsFor, type FailureProcess, type MaintenanceWindow, type ScriptedOutage } from '../../models/resilience/failureProcess.js';
import {
  LOOP_METAL_J_PER_K_PER_RACK, PARTICIPATING_MASS_KG_PER_RACK, ROOM_HEIGHT_M, chilledWaterHeatCapacityJPerK, coolantLitresFor, liquidLoopHeatCapacityJPerK,
  roomHeatCapacityJPerK,
} from '../../models/resilience/loopCapacitance.js';
import type { ResilienceSpec } from '../../models/resilience/resilienceSpec.js';
import type { Weather } from '../../models/climate/weather.js';
import type { Design } from '../../scenario/schema.js';
import type { SizedDesign } from '../sizeDesign.js';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_YEAR } from '../../units.js';
import { availabilityOf } from './availability.js';
import { designUnits, type UnitGroup } from './designUnits.js';
import { generatorSet, type GeneratorSet } from './powerPath.js';
import type { ThermalLoop } from './history.js';

export interface DesignSetup {
  groups: UnitGroup[];
  room: ThermalLoop;
  /** The chilled water circulating through the room's CRAHs (part of room.heatCapacityJPerK), J/K; 0 without an air plant. */
  chilledWaterJPerK: number;
  liquid?: ThermalLoop;
  liquidShare: number;
  racksLiquid: number;
  generators: GeneratorSet;
  warnings: string[];
}

/** The TCS coolant supply of a design with liquid heat, degC (facility supply plus the CDU approach). */
export function coolantSupplyC(sized: SizedDesign): number | undefined {
  const c = sized.plant.cooling;
  if (c.liquid !== undefined) return c.liquid.facilitySupplyC + c.liquid.cdu.approachK;
  if (c.chilledWaterCdus !== undefined) return c.chilledWaterCdus.facilitySupplyC + c.chilledWaterCdus.cdu.approachK;
  return undefined;
}

export function designSetup(spec: Design, sized: SizedDesign, r: ResilienceSpec): DesignSetup {
  const warnings: string[] = [];
  const liquidShare = sized.designItPowerW > 0 ? Math.min(1, sized.designLiquidHeatW / sized.designItPowerW) : 0;
  const racksLiquid = Math.round(sized.racks * liquidShare);
  const airPlantHeatW = sized.designAirHeatW + (sized.plant.cooling.liquid === undefined ? sized.designLiquidHeatW : 0);
  const chilledWaterJPerK = sized.plant.cooling.air === undefined ? 0 : chilledWaterHeatCapacityJPerK(airPlantHeatW, r.chilledWaterStorageL);
  const room: ThermalLoop = {
    heatCapacityJPerK: chilledWaterJPerK + roomHeatCapacityJPerK({ whiteSpaceAreaM2: sized.whiteSpaceAreaM2, roomHeightM: ROOM_HEIGHT_M, racks: sized.racks,
      participatingMassKgPerRack: PARTICIPATING_MASS_KG_PER_RACK, airTempC: sized.plant.inletAirTempC }), // air at its supply, as rideThrough.ts
    limits: { supplyC: sized.plant.inletAirTempC, allowableC: r.limits.throttleInletC, shutdownC: r.limits.shutdownInletC, throttleFloor: r.throttleFraction },
  };
  if (!(room.limits.supplyC < room.limits.allowableC)) {
    warnings.push(`designs '${spec.id}': supply air ${room.limits.supplyC} degC is not below the allowable inlet ${room.limits.allowableC} degC; the room's limits start 1 K above its supply`);
    room.limits.allowableC = room.limits.supplyC + 1;
    room.limits.shutdownC = Math.max(room.limits.shutdownC, room.limits.allowableC + 1);
  }
  const supplyC = coolantSupplyC(sized);
  let liquid: ThermalLoop | undefined;
  if (supplyC !== undefined && sized.designLiquidHeatW > 0) {
    liquid = {
      heatCapacityJPerK: liquidLoopHeatCapacityJPerK({ coolantLitres: coolantLitresFor(sized.designLiquidHeatW), coolant: 'water', racks: racksLiquid, metalJPerKPerRack: LOOP_METAL_J_PER_K_PER_RACK }),
      limits: { supplyC, allowableC: r.limits.throttleCoolantC, shutdownC: r.limits.shutdownCoolantC, throttleFloor: r.throttleFraction },
    };
    if (!(supplyC < liquid.limits.allowableC)) {
      warnings.push(`designs '${spec.id}': coolant supply ${supplyC} degC is not below the throttle limit ${liquid.limits.allowableC} degC (resilience.limits.throttleCoolant); the loop's limits start 1 K above its supply`);
      liquid.limits.allowableC = supplyC + 1;
      liquid.limits.shutdownC = Math.max(liquid.limits.shutdownC, liquid.limits.allowableC + 1);
    }
  }
  return { groups: designUnits(spec, sized, r.utilityFeeds), room, chilledWaterJPerK, liquid, liquidShare, racksLiquid, generators: generatorSet(sized.designFacilityPowerW, r), warnings };
}

/** Seconds from the run's start of each scripted event ('hottest': the weather year's hottest hour). */
export function eventTimesS(r: ResilienceSpec, weather: Weather): number[] {
  let hottest = 0;
  for (let h = 1; h < weather.hours; h++) if (weather.dryBulbC[h] > weather.dryBulbC[hottest]) hottest = h;
  return r.events.map((e) => (e.at.kind === 'hottest' ? hottest * SECONDS_PER_HOUR : e.at.startS));
}

/** Start of the coldest month of the weather year (mean dry bulb), s. */
function coldestMonthStartS(weather: Weather): number {
  const sum = new Array<number>(13).fill(0), n = new Array<number>(13).fill(0);
  for (let h = 0; h < weather.hours; h++) { sum[weather.month[h]] += weather.dryBulbC[h]; n[weather.month[h]]++; }
  let best = 1;
  for (let m = 2; m <= 12; m++) if (n[m] > 0 && sum[m] / n[m] < sum[best] / n[best]) best = m;
  for (let h = 0; h < weather.hours; h++) if (weather.month[h] === best) return h * SECONDS_PER_HOUR;
  return 0;
}

/** When the scripted events and the maintenance plan start in the weather year: read from the weather once per run. */
export interface HistorySchedule { eventTimesS: number[]; maintenanceStartS: number }
export const historySchedule = (r: ResilienceSpec, weather: Weather): HistorySchedule =>
  ({ eventTimesS: eventTimesS(r, weather), maintenanceStartS: coldestMonthStartS(weather) });

/** random: draw failures; scripted: the scenario's events; maintenance: the planned windows; history: names its streams. */
export interface HistoryOptions { random: boolean; scripted: boolean; maintenance: boolean; history: string }

/** One failure process per group for one history. */
export function historyProcesses(setup: DesignSetup, r: ResilienceSpec, schedule: HistorySchedule, horizonS: number, seed: number, o: HistoryOptions): FailureProcess[] {
  const streams = new RandomStreams(seed);
  const { eventTimesS: times, maintenanceStartS } = schedule;
  const firstOfClass = new Map<string, number>();
  setup.groups.forEach((g, k) => { if (!firstOfClass.has(g.componentClass)) firstOfClass.set(g.componentClass, k); });
  return setup.groups.map((g, k) => {
    const scripted: ScriptedOutage[] = !o.scripted ? [] : r.events.flatMap((e, j) =>
      firstOfClass.get(e.fail) === k ? [{ atS: times[j], unitsOut: e.units, forS: e.forS }] : []);
    const maintenance: MaintenanceWindow[] = [];
    for (const plan of o.maintenance ? r.maintenance : []) {
      if (plan.class !== g.componentClass) continue;
      for (let cycleS = maintenanceStartS; cycleS < horizonS; cycleS += plan.everyS) {
        for (let unit = 0; unit < g.installed; unit++) maintenance.push({ unit, startS: cycleS + unit * (plan.forS + SECONDS_PER_DAY), forS: plan.forS });
      }
    }
    const params = { ...processParamsFor(g.componentClass, g.installed, { maintenance, scripted }), componentClass: `${o.history}/${g.id}` };
    if (!o.random) params.failuresPerYear = 0;
    return failureProcess(params, (name) => streams.stream(name));
  });
}

/** The generators' start draws of one history. */
export const generatorDraws = (seed: number, history: string): (() => number) => new RandomStreams(seed).stream(`failures/${history}/generatorStart`);

/**
 * The units in service over the run's first untilS seconds for the plant's meters: the same processes (history
 * 'run': random failures as the scenario says, scripted events, maintenance) as the run's own failure history.
 */
export function runAvailability(spec: Design, sized: SizedDesign, r: ResilienceSpec, weather: Weather, seed: number, untilS: number) {
  const setup = designSetup(spec, sized, r);
  const processes = historyProcesses(setup, r, historySchedule(r, weather), r.years * SECONDS_PER_YEAR, seed, RUN_HISTORY(r));
  return { groups: setup.groups, availability: availabilityOf(setup.groups, processes, untilS) };
}

/** The options of the run's own history (resilienceRun.ts plays it, runAvailability meters it). */
export const RUN_HISTORY = (r: ResilienceSpec): HistoryOptions => ({ random: r.failures === 'random', scripted: true, maintenance: true, history: 'run' });
