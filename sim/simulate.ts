/**
 * The composition root: Scenario -> SimulationResult.
 *
 *   jobs (trace/generator) ─► scheduler ─► cluster power   integrated exactly between events
 *   weather (EPW/.mos/synthetic) ─► control events every controlStepS
 *   at each control step, per design (simulation/designRun.ts), on the step record (simulation/stepInput.ts):
 *     IT (PSU, fans) ─► power chain ─► heat split ─► cooling plant ─► chain ─► meters (simulation/composeStep.ts)
 *
 * Only this file and its helpers in simulation/ touch the engine and wire models:
 *   stepInput.ts (the step record) · composeStep.ts (one design's step, the only composition) ·
 *   designRun.ts (a design's steps and meters) · sizeDesign.ts (design-point sizing) ·
 *   workloadProcess.ts (jobs on the engine) · workloadWarnings.ts · weatherAt.ts ·
 *   plantTapes.ts and arrayPool.ts (reuse across Monte Carlo runs) · trace.ts (the
 *   result's types, which metrics/ reads). All designs see exactly the same
 *   weather and the same jobs (one workload, one cluster meter).
 *
 * The cluster's mean state per control interval does not depend on the designs:
 * a run records it (`result.cluster`), and a later run of the same workload,
 * seed, control step and length can replay it (`options.cluster`) instead of
 * re-running the jobs: Monte Carlo samples of design inputs then evaluate only
 * the design plants, with results identical to a full run (test/facility/clusterReplay.test.ts).
 */
import { totalGpus } from './models/workload/nodeGroup.js';
import { SECONDS_PER_HOUR } from './units.js';
import type { Scenario } from './scenario/schema.js';
import { loadWeather, type Weather } from './models/climate/weather.js';
import { designConditions, type DesignConditions } from './models/climate/designConditions.js';
import { standardPressurePa } from './models/climate/psychrometrics.js';
import { runCluster } from './simulation/runCluster.js';
import { runAvailability } from './simulation/resilience/historySetup.js';
import { degradedPlant } from './simulation/resilience/degradedPlant.js';
import { workloadWarnings } from './simulation/workloadWarnings.js';
import { DesignRun } from './simulation/designRun.js';
import { newStepInput, type StepInput } from './simulation/stepInput.js';
import { sizeDesign } from './simulation/sizeDesign.js';
import { weatherAt } from './simulation/weatherAt.js';
import { heatReuse } from './models/heatReuse.js';
import type { PlantTapes } from './simulation/plantTapes.js';
import type { ArrayPool } from './simulation/arrayPool.js';
import type { ClusterSeries, SimulationResult } from './simulation/trace.js';

export type { SimulationResult, ClusterSeries, DesignTrace } from './simulation/trace.js';

export interface SimulateOptions {
  seed?: number;
  /** Weather already read (sweeps and Monte Carlo reuse it). */
  weather?: Weather;
  /** A recorded cluster series with this run's clusterKey(): the jobs are not re-simulated. */
  cluster?: ClusterSeries;
  /** Sub-plant results of earlier runs, reused at steps with identical inputs (Monte Carlo; plantTapes.ts). */
  tapes?: PlantTapes;
  /** Year-long arrays of the previous run, rewritten by this one (Monte Carlo; arrayPool.ts). */
  arrays?: ArrayPool;
}

/** What the cluster series depends on: the workload block, the seed, the control step and the simulated hours. */
export function clusterKey(scenario: Scenario, seed: number, hours: number): string {
  // A run with failures also records each interval's allocated GPUs and running jobs (what a trip loses).
  const parts: unknown[] = [scenario.workload, seed, scenario.site.controlStepS, hours];
  if (scenario.resilience !== undefined) parts.push('jobs');
  return JSON.stringify(parts);
}

/** Design conditions of a weather year, computed once per Weather object (sweeps and samples share one). */
const DESIGN_CONDITIONS = new WeakMap<Weather, DesignConditions>();
function designConditionsOf(weather: Weather): DesignConditions {
  let c = DESIGN_CONDITIONS.get(weather);
  if (c === undefined) DESIGN_CONDITIONS.set(weather, (c = designConditions(weather)));
  return c;
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const seed = options.seed ?? scenario.seed;
  const weather = options.weather ?? loadWeather(scenario.site.weather);
  const hours = weather.hours * scenario.site.years;
  const endS = hours * SECONDS_PER_HOUR;
  const stepS = scenario.site.controlStepS;
  const warnings: string[] = [...weather.notes];
  const conditions = designConditionsOf(weather);
  const pressurePa = standardPressurePa(weather.station.elevationM);
  const sizing = scenario.designs.map((d) => sizeDesign(d, scenario.workload, conditions, pressurePa, scenario.site.designBasis));
  for (const s of sizing) warnings.push(...s.warnings);
  const key = clusterKey(scenario, seed, hours);
  // Control intervals end at stepS, 2 stepS, ... (accumulated as the engine's events are) and at endS.
  const steps = Math.ceil(endS / stepS) + 1;
  options.arrays?.reset();
  const runs = sizing.map((s) => new DesignRun(s.plant, hours, options.tapes, steps, options.arrays));
  if (scenario.resilience !== undefined) {
    runs.forEach((r, i) => {
      r.recordLoads(steps);
      const { groups, availability } = runAvailability(scenario.designs[i], sizing[i], scenario.resilience!, weather, seed, endS);
      r.setAvailability(availability, (inService) => degradedPlant(sizing[i].plant, groups, inService));
    });
  }
  const state: StepInput = newStepInput(scenario.workload.groups.length);
  const groupValues = state.groups.length;
  const stepsPerHour = Math.round(SECONDS_PER_HOUR / stepS);
  // depends on: the interval's mean cluster state (set by the caller) and its weather; all designs see both.
  const evaluateDesigns = (nowS: number) => {
    weatherAt(weather, nowS - stepS, stepsPerHour, state);
    for (const r of runs) r.evaluate(nowS - stepS, stepS, state);
  };

  let cluster = options.cluster;
  if (cluster !== undefined) {
    if (cluster.key !== key) throw new RangeError('simulate: the cluster series was recorded for another workload, seed, control step or length');
    let i = 0;
    const replay = (nowS: number, c: ClusterSeries) => {
      state.computePowerW = c.computePowerW[i];
      state.poweredNodes = c.poweredNodes[i];
      state.meanUtilization = c.meanUtilization[i];
      if (groupValues > 0) state.groups.set(c.groups.subarray(i * groupValues, (i + 1) * groupValues));
      i++;
      evaluateDesigns(nowS);
    };
    for (let nowS = stepS; nowS < endS; nowS += stepS) replay(nowS, cluster);
    replay(endS, cluster);
    if (i !== cluster.computePowerW.length) throw new RangeError(`simulate: the cluster series has ${cluster.computePowerW.length} intervals, the run ${i}`);
  } else {
    cluster = runCluster(scenario, seed, key, endS, steps, state, evaluateDesigns, scenario.resilience !== undefined);
  }
  // depends on: each hour's loop heat of the whole run and the hour's month (a monthly heat demand).
  runs.forEach((r, i) => {
    const spec = scenario.designs[i].heatReuse;
    const liquid = r.plant.cooling.liquid;
    if (spec === undefined) return;
    const returnC = liquid === undefined ? undefined : liquid.facilitySupplyC + liquid.facilityDeltaTK;
    r.heatReuse = { temperatureC: spec.temperatureC, ...heatReuse(spec, returnC, r.loopHeatJByHour, weather.month) };
  });
  warnings.push(...workloadWarnings(cluster.jobs, totalGpus(scenario.workload.groups))); // depends on: the jobs of the whole run
  return { scenario, seed, weather, hours, designs: runs, sizing, jobs: cluster.jobs, cluster, warnings };
}
