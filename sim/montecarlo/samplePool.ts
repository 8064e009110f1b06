/**
 * Runs re-simulated samples on worker threads (piscina), or in this thread
 * when `threads` is 1. Results land at their sample's index, so the output is
 * the same whichever thread finished first.
 *
 * Piscina needs a JavaScript entry: from dist/ this file sits beside worker.js;
 * from the TypeScript sources (tsx, vitest) beside worker.ts, which the worker
 * then loads through tsx's loader.
 */
import { Piscina } from 'piscina';
import { InputError } from '../errors.js';
import { sampleSimulator, type ScenarioSource } from './sampleScenario.js';
import type { SampleReply, SampleTask } from './worker.js';

/** The worker entry next to this module, and the Node flags it needs. */
export function workerEntry(moduleUrl: string = import.meta.url): { filename: string; execArgv: string[] } {
  const fromSource = moduleUrl.endsWith('.ts');
  const filename = new URL(fromSource ? './worker.ts' : './worker.js', moduleUrl).href;
  if (!fromSource) return { filename, execArgv: [] };
  const resolveTsx = (import.meta as { resolve?: (s: string) => string }).resolve;
  return { filename, execArgv: ['--import', resolveTsx ? resolveTsx('tsx') : 'tsx'] };
}

/** Evaluates `overrides[i]` for every i; `onDone` after each sample. */
export async function simulateSamples(
  source: ScenarioSource,
  overrides: string[][],
  threads: number,
  onDone: () => void,
): Promise<Float64Array[]> {
  const results = new Array<Float64Array>(overrides.length);
  const workers = Math.min(threads, overrides.length);
  if (workers <= 1) {
    const simulate = sampleSimulator(source);
    for (let i = 0; i < overrides.length; i++) {
      results[i] = simulate(i, overrides[i]);
      onDone();
      await new Promise((r) => setImmediate(r)); // let a progress bar redraw
    }
    return results;
  }
  const { filename, execArgv } = workerEntry();
  const pool = new Piscina<SampleTask, SampleReply>({
    filename,
    execArgv,
    workerData: source,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
  });
  try {
    await Promise.all(
      overrides.map(async (o, index) => {
        const reply = await pool.run({ index, overrides: o });
        if ('inputError' in reply) throw new InputError(reply.inputError);
        results[index] = reply.kpis;
        onDone();
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}
