/**
 * Warnings about the workload itself, as data (the CLI prints them as
 * `warning: ...`): jobs that ask for more GPUs than the cluster has, so the
 * queue grows without bound and waits measure the backlog rather than the
 * design; and a job source of which no job ever ran, so the IT load is idle
 * power only. Poisson jobs are judged before the run from their parameters
 * (scenario/normalize.ts, with the file and line); a trace after the run from
 * the jobs it submitted (simulate.ts).
 */
import type { WorkloadStats } from './workloadProcess.js';
import { offeredLoadText } from '../scenario/messages.js';

/** Warnings from a finished run's job statistics; `gpus` the installed GPUs. */
export function workloadWarnings(stats: WorkloadStats, gpus: number): string[] {
  if (stats.source === 'profile' || stats.source === 'diurnal') return [];
  if (stats.started === 0) {
    const why = stats.submitted === 0 ? 'none was submitted' : `${stats.submitted.toLocaleString('en-US')} submitted, ${stats.rejected.toLocaleString('en-US')} of them larger than the cluster`;
    return [`workload: no job ran in the simulated years (${why}): the GPUs drew idle power only`];
  }
  if (stats.source === 'trace' && stats.offeredLoad > 1) return [`workload: the trace's ${offeredLoadText(stats.offeredLoad, gpus)}`];
  return [];
}
