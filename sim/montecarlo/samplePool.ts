/**
 * Runs re-simulated samples on `threads` threads: this one and `threads - 1`
 * piscina workers, taking the next sample index as each becomes free. Results
 * land at their sample's index and every thread evaluates a sample with the
 * same code (sampleScenario.ts), so the output is the same whichever thread ran
 * which sample, and whatever `threads` is.
 *
 * Why this thread takes part and workers start early: on a 2-core machine the
 * speed-up of two threads over one is what is asked of Monte Carlo (issue 6).
 * The workers are started (startSamples) before the base run, so loading their
 * modules, reading the weather, simulating the jobs once and warming up the JIT
 * happen while this thread runs the base case; then this thread, already warm,
 * joins (finish) instead of waiting idle on the workers.
 *
 * Piscina needs a JavaScript entry: from dist/ this file sits beside worker.js;
 * from the TypeScript sources (tsx, vitest) beside worker.ts, which the worker
 * then loads through tsx's loader.
 */
import { Piscina } from 'piscina';
import { InputError } from '../errors.js';
import { sampleSimulator, type ScenarioSource } from './sampleScenario.js';
import type { SampleReply, SampleTask } from './worker.js';

/**
 * Tasks queued per worker while this thread runs the base case (enough to cover it: the base run takes a
 * few samples' time) and afterwards (a worker always has its next task at hand while this thread is busy
 * with a sample and cannot hand one out; a small queue keeps the tail short).
 */
const EARLY_TASKS_PER_WORKER = 6;
const TASKS_PER_WORKER = 2;

/** The worker entry next to this module, and the Node flags it needs. */
export function workerEntry(moduleUrl: string = import.meta.url): { filename: string; execArgv: string[] } {
  const fromSource = moduleUrl.endsWith('.ts');
  const filename = new URL(fromSource ? './worker.ts' : './worker.js', moduleUrl).href;
  if (!fromSource) return { filename, execArgv: [] };
  const resolveTsx = (import.meta as { resolve?: (s: string) => string }).resolve;
  return { filename, execArgv: ['--import', resolveTsx ? resolveTsx('tsx') : 'tsx'] };
}

/** Samples under way on worker threads; `finish` joins in on this thread and returns every sample's KPIs. */
export interface StartedSamples {
  /**
   * Runs the samples no worker has taken on this thread (with `source`, which may carry the base run's cluster
   * series), waits for the workers, and returns the KPI vectors in sample order; `onDone` once per sample.
   */
  finish(source: ScenarioSource, onDone: () => void): Promise<Float64Array[]>;
  /** Stops the workers (after a failure elsewhere); finish() does it itself. */
  close(): Promise<void>;
}

/**
 * Starts `overrides.length` samples of `source` on `threads - 1` worker threads (none when `threads` is 1).
 * Workers get `source` without a cluster series (the base run has not made it yet): each simulates the jobs
 * once, which gives the same series the base run records.
 */
export function startSamples(source: ScenarioSource, overrides: string[][], threads: number): StartedSamples {
  const n = overrides.length;
  const results = new Array<Float64Array>(n);
  const workers = Math.max(0, Math.min(threads, n) - 1);
  let next = 0;
  let inFlight = 0;
  let perWorker = EARLY_TASKS_PER_WORKER;
  let failure: unknown;
  let doneEarly = 0;
  let onDone: (() => void) | undefined;
  let allSettled: (() => void) | undefined;

  const { filename, execArgv } = workerEntry();
  const pool = workers === 0 ? undefined : new Piscina<SampleTask, SampleReply>({
    filename,
    execArgv,
    workerData: { ...source, cluster: undefined } satisfies ScenarioSource,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: EARLY_TASKS_PER_WORKER,
    idleTimeout: 1000,
  });
  const sampleDone = () => (onDone ? onDone() : doneEarly++);
  const dispatch = () => {
    while (pool && failure === undefined && next < n && inFlight < workers * perWorker) {
      const index = next++;
      inFlight++;
      pool.run({ index, overrides: overrides[index] }).then(
        (reply) => {
          if ('inputError' in reply) failure ??= new InputError(reply.inputError);
          else {
            results[index] = reply.kpis;
            sampleDone();
          }
        },
        (err: unknown) => { failure ??= err; },
      ).finally(() => {
        inFlight--;
        dispatch();
        if (inFlight === 0) allSettled?.();
      });
    }
  };
  dispatch();

  const close = async () => { await pool?.destroy(); };
  return {
    close,
    async finish(here, done) {
      try {
        onDone = done;
        for (; doneEarly > 0; doneEarly--) done();
        perWorker = TASKS_PER_WORKER;
        const simulate = sampleSimulator(here);
        while (failure === undefined && next < n) {
          const index = next++;
          try {
            results[index] = simulate(index, overrides[index]);
          } catch (err) {
            failure ??= err;
            break;
          }
          done();
          await new Promise((r) => setImmediate(r)); // hand out worker tasks, let a progress bar redraw
        }
        if (inFlight > 0) await new Promise<void>((r) => { allSettled = r; });
        if (failure !== undefined) throw failure;
        return results;
      } finally {
        await close();
      }
    },
  };
}

/** Evaluates `overrides[i]` for every i on `threads` threads; `onDone` after each sample. */
export function simulateSamples(source: ScenarioSource, overrides: string[][], threads: number, onDone: () => void): Promise<Float64Array[]> {
  return startSamples(source, overrides, threads).finish(source, onDone);
}
