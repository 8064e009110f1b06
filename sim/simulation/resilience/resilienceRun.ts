/**
 * A design's resilience figures (summary.json designs[i].resilience) from a run that recorded its step loads:
 * the run's own history (scripted events and random failures drawn from the seed, over `years`), the scripted
 * events alone with their timeline, `samples` random histories for the distributions, the ride-through at full
 * design load (rideThrough.ts), the Uptime tier of the topology, and the expected yearly cost of lost work and
 * repairs. Every history is a pure function of (scenario, seed, history name): a sample's figures do not
 * depend on the other samples or on the order they are run in (samplesTally), so thread count cannot change them.
 */
import type { Scenario } from '../../scenario/schema.js';
import type { Weather } from '../../models/climate/weather.js';
import { COMPONENT_RELIABILITY, meanRepairS, failuresPerYear, mtbfS } from '../../models/resilience/componentReliability.js';
import { groupAvailability, unitAvailability, uptimeTier, UPTIME_TIER_AVAILABILITY, type Redundancy } from '../../models/resilience/redundancy.js';
import { rideThroughS } from '../../models/resilience/rideThrough.js';
import type { ResilienceSpec } from '../../models/resilience/resilienceSpec.js';
import { mean, quantileSorted } from 'simple-statistics';
import type { DesignResilience, Percentiles, ResilienceClassSummary, ResilienceFigures } from '../../types/resilience.js';
import { SECONDS_PER_YEAR, hoursFromS, kWFromW, kWhFromJ } from '../../units.js';
import type { ClusterSeries, DesignTrace } from '../trace.js';
import type { SizedDesign } from '../sizeDesign.js';
import { runHistory, type HistoryInput } from './history.js';
import type { UnitGroup } from './designUnits.js';
import { RUN_HISTORY, coolantSupplyC, designSetup, generatorDraws, historyProcesses, type DesignSetup, type HistoryOptions, type HistorySchedule } from './historySetup.js';
import { Timeline, type Tally } from './tally.js';

/** What every design's histories share; `schedule` is read from the weather once (historySchedule). */
export interface ResilienceContext { scenario: Scenario; spec: ResilienceSpec; weather: Weather; schedule: HistorySchedule; seed: number; cluster: ClusterSeries }

const TIMELINE_STEP_S = 60;
const TIMELINE_BEFORE_S = 30 * 60;
const TIMELINE_AFTER_S = 3 * 3600;

function historyInput(ctx: ResilienceContext, setup: DesignSetup, run: DesignTrace, o: HistoryOptions): HistoryInput {
  const horizonS = ctx.spec.years * SECONDS_PER_YEAR;
  const steps = ctx.cluster.computePowerW.length;
  return {
    groups: setup.groups,
    processes: historyProcesses(setup, ctx.spec, ctx.schedule, horizonS, ctx.seed, o),
    loads: run.stepLoads!,
    steps,
    stepS: ctx.scenario.site.controlStepS,
    allocatedGpus: ctx.cluster.allocatedGpus ?? new Float64Array(steps),
    runningJobs: ctx.cluster.runningJobs ?? new Float64Array(steps),
    room: setup.room,
    liquid: setup.liquid,
    liquidShare: setup.liquidShare,
    spec: ctx.spec,
    generators: setup.generators,
    generatorDraws: generatorDraws(ctx.seed, o.history),
    horizonS,
  };
}

export function figuresOf(t: Tally, setup: DesignSetup): ResilienceFigures {
  const failures: Record<string, number> = {};
  setup.groups.forEach((g, k) => { failures[g.id] = t.failures[k]; });
  return {
    unmetCoolingKWh: kWhFromJ(t.unmetJ),
    hoursLostRedundancy: hoursFromS(t.redundancyLostS),
    peakInletC: Math.max(t.peakRoomC, setup.room.limits.supplyC),
    peakCoolantSupplyC: setup.liquid === undefined ? null : Math.max(t.peakLiquidC, setup.liquid.limits.supplyC),
    minutesAboveAllowable: t.aboveAllowableS / 60,
    gpuHoursLost: hoursFromS(t.gpuSecondsLost),
    jobsThrottled: t.jobsThrottled,
    jobsFailed: t.jobsFailed,
    availability: t.horizonS > 0 ? 1 - t.degradedS / t.horizonS : 1,
    shutdowns: t.shutdowns,
    failures,
  };
}

/** Tallies of random histories first..first+count-1 (a worker may take any slice: each is independent). */
export function samplesTally(ctx: ResilienceContext, setup: DesignSetup, run: DesignTrace, first: number, count: number): Tally[] {
  const out: Tally[] = [];
  for (let k = first; k < first + count; k++) out.push(runHistory(historyInput(ctx, setup, run, { random: true, scripted: false, maintenance: true, history: `sample-${k}` })));
  return out;
}

/** Mean and p10 / p50 / p90 (type 7 quantiles, as sim/tco/stats.ts) of the histories' values. */
const percentiles = (values: number[]): Percentiles => {
  const sorted = [...values].sort((a, b) => a - b);
  return { mean: mean(sorted), p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
};

function weakest(redundancies: Redundancy[]): Redundancy {
  if (redundancies.includes('N')) return 'N';
  return redundancies.every((r) => r === '2N') ? '2N' : 'N+1';
}

function classSummaries(setup: DesignSetup): ResilienceClassSummary[] {
  return setup.groups.map((g) => {
    const entry = COMPONENT_RELIABILITY[g.componentClass];
    const a = unitAvailability(mtbfS(entry), meanRepairS(entry));
    return {
      id: g.id, componentClass: g.componentClass, loop: g.loop, redundancy: g.redundancy, needed: g.needed, installed: g.installed,
      unitCapacityKW: kWFromW(g.designUnitW), availability: groupAvailability(g.needed, g.redundancy, a),
      failuresPerYear: failuresPerYear(entry) * g.installed, meanRepairH: hoursFromS(meanRepairS(entry)), provenance: entry.provenance,
    };
  });
}

export function designResilience(ctx: ResilienceContext, index: number, sized: SizedDesign, run: DesignTrace, warnings: string[]): DesignResilience {
  const spec = ctx.scenario.designs[index];
  const r = ctx.spec;
  const setup = designSetup(spec, sized, r);
  warnings.push(...setup.warnings);
  const main = figuresOf(runHistory(historyInput(ctx, setup, run, RUN_HISTORY(r))), setup);
  let scripted: DesignResilience['scripted'];
  if (r.events.length > 0) {
    const times = ctx.schedule.eventTimesS;
    const atS = Math.min(...times);
    // Every event starting with the first one names the episode (e.g. '1 x chiller + 1 x cduPump out for 6 h').
    const together = r.events.filter((_, j) => times[j] === atS);
    const label = `${together.map((e) => `${e.units} x ${e.fail}`).join(' + ')} out for ${Math.max(...together.map((e) => e.forS)) / 3600} h`;
    const startS = Math.max(0, atS - TIMELINE_BEFORE_S);
    const timeline = new Timeline(startS, TIMELINE_STEP_S, Math.ceil((atS - startS + Math.max(...together.map((e) => e.forS)) + TIMELINE_AFTER_S) / TIMELINE_STEP_S));
    const input = historyInput(ctx, setup, run, { random: false, scripted: true, maintenance: false, history: 'scripted' });
    const figures = figuresOf(runHistory({ ...input, timeline }), setup);
    const hasLiquid = setup.liquid !== undefined;
    scripted = { ...figures, timeline: {
      startS, stepS: TIMELINE_STEP_S, eventS: atS, label, events: together.map((e) => ({ componentClass: e.fail, units: e.units, forS: e.forS })),
      airC: timeline.airC, liquidC: hasLiquid ? timeline.liquidC : null, airCapacity: timeline.airCapacity,
      liquidCapacity: hasLiquid ? timeline.liquidCapacity : null, itLoad: timeline.itLoad,
    } };
  }
  let monteCarlo: DesignResilience['monteCarlo'];
  // The costs expect what random failures and maintenance cost, not a what-if: the run's history without its scripted events.
  let expected = r.events.length === 0 ? main : figuresOf(runHistory(historyInput(ctx, setup, run, { ...RUN_HISTORY(r), scripted: false })), setup);
  if (r.samples > 0 && r.failures === 'random') {
    const figures = samplesTally(ctx, setup, run, 0, r.samples).map((t) => figuresOf(t, setup));
    monteCarlo = {
      samples: r.samples,
      gpuHoursLost: percentiles(figures.map((f) => f.gpuHoursLost)),
      unmetCoolingKWh: percentiles(figures.map((f) => f.unmetCoolingKWh)),
      jobsFailed: percentiles(figures.map((f) => f.jobsFailed)),
      hoursLostRedundancy: percentiles(figures.map((f) => f.hoursLostRedundancy)),
      probabilityOfShutdown: figures.filter((f) => f.shutdowns > 0).length / figures.length,
    };
    const failures: Record<string, number> = {};
    for (const g of setup.groups) failures[g.id] = figures.reduce((a, f) => a + f.failures[g.id], 0) / figures.length;
    expected = { ...expected, gpuHoursLost: monteCarlo.gpuHoursLost.mean, failures };
  }
  const supplyC = coolantSupplyC(sized);
  const ride = rideThroughS({
    air: { heatW: sized.designAirHeatW, supplyAirC: setup.room.limits.supplyC, whiteSpaceAreaM2: sized.whiteSpaceAreaM2, racks: sized.racks,
      allowableInletC: setup.room.limits.allowableC, chilledWaterJPerK: setup.chilledWaterJPerK },
    ...(setup.liquid === undefined || supplyC === undefined ? {} : {
      liquid: { heatW: sized.designLiquidHeatW, supplyC, racks: setup.racksLiquid, hardLimitC: setup.liquid.limits.allowableC },
    }),
  });
  // To the trip as the histories run it: to the allowable limit at full heat, then capped at the throttle floor (loopEpisode.ts).
  const toShutdown = setup.liquid === undefined || ride.liquid === undefined ? null
    : (ride.liquid.seconds + (setup.liquid.heatCapacityJPerK * (setup.liquid.limits.shutdownC - setup.liquid.limits.allowableC))
      / (setup.liquid.limits.throttleFloor * sized.designLiquidHeatW)) / 60;
  const cooling = setup.groups.filter((g) => g.loop !== 'power');
  const tier = uptimeTier({ redundancy: weakest(setup.groups.filter((g) => g.componentClass !== 'utilityFeed').map((g) => g.redundancy)),
    distributionPaths: r.utilityFeeds, activePaths: r.utilityFeeds === 2 && cooling.every((g) => g.redundancy === '2N') ? 2 : 1 });
  const years = r.years;
  const repairCost = (g: UnitGroup) => r.repairCosts.find((c) => c.componentClass === g.componentClass)?.cost ?? 0;
  const repairsPerYear = setup.groups.reduce((a, g) => a + (expected.failures[g.id] ?? 0) * repairCost(g), 0) / years;
  return {
    ...main,
    rideThroughMinutes: ride.rideThroughS / 60,
    rideThrough: { roomMinutes: ride.air.seconds / 60, roomAirOnlyMinutes: ride.air.airOnlySeconds / 60, liquidLoopMinutes: ride.liquid === undefined ? null : ride.liquid.seconds / 60, liquidToShutdownMinutes: toShutdown },
    horizonYears: years,
    // The limits as the histories used them (designSetup may lift a limit that sits at or below its loop's supply).
    limits: { throttleInletC: setup.room.limits.allowableC, shutdownInletC: setup.room.limits.shutdownC,
      throttleCoolantC: setup.liquid?.limits.allowableC ?? null, shutdownCoolantC: setup.liquid?.limits.shutdownC ?? null },
    uptimeTier: tier,
    tierQuotedAvailability: UPTIME_TIER_AVAILABILITY[tier],
    classes: classSummaries(setup),
    ...(scripted === undefined ? {} : { scripted }),
    ...(monteCarlo === undefined ? {} : { monteCarlo }),
    costs: { currency: ctx.scenario.currency, lostWorkPerYear: (expected.gpuHoursLost * r.lostGpuHourCost) / years, repairsPerYear },
  };
}
