/**
 * Runs re-simulated samples on `threads` threads: this one and `threads - 1`
 * piscina workers. Every thread takes the next sample index from one shared
 * counter (Atomics.add on a SharedArrayBuffer) and writes the sample's KPI
 * vector into a shared results matrix at that index, so the output is the same
 * whichever thread ran which sample, and whatever `threads` is: every thread
 * evaluates a sample with the same code (sampleScenario.ts).
 *
 * Why this shape (measured for issue 6, two threads on two cores):
 * - Workers start (startSamples) before the base run, so loading modules,
 *   reading the weather, simulating the jobs once and warming up the JIT happen
 *   while this thread runs the base case; then this thread, already warm, joins
 *   (finish) instead of waiting idle.
 * - A shared counter instead of one piscina task per sample: this thread is busy
 *   with its own sample for ~50 ms at a time and can hand out no task meanwhile,
 *   so a worker fed per task sat idle ~20 % of the time; with the counter a
 *   worker never waits for this thread.
 *
 * Piscina needs a JavaScript entry: from dist/ this file sits beside worker.js;
 * from the TypeScript sources (tsx, vitest) beside worker.ts, which the worker
 * then loads through tsx's loader.
 */
import { Piscina } from 'piscina';
import { InputError } from '../../errors.js';
import { sampleSimulator, type ScenarioSource } from './sampleScenario.js';
import { runSharedSamples, SharedSamples, type SampleReply, type SampleTask } from './sharedSamples.js';

/** The worker entry `name` next to the module at `moduleUrl` (default: this module's worker), and the Node flags it needs. */
export function workerEntry(moduleUrl: string = import.meta.url, name = 'worker'): { filename: string; execArgv: string[] } {
  const fromSource = moduleUrl.endsWith('.ts');
  const filename = new URL(fromSource ? `./${name}.ts` : `./${name}.js`, moduleUrl).href;
  if (!fromSource) return { filename, execArgv: [] };
  const resolveTsx = (import.meta as { resolve?: (s: string) => string }).resolve;
  return { filename, execArgv: ['--import', resolveTsx ? resolveTsx('tsx') : 'tsx'] };
}

/** Samples under way on worker threads; `finish` joins in on this thread and returns every sample's KPIs. */
export interface StartedSamples {
  /**
   * Runs samples on this thread (with `source`, which may carry the base run's cluster series) until none is
   * left, waits for the workers, and returns the KPI vectors in sample order; `onDone` once per sample.
   */
  finish(source: ScenarioSource, onDone: () => void): Promise<Float64Array[]>;
  /** Stops the workers (after a failure elsewhere); finish() does it itself. */
  close(): Promise<void>;
  /** Samples finished so far, on every thread. */
  done(): number;
}

/**
 * Starts `overrides.length` samples of `source`, each a KPI vector of `width` numbers, on `threads - 1`
 * worker threads (none when `threads` is 1). Workers get `source` without a cluster series (the base run
 * has not made it yet): each simulates the jobs once, which gives the same series the base run records.
 */
export function startSamples(source: ScenarioSource, overrides: string[][], width: number, threads: number): StartedSamples {
  const shared = SharedSamples.create(overrides.length, width);
  const workers = Math.max(0, Math.min(threads, overrides.length) - 1);
  const { filename, execArgv } = workerEntry();
  const pool = workers === 0 ? undefined : new Piscina<SampleTask, SampleReply>({
    filename,
    execArgv,
    workerData: { ...source, cluster: undefined } satisfies ScenarioSource,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
  });
  const task: SampleTask = { overrides, buffers: shared.buffers };
  // Each worker takes samples until the counter runs out; a failure reaches finish() through its promise.
  const running = Array.from({ length: workers }, () => pool!.run(task).then(
    (reply) => { if ('inputError' in reply) throw new InputError(reply.inputError); },
  ));
  const settled = Promise.allSettled(running);
  const close = async () => {
    shared.stop();
    await settled;
    await pool?.destroy();
  };
  return {
    close,
    done: () => shared.done(),
    async finish(here, onDone) {
      try {
        let reported = 0;
        const report = () => { // this thread's samples and the workers' finished so far, each once
          for (const done = shared.done(); reported < done; reported++) onDone();
        };
        const simulate = sampleSimulator(here);
        await runSharedSamples(shared, overrides, simulate, async () => {
          report();
          await new Promise((r) => setImmediate(r)); // let a progress bar redraw
        });
        const outcomes = await settled;
        report();
        const failed = outcomes.find((o) => o.status === 'rejected');
        if (failed) throw failed.reason;
        return shared.vectors();
      } finally {
        await close();
      }
    },
  };
}

/** Evaluates `overrides[i]` for every i on `threads` threads; `onDone` after each sample. */
export function simulateSamples(source: ScenarioSource, overrides: string[][], width: number, threads: number,
  onDone: () => void): Promise<Float64Array[]> {
  return startSamples(source, overrides, width, threads).finish(source, onDone);
}
