/**
 * Piscina worker for re-simulated Monte Carlo samples. It receives the
 * scenario source once (workerData), keeps its parsed weather, and per task
 * gets only the sample's overrides; it returns the compact KPI vector, or the
 * lines of an input problem (errors lose their class across threads).
 */
import { workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { sampleSimulator, type ScenarioSource } from './sampleScenario.js';

export interface SampleTask {
  index: number;
  overrides: string[];
}

export type SampleReply = { kpis: Float64Array } | { inputError: string[] };

const simulateSample = sampleSimulator(workerData as ScenarioSource);

/** Evaluates one sample; the same call the in-thread path makes. */
export default function runSample(task: SampleTask): SampleReply {
  try {
    return { kpis: simulateSample(task.index, task.overrides) };
  } catch (err) {
    if (err instanceof InputError) return { inputError: err.lines };
    throw err;
  }
}
