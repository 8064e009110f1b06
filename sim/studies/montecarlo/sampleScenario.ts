/**
 * One Monte Carlo sample, evaluated: the scenario text with the run's `--set`
 * overrides and the sample's overrides applied, validated exactly like a file,
 * then simulated (or, for money-only samples, re-costed on reused physics).
 * The same code runs in worker threads and in the main thread, so a run's
 * numbers do not depend on where its samples ran.
 */
import { InputError } from '../../errors.js';
import { parseScenarioText } from '../../scenario/load.js';
import type { Scenario } from '../../scenario/schema.js';
import { evaluate, type Evaluation } from '../evaluate.js';
import { addDecisions } from '../decisions.js';
import { loadWeather, type Weather } from '../../models/climate/weather.js';
import { clusterKey, type ClusterSeries } from '../../simulate.js';
import { PlantTapes } from '../../simulation/plantTapes.js';
import { ArrayPool } from '../../simulation/arrayPool.js';
import { kpiVector } from './kpis.js';

/** What a worker needs, sent once: the scenario text as read, where it came from, the run's overrides and seed. */
export interface ScenarioSource {
  text: string;
  /** Path relative files resolve against; `shownAs` is what messages print. */
  file: string;
  shownAs: string;
  /** The run's own `--set` texts, applied before each sample's. */
  overrides: string[];
  /** Simulation seed (`--seed`), else the scenario's: every sample simulates the same jobs. */
  seed?: number;
  /** The base run's cluster series: samples with its clusterKey replay it instead of running the jobs. */
  cluster?: ClusterSeries;
}

/** The scenario of sample `index`; an InputError names the sample instead of `--set`. */
export function sampleScenario(source: ScenarioSource, index: number, overrides: readonly string[]): Scenario {
  try {
    return parseScenarioText(source.text, source.file, [...source.overrides, ...overrides], source.shownAs).scenario;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new InputError(err.lines.map((line) => `${line.replace(/ \(from --set\)$/, '')} (Monte Carlo sample #${index})`));
  }
}

/**
 * Returns an evaluator of re-simulated samples that reads each weather file once and re-runs the jobs only
 * when a sample changes what the cluster depends on (workload, control step, years): otherwise it replays the
 * cluster series of the last sample that ran them (same numbers as a full run; only the design plants run).
 */
export function sampleSimulator(source: ScenarioSource): (index: number, overrides: readonly string[]) => Float64Array {
  const weathers = new Map<string, Weather>();
  let cluster = source.cluster;
  const tapes = new PlantTapes(); // a sub-plant a sample leaves unchanged is not re-evaluated
  const arrays = new ArrayPool(); // each sample rewrites the last one's year-long arrays: only its KPIs are kept
  return (index, overrides) => {
    const scenario = sampleScenario(source, index, overrides);
    const key = JSON.stringify(scenario.site.weather);
    let weather = weathers.get(key);
    if (weather === undefined) {
      weather = loadWeather(scenario.site.weather);
      weathers.set(key, weather);
    }
    const seed = source.seed ?? scenario.seed;
    const same = cluster !== undefined && cluster.key === clusterKey(scenario, seed, weather.hours * scenario.site.years);
    const evaluation = evaluate(scenario, { seed, weather, cluster: same ? cluster : undefined, tapes, componentSeries: false, arrays });
    cluster = evaluation.result.cluster;
    return kpiVector(evaluation.summary);
  };
}

/**
 * KPIs of a money-only sample: the base run's physics (hours, sizing, meters)
 * with the sampled scenario's costs, through the same addDecisions as a run.
 */
export function recostKpis(base: Evaluation, sampled: Scenario): Float64Array {
  const summary = structuredClone(base.summary);
  for (const d of summary.designs) {
    delete d.tco;
    delete d.comparison;
    delete d.capacity;
  }
  addDecisions(summary, base.hourly, { ...base.result, scenario: sampled });
  return kpiVector(summary);
}
