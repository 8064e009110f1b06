/**
 * The work a scenario asks for, estimated before anything is simulated, and the
 * documented limits past which the CLI refuses it without `--allow-large`, so a
 * plausible typo (`nodes.count: 1e9`, a trace's `arrivalScale: 3500` for 3.5)
 * fails at once with exit 2 instead of running for hours.
 *
 *   nodes         workload.nodes.count
 *   jobs          submitted over warm-up + simulated years: Poisson rate x that time; a trace's
 *                 rows in [from, to) (traceExtent.ts) x arrivalScale x passes (repeat); for
 *                 utilization profiles, their steps (one event each)
 *   design-steps  control steps (years x 8,760 h / controlStep) x designs
 *   total         design-steps x Monte Carlo samples (every sample counted, even money-only
 *                 ones that re-simulate nothing), x sweep cases of the shard, or x the sites simulated
 *                 of a `sites:` scenario (each site checked with that count: sim/cli/runSites.ts)
 *
 * The limits leave scenarios/scale-1m-jobs.yaml (2,000 nodes, ~1.25 M jobs, 525,600 steps x
 * 2 designs) 50x, 16x and 19x below them, and the default scenario with `--samples 1000`
 * (8,760 steps x 2 designs x 1,000) 28x below the total (test/studies/workEstimate.test.ts).
 */
import type { Scenario } from '../scenario/schema.js';
import { totalGpus, totalNodes } from '../models/workload/nodeGroup.js';
import { InputError } from '../errors.js';
import { offeredGpus } from '../models/workload/generators.js';
import { traceExtent } from '../models/workload/traceExtent.js';
import { SECONDS_PER_YEAR } from '../units.js';

/**
 * Most work one command accepts without --allow-large. Costs measured on the project machine
 * (Node 20, 2 shared cores, scale-1m-jobs.yaml with --set; RSS from /usr/bin/time):
 *   node: 10 M nodes took 400 MB and 20 s more than 2,000 (~26 B and ~2 us a node);
 *   job: 1.25 M jobs ~1.3 s of CPU (~1 us a job); a backlog of 1.2 M queued jobs ~27 MB;
 *   design-step: 1-min steps, 2 designs: 5 years 34 s / 300 MB, 30 years 293 s / 1.18 GB
 *   (~6-9 us and ~37 B each); a re-simulated Monte Carlo sample replays at ~3 us a design-step
 *   (README Performance: 0.054 s a sample of 17,520).
 */
export const WORK_LIMITS = {
  /** GPU nodes: beyond any cluster built (100,000 DGX-class nodes = 800,000 GPUs); ~3 MB. */
  nodes: 100_000,
  /** Jobs (or profile steps) per run, warm-up included: ~20 s of scheduling, < 0.5 GB of backlog. */
  jobs: 20_000_000,
  /** Control steps x designs per run: ~2-3 min and ~0.75 GB. */
  designSteps: 20_000_000,
  /** Design-steps x samples (or sweep cases): ~25 min of one thread for replayed samples. */
  totalDesignSteps: 500_000_000,
} as const;

export interface WorkEstimate {
  nodes: number;
  gpus: number;
  /** Expected jobs submitted over the warm-up and the simulated years; undefined for a trace that cannot be sized. */
  jobs?: number;
  /** Utilization steps over the warm-up and the simulated years (profile and diurnal workloads). */
  profileSteps?: number;
  /** Poisson jobs: offered GPUs (Little's law) / installed GPUs; above 1 the queue grows without bound. */
  offeredLoad?: number;
  controlSteps: number;
  designs: number;
  /** Simulations the command runs (1, Monte Carlo samples or sweep cases) and what they are called. */
  runs: number;
  runsLabel: string;
}

/** Estimates the work of `runs` simulations of `scenario` (reads at most a few kB of a job trace). */
export function estimateWork(scenario: Scenario, runs = 1, runsLabel = 'runs'): WorkEstimate {
  const { groups, jobs } = scenario.workload;
  const simulatedS = (scenario.workload.warmUpS ?? 0) + scenario.site.years * SECONDS_PER_YEAR;
  const gpus = totalGpus(groups);
  const e: WorkEstimate = {
    nodes: totalNodes(groups), gpus,
    controlSteps: Math.ceil((scenario.site.years * SECONDS_PER_YEAR) / scenario.site.controlStepS),
    designs: scenario.designs.length, runs, runsLabel,
  };
  if (jobs.kind === 'poisson') {
    e.jobs = jobs.poisson.ratePerS * simulatedS;
    e.offeredLoad = offeredGpus(jobs.poisson) / gpus;
  } else if (jobs.kind === 'trace') {
    const t = jobs.trace;
    const extent = traceExtent(t.path, t.columns.submit, t.timeUnitS, t.fromS, t.toS);
    if (extent !== undefined) {
      // One pass over [from, to) covers (to - from) / arrivalScale of simulated time (trace.ts).
      const periodS = (t.toS ?? extent.lastSubmitS) - (t.fromS ?? extent.firstSubmitS);
      const passes = periodS > 0 ? (simulatedS * t.arrivalScale) / periodS : 1;
      e.jobs = extent.rows * (t.repeat ? passes : Math.min(1, passes));
    }
  } else {
    e.profileSteps = simulatedS / (jobs.kind === 'profile' ? jobs.profile.stepS : jobs.diurnal.stepS);
  }
  return e;
}

/** Whole numbers with thousands separators (1,280); 2 significant digits with `~` for estimates. */
const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const about = (n: number) => `~${whole(Number(n.toPrecision(2)))}`;

/** One line, e.g. `160 nodes, ~600,000 jobs, 8,760 control steps x 2 designs`. */
export function describeWork(e: WorkEstimate): string {
  const parts = [`${whole(e.nodes)} nodes`];
  if (e.jobs !== undefined) parts.push(`${about(e.jobs)} jobs${e.offeredLoad === undefined ? '' : ` (offered load ${Math.round(e.offeredLoad * 100)} % of ${whole(e.gpus)} GPUs)`}`);
  else if (e.profileSteps !== undefined) parts.push(`${about(e.profileSteps)} utilization-profile steps`);
  else parts.push('trace jobs not estimated (its first or last lines unreadable)');
  parts.push(`${whole(e.controlSteps)} control steps x ${e.designs} design${e.designs === 1 ? '' : 's'}${e.runs > 1 ? ` x ${whole(e.runs)} ${e.runsLabel}` : ''}`);
  return parts.join(', ');
}

/** Each limit `e` exceeds, as `path: expected at most ..., got ... (estimated work: ...)`; [] when within all. */
export function workProblems(scenario: Scenario, e: WorkEstimate, runsFlag = '--samples'): string[] {
  const problems: string[] = [];
  const over = (path: string, limit: number, what: string, got: string) =>
    problems.push(`${path}: expected at most ${whole(limit)} ${what} without --allow-large, got ${got} (estimated work: ${describeWork(e)})`);
  if (e.nodes > WORK_LIMITS.nodes) over('workload.nodes.count', WORK_LIMITS.nodes, 'nodes', whole(e.nodes));
  const kind = scenario.workload.jobs.kind;
  const jobsPath = kind === 'poisson' ? 'workload.jobs.poisson.rate' : kind === 'trace' ? 'workload.jobs.trace' : `workload.jobs.${kind}.step`;
  const events = e.jobs ?? e.profileSteps ?? 0;
  const what = e.jobs === undefined ? 'utilization-profile steps' : 'jobs';
  if (events > WORK_LIMITS.jobs) over(jobsPath, WORK_LIMITS.jobs, `${what} over the warm-up and the simulated years`, about(events));
  const designSteps = e.controlSteps * e.designs;
  if (designSteps > WORK_LIMITS.designSteps) {
    over('site.controlStep', WORK_LIMITS.designSteps, 'control steps x designs', `${whole(designSteps)} (${whole(e.controlSteps)} steps x ${e.designs} designs)`);
  } else if (designSteps * e.runs > WORK_LIMITS.totalDesignSteps) {
    over(runsFlag, WORK_LIMITS.totalDesignSteps, `control steps x designs x ${e.runsLabel}`, whole(designSteps * e.runs));
  }
  return problems;
}

/**
 * The CLI's check before simulating: throws InputError (exit 2) naming each limit passed, unless
 * `allowLarge`; returns the estimate (validate prints it) and the limits passed with --allow-large.
 */
export function checkWork(scenario: Scenario, shownAs: string, options: { allowLarge?: boolean; runs?: number; runsLabel?: string; runsFlag?: string } = {}): { estimate: WorkEstimate; allowed: string[] } {
  const estimate = estimateWork(scenario, options.runs, options.runsLabel);
  const problems = workProblems(scenario, estimate, options.runsFlag).map((p) => (p.startsWith('--') ? p : `${shownAs}: ${p}`));
  if (problems.length > 0 && !options.allowLarge) throw new InputError(problems);
  return { estimate, allowed: problems };
}
