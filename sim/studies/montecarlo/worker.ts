/**
 * Piscina worker for re-simulated Monte Carlo samples. It receives the
 * scenario source once (workerData) and keeps its parsed weather and cluster
 * series; its one task takes samples from the run's shared counter and writes
 * their KPI vectors into the shared results until none is left
 * (sharedSamples.ts).
 */
import { workerData } from 'node:worker_threads';
import { sampleSimulator, type ScenarioSource } from './sampleScenario.js';
import { workerTask, type SampleReply, type SampleTask } from './sharedSamples.js';

const simulateSample = sampleSimulator(workerData as ScenarioSource);

/** Evaluates samples until none is left; the same evaluation the in-thread path makes. */
export default function runSamples(task: SampleTask): Promise<SampleReply> {
  return workerTask(task, simulateSample);
}
