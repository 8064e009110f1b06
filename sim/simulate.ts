/**
 * The composition root: Scenario -> SimulationResult.
 *
 *   weather (EPW/.mos/synthetic) ──► control events every controlStepS
 *   jobs (trace/generator) ─► scheduler ─► cluster power ─► per design: IT (PSU, fans)
 *                                                              │ integrated exactly between events
 *   at each control step, per design: power chain ─► heat split ─► cooling plant ─► meters
 *
 * Per-interval order, each with what it depends on, is in designRun.ts. Only
 * this file and its helpers (designRun.ts, workloadProcess.ts) touch the engine.
 * All designs see exactly the same weather and the same jobs (one workload).
 */
import { Env } from './engine/env.js';
import { RandomStreams } from './engine/random.js';
import { SECONDS_PER_HOUR } from './units.js';
import type { Scenario } from './scenario/schema.js';
import { loadWeather, type Weather } from './models/climate/weather.js';
import { designConditions } from './models/climate/designConditions.js';
import { startWorkload, type WorkloadStats } from './workloadProcess.js';
import { DesignRun, type IntervalWeather } from './designRun.js';
import { sizeDesign } from './sizeDesign.js';

export interface SimulationResult {
  scenario: Scenario;
  seed: number;
  weather: Weather;
  hours: number;
  designs: DesignRun[];
  jobs: WorkloadStats;
  warnings: string[];
}

export interface SimulateOptions {
  seed?: number;
  /** Weather already read (sweeps and Monte Carlo reuse it). */
  weather?: Weather;
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const seed = options.seed ?? scenario.seed;
  const weather = options.weather ?? loadWeather(scenario.site.weather);
  const years = scenario.site.years;
  const hours = weather.hours * years;
  const endS = hours * SECONDS_PER_HOUR;
  const stepS = scenario.site.controlStepS;
  const warnings: string[] = [...weather.notes];
  const design = designConditions(weather);
  const runs = scenario.designs.map((d) => {
    const sized = sizeDesign(d, scenario.workload, design);
    warnings.push(...sized.warnings);
    return new DesignRun(sized.plant, 0, hours);
  });

  const env = new Env(0);
  const streams = new RandomStreams(seed);
  const workload = startWorkload(env, scenario.workload, streams, { startS: 0, endS }, (nowS) => {
    for (const r of runs) r.onWorkloadChange(nowS, workload);
  });
  for (const r of runs) r.onWorkloadChange(0, workload);

  const stepsPerHour = Math.round(SECONDS_PER_HOUR / stepS);
  const interval: IntervalWeather = { dryBulbC: 0, wetBulbC: 0, pressurePa: 0 };
  const closeControlInterval = (nowS: number) => {
    weatherAt(weather, nowS - stepS, stepsPerHour, interval);
    for (const r of runs) r.closeInterval(nowS, interval);
  };
  const controlKind = env.on('control', (nowS) => {
    closeControlInterval(nowS);
    if (nowS + stepS < endS) env.at(nowS + stepS, controlKind);
  });
  env.at(stepS, controlKind);
  env.run({ untilS: endS });
  // The boundary rule leaves the event at endS unprocessed: close the last interval here.
  closeControlInterval(endS);

  return { scenario, seed, weather, hours, designs: runs, jobs: workload.stats(), warnings };
}

/**
 * Weather of the control interval starting at startS. With hourly steps, the
 * EPW row of that hour. With sub-hourly steps, linear interpolation between
 * the previous and the current hour's values at the end of the step, as
 * EnergyPlus does (Engineering Reference, "Weather Data" interpolation).
 */
function weatherAt(w: Weather, startS: number, stepsPerHour: number, out: IntervalWeather): void {
  const absoluteHour = Math.floor(startS / SECONDS_PER_HOUR);
  const h = absoluteHour % w.hours;
  if (stepsPerHour === 1) {
    out.dryBulbC = w.dryBulbC[h];
    out.wetBulbC = w.wetBulbC[h];
    out.pressurePa = w.pressurePa[h];
    return;
  }
  const prev = (h + w.hours - 1) % w.hours;
  const step = Math.round((startS - absoluteHour * SECONDS_PER_HOUR) / (SECONDS_PER_HOUR / stepsPerHour));
  const f = (step + 1) / stepsPerHour;
  out.dryBulbC = w.dryBulbC[prev] + (w.dryBulbC[h] - w.dryBulbC[prev]) * f;
  out.wetBulbC = w.wetBulbC[prev] + (w.wetBulbC[h] - w.wetBulbC[prev]) * f;
  out.pressurePa = w.pressurePa[prev] + (w.pressurePa[h] - w.pressurePa[prev]) * f;
}
