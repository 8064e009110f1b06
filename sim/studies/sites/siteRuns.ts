/**
 * Evaluates every simulated site of a several-site scenario on `threads` threads: this one and
 * `threads - 1` piscina workers (like montecarlo/samplePool.ts). Each thread takes the next site
 * index from one shared counter (Atomics.add on a SharedArrayBuffer) and evaluates that site's
 * single-site scenario with the same code (sim/studies/evaluate.ts); results are placed by site
 * index, so the outputs are the same whichever thread ran which site and whatever `threads` is.
 * Workers parse the scenario text themselves (loadSites.ts, the same validation as this thread's).
 */
import { Piscina } from 'piscina';
import { availableParallelism } from 'node:os';
import { InputError } from '../../errors.js';
import { evaluate } from '../evaluate.js';
import { workerEntry } from '../montecarlo/samplePool.js';
import type { SitesLoad } from '../../scenario/loadSites.js';
import type { Summary } from '../../types/summary.js';
import type { HourlyTable } from '../../types/hourly.js';

/** What a worker needs to load the same sites: the scenario text as read, the run's flags and seed. */
export interface SitesSource {
  text: string;
  file: string;
  shownAs: string;
  overrides: string[];
  /** `dctwin sites --site` record ids. */
  addedSites: string[];
  seed?: number;
}

/** One site's run, as a single-site `dctwin run` of it would have it. */
export interface SiteRun {
  summary: Summary;
  hourly: HourlyTable;
}

/** A worker's task: the shared counter and which site indices (of SitesLoad.sites) are simulated. */
export interface SitesTask {
  counter: SharedArrayBuffer;
  todo: number[];
}
export type SitesReply = { runs: [number, SiteRun][] } | { inputError: string[] };

/** Takes site positions from `counter` until none is left; returns [position in `todo`, run] pairs. */
export function takeSites(task: SitesTask, run: (site: number) => SiteRun): [number, SiteRun][] {
  const counter = new Int32Array(task.counter);
  const done: [number, SiteRun][] = [];
  for (let k = Atomics.add(counter, 0, 1); k < task.todo.length; k = Atomics.add(counter, 0, 1)) done.push([k, run(task.todo[k])]);
  return done;
}

/** Evaluates site `i` of `load` (an index into load.sites). */
export const siteRunner = (load: SitesLoad, seed: number | undefined, overrides: string[]) => (i: number): SiteRun => {
  const { summary, hourly } = evaluate(load.sites[i].scenario, { seed, overrides });
  return { summary, hourly };
};

/**
 * Runs every site of `load` that is not excluded; returns one run per entry of load.sites (undefined when
 * excluded). `threads` defaults to every core; never more threads than sites. `thisThread: false` leaves
 * every site to the workers (tests use it to compare a worker's results with this thread's).
 */
export async function runSites(source: SitesSource, load: SitesLoad, threads = availableParallelism(), options: { thisThread?: boolean } = {}): Promise<(SiteRun | undefined)[]> {
  const todo = load.sites.flatMap((s, i) => (s.excluded === undefined ? [i] : []));
  const task: SitesTask = { counter: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT), todo };
  const here = options.thisThread ?? true;
  const workers = here ? Math.max(0, Math.min(threads, todo.length) - 1) : Math.max(1, Math.min(threads - 1, todo.length));
  const { filename, execArgv } = workerEntry(import.meta.url, 'sitesWorker');
  const pool = workers === 0 ? undefined : new Piscina<SitesTask, SitesReply>({ filename, execArgv, workerData: source, minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  const stop = () => Atomics.store(new Int32Array(task.counter), 0, todo.length); // no thread takes another site
  const replies = Array.from({ length: workers }, () => pool!.run(task));
  const settled = Promise.allSettled(replies);
  const runs: (SiteRun | undefined)[] = load.sites.map(() => undefined);
  try {
    await new Promise((r) => setImmediate(r)); // let the workers start before this thread takes its first site
    if (here) for (const [k, run] of takeSites(task, siteRunner(load, source.seed, source.overrides))) runs[todo[k]] = run;
    for (const outcome of await settled) {
      if (outcome.status === 'rejected') throw outcome.reason;
      const reply = outcome.value;
      if ('inputError' in reply) throw new InputError(reply.inputError);
      for (const [k, run] of reply.runs) runs[todo[k]] = run;
    }
    return runs;
  } catch (err) {
    stop();
    await settled;
    throw err;
  } finally {
    await pool?.destroy();
  }
}
