/**
 * The composition root: Scenario -> SimulationResult.
 *
 *   jobs (trace/generator) ─► scheduler ─► cluster power   integrated exactly between events
 *   weather (EPW/.mos/synthetic) ─► control events every controlStepS
 *   at each control step, per design (designRun.ts):
 *     IT (PSU, fans) ─► power chain ─► heat split ─► cooling plant ─► meters
 *
 * Only this file and its helpers (designRun.ts, sizeDesign.ts,
 * workloadProcess.ts) touch the engine. All designs see exactly the same
 * weather and the same jobs (one workload, one cluster meter).
 */
import { Env } from './engine/env.js';
import { MeterBank } from './engine/meter.js';
import { RandomStreams } from './engine/random.js';
import { SECONDS_PER_HOUR } from './units.js';
import type { Scenario } from './scenario/schema.js';
import { loadWeather, type Weather } from './models/climate/weather.js';
import { designConditions } from './models/climate/designConditions.js';
import { standardPressurePa } from './models/climate/psychrometrics.js';
import { startWorkload, type WorkloadStats } from './workloadProcess.js';
import { DesignRun, type IntervalState } from './designRun.js';
import { sizeDesign, type SizedDesign } from './sizeDesign.js';
import { weatherAt } from './weatherAt.js';

export interface SimulationResult {
  scenario: Scenario;
  seed: number;
  weather: Weather;
  hours: number;
  designs: DesignRun[];
  /** Design-point sizing of each design (racks, ratings), for TCO and capacity. */
  sizing: SizedDesign[];
  jobs: WorkloadStats;
  warnings: string[];
}

export interface SimulateOptions {
  seed?: number;
  /** Weather already read (sweeps and Monte Carlo reuse it). */
  weather?: Weather;
}

/** Cluster meter channels: compute power W, powered nodes, utilization x powered nodes. */
const COMPUTE = 0;
const POWERED = 1;
const BUSY = 2;

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const seed = options.seed ?? scenario.seed;
  const weather = options.weather ?? loadWeather(scenario.site.weather);
  const hours = weather.hours * scenario.site.years;
  const endS = hours * SECONDS_PER_HOUR;
  const stepS = scenario.site.controlStepS;
  const warnings: string[] = [...weather.notes];
  const conditions = designConditions(weather);
  const pressurePa = standardPressurePa(weather.station.elevationM);
  const sizing = scenario.designs.map((d) => sizeDesign(d, scenario.workload, conditions, pressurePa));
  for (const s of sizing) warnings.push(...s.warnings);
  const runs = sizing.map((s) => new DesignRun(s.plant, hours));

  // The warm-up replays jobs before t = 0 without metering them: the year starts with a loaded cluster.
  const warmUpS = scenario.workload.warmUpS ?? 0;
  const env = new Env(-warmUpS);
  const cluster = new MeterBank(['compute', 'powered', 'busy'], 0, 1);
  const workload = startWorkload(env, scenario.workload, new RandomStreams(seed), { startS: -warmUpS, endS }, (nowS) => {
    if (nowS > 0) cluster.advance(nowS);
    setClusterPower();
  });
  function setClusterPower(): void {
    const powered = workload.poweredNodes();
    cluster.powerW[COMPUTE] = workload.computePowerW();
    cluster.powerW[POWERED] = powered;
    cluster.powerW[BUSY] = workload.meanUtilization() * powered;
  }
  setClusterPower();

  const state: IntervalState = { computePowerW: 0, poweredNodes: 0, meanUtilization: 0, dryBulbC: 0, wetBulbC: 0, pressurePa: 0 };
  const lastJ = new Float64Array(3);
  const stepsPerHour = Math.round(SECONDS_PER_HOUR / stepS);
  const closeInterval = (nowS: number) => {
    cluster.advance(nowS);
    const e = cluster.energyJ;
    state.computePowerW = (e[COMPUTE] - lastJ[COMPUTE]) / stepS;
    state.poweredNodes = (e[POWERED] - lastJ[POWERED]) / stepS;
    state.meanUtilization = state.poweredNodes > 0 ? (e[BUSY] - lastJ[BUSY]) / stepS / state.poweredNodes : 0;
    lastJ.set(e);
    weatherAt(weather, nowS - stepS, stepsPerHour, state);
    for (const r of runs) r.evaluate(nowS - stepS, stepS, state);
  };
  const controlKind = env.on('control', (nowS) => {
    closeInterval(nowS);
    if (nowS + stepS < endS) env.at(nowS + stepS, controlKind);
  });
  env.at(stepS, controlKind);
  env.run({ untilS: endS });
  // The boundary rule leaves the event at endS unprocessed: close the last interval here.
  closeInterval(endS);

  return { scenario, seed, weather, hours, designs: runs, sizing, jobs: workload.stats(), warnings };
}
