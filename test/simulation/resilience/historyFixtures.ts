/**
 * Hand-built inputs of a failure history (history.ts): groups of fixed unit capacity, scripted or random
 * failure processes, one room of 1 MJ/K and one liquid loop, under constant step loads.
 */
import { RandomStreams } from '../../../sim/engine/random.js';
import { failureProcess, processParamsFor, type FailureProcess, type ScriptedOutage } from '../../../sim/models/resilience/failureProcess.js';
import type { ComponentClass } from '../../../sim/models/resilience/componentReliability.js';
import { RESILIENCE_DEFAULTS, type ResilienceSpec } from '../../../sim/models/resilience/resilienceSpec.js';
import type { Redundancy } from '../../../sim/models/power/redundancy.js';
import type { HistoryInput } from '../../../sim/simulation/resilience/history.js';
import type { Stage, UnitGroup } from '../../../sim/simulation/resilience/designUnits.js';
import type { StepLoadField, StepLoads } from '../../../sim/simulation/resilience/stepLoads.js';
import { constantLoads } from './resilienceFixtures.js';

export const SPEC: ResilienceSpec = { ...RESILIENCE_DEFAULTS, events: [], maintenance: [], repairCosts: [] };
export const STEP_S = 3600;
/** Room: 1 MJ/K, 24 degC supply, throttle at 32, trip at 40, floor 0.7. Liquid loop: 0.2 MJ/K, 35 / 40 / 45 degC. */
export const ROOM = { heatCapacityJPerK: 1e6, limits: { supplyC: 24, allowableC: 32, shutdownC: 40, throttleFloor: 0.7 } };
export const LIQUID = { heatCapacityJPerK: 2e5, limits: { supplyC: 35, allowableC: 40, shutdownC: 45, throttleFloor: 0.7 } };
export const GPUS = 800;
export const JOBS = 100;

/** A group of `installed` units of fixed capacity unitW carrying the loads' `field`. */
export function fixedGroup(id: string, componentClass: ComponentClass, stage: Stage, loop: UnitGroup['loop'], redundancy: Redundancy,
  installed: number, needed: number, unitW: number, field: StepLoadField, roomShare: number): UnitGroup {
  return {
    id, componentClass, loop, stage, redundancy, needed, installed, designUnitW: unitW,
    roomShare: () => roomShare, loadW: (l: StepLoads, i: number) => l[field][i], unitW: () => unitW,
  };
}

const streamsOf = (seed: number) => {
  const streams = new RandomStreams(seed);
  return (name: string) => streams.stream(name);
};

/** Only the scripted outages (no random failures) for the units of `g`. */
export function scriptedProcess(g: UnitGroup, scripted: ScriptedOutage[]): FailureProcess {
  return failureProcess({ ...processParamsFor(g.componentClass, g.installed, { scripted }), componentClass: g.id, failuresPerYear: 0 }, streamsOf(1));
}

/** Random failures at the class's cited rates, streams named by `history`/group id. */
export function randomProcess(g: UnitGroup, seed: number, history: string): FailureProcess {
  return failureProcess({ ...processParamsFor(g.componentClass, g.installed), componentClass: `${history}/${g.id}` }, streamsOf(seed));
}

/** A history of one step repeated: room heat, liquid heat, the chillers' and IT loads as given. */
export function historyInput(groups: UnitGroup[], processes: FailureProcess[], loads: Partial<Record<StepLoadField, number>>,
  horizonS: number, extra: Partial<HistoryInput> = {}): HistoryInput {
  return {
    groups, processes, loads: constantLoads(loads), steps: 1, stepS: STEP_S,
    allocatedGpus: new Float64Array([GPUS]), runningJobs: new Float64Array([JOBS]),
    room: structuredClone(ROOM), liquidShare: 0, spec: SPEC,
    generators: { needed: 1, installed: 2, startFailureProbability: 0.06 },
    generatorDraws: new RandomStreams(1).stream('failures/test/generatorStart'), horizonS, ...extra,
  };
}
