/**
 * Monte Carlo figures: the default scenario with an uncertainty block on physics
 * inputs (every sample re-simulates the year), `run --samples N --threads 1` and
 * `--threads 2`, alternated (1, 2, 1, 2, ...) `runs` times each so that a change in
 * the machine's load falls on both, and judged on their medians. Reported for
 * 1,000 samples; when the bench runs
 * fewer (`--mc-samples N`), a second run of one sample per thread gives the fixed
 * cost (base run, worker start-up) and the N-sample run is extrapolated along the
 * line through both. The per-sample cost is judged against the default run without
 * the report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mebibytes, seconds, times, type Figure } from './figure.js';
import { projectMonteCarlo, writeMonteCarloScenario, type Projection, type RunPoint } from './monteCarloScenario.js';
import { atLeast, atMost, TARGETS } from './targets.js';
import { median, timeCli, type Timing } from './timing.js';

export interface MonteCarloBenchOptions {
  root: string;
  samples: number;
  /** Runs of each thread count (alternated); the figures are their medians. */
  runs: number;
  /** Median wall of the default run without the report, s. */
  baseS: number;
  cores: number;
}

function runSamples(file: string, samples: number, threads: number, root: string): Timing {
  const out = mkdtempSync(join(tmpdir(), 'dctwin-bench-mc-out-'));
  try {
    const args = ['run', file, '--no-report', '--out', join(out, 'run'), '--samples', String(samples), '--threads', String(threads)];
    return timeCli(args, { runs: 1, rss: true, cwd: root });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

interface Measured {
  timing: Timing;
  projection?: Projection;
  /** The small run the projection starts from (absent when measured at the target). */
  low?: RunPoint;
}

/** `runs` runs of N samples on one and on two threads, alternated; the medians and every wall time. */
function alternate(file: string, opts: MonteCarloBenchOptions): { one: Timing; two: Timing } {
  const walls: [number[], number[]] = [[], []];
  const rss = [0, 0];
  for (let r = 0; r < opts.runs; r++) {
    for (const threads of [1, 2]) {
      const t = runSamples(file, opts.samples, threads, opts.root);
      if (t.error) return threads === 1 ? { one: t, two: t } : { one: summarized(walls[0], rss[0]), two: t };
      walls[threads - 1].push(t.medianS);
      rss[threads - 1] = Math.max(rss[threads - 1], t.peakRssBytes ?? 0);
    }
  }
  return { one: summarized(walls[0], rss[0]), two: summarized(walls[1], rss[1]) };
}

const summarized = (wallsS: number[], peakRssBytes: number): Timing => ({ wallsS, medianS: median(wallsS), peakRssBytes });

/**
 * The speed-up of each two-thread run over the one-thread run just before it, when both ran the target's
 * samples: neighbours share the machine's state of the moment (another tenant's load comes and goes over
 * minutes), so the median of these ratios is steadier than the ratio of the two medians.
 */
export function pairedSpeedups(one: Timing, two: Timing): number[] | undefined {
  if (one.error || two.error || one.wallsS.length !== two.wallsS.length || one.wallsS.length === 0) return undefined;
  return one.wallsS.map((w, i) => w / two.wallsS[i]);
}

/** The projection to the target from the median N-sample run and, when N is below the target, a run of `threads` samples. */
function project(file: string, threads: number, timing: Timing, opts: MonteCarloBenchOptions): Measured {
  if (timing.error) return { timing };
  const high = { samples: opts.samples, wallS: timing.medianS };
  let low: RunPoint = { samples: 0, wallS: opts.baseS };
  if (opts.samples < TARGETS.monteCarloSamples && opts.samples > threads) {
    const small = runSamples(file, threads, threads, opts.root);
    if (small.error) return { timing: small };
    low = { samples: threads, wallS: small.medianS };
  }
  return { timing, projection: projectMonteCarlo(low, high, TARGETS.monteCarloSamples), low };
}

const runsText = (t: Timing) => (t.wallsS.length === 1 ? 'one run' : `median of ${t.wallsS.length} alternated runs (${t.wallsS.map((w) => w.toFixed(1)).join(', ')} s)`);

const how = (p: Projection, t: Timing, low: RunPoint | undefined) =>
  `${p.samples === p.target ? runsText(t) : `projected from the ${runsText(t)} of ${p.samples} samples (${seconds(t.medianS)}) and one of ${low?.samples ?? 0} (${seconds(low?.wallS ?? NaN)})`}, ` +
  `${seconds(p.perSampleS)} per sample, peak RSS ${mebibytes(t.peakRssBytes ?? NaN)}`;

const failed = (id: string, label: string, target: string, t: Timing): Figure =>
  ({ id, label, measured: 'failed', target, verdict: 'fail', note: t.error, data: { error: t.error ?? null } });

export function monteCarloFigures(opts: MonteCarloBenchOptions): Figure[] {
  const n = TARGETS.monteCarloSamples;
  const label1 = `Monte Carlo, ${n.toLocaleString('en-US')} re-simulated samples, --threads 1`;
  const label2 = `Monte Carlo, ${n.toLocaleString('en-US')} re-simulated samples, --threads 2`;
  const target1 = 'reference for the speed-up';
  const target2 = `<= ${seconds(TARGETS.monteCarloMaxS)}, >= ${times(TARGETS.monteCarloTwoThreadMinSpeedup)} faster than 1 thread`;
  const scenario = writeMonteCarloScenario(opts.root);
  let m1: Measured;
  let m2: Measured;
  try {
    const { one, two } = alternate(scenario.file, opts);
    m1 = project(scenario.file, 1, one, opts);
    m2 = project(scenario.file, 2, two, opts);
  } finally {
    scenario.dispose();
  }
  const [one, two, p1, p2] = [m1.timing, m2.timing, m1.projection, m2.projection];
  const figures: Figure[] = [];
  if (!p1) figures.push(failed('monteCarlo.threads1', label1, target1, one));
  else {
    figures.push({
      id: 'monteCarlo.threads1', label: label1, measured: seconds(p1.projectedS), target: target1,
      verdict: 'info',
      note: how(p1, one, m1.low),
      data: { samplesRun: opts.samples, wallS: one.medianS, perSampleS: p1.perSampleS, projectedS: p1.projectedS, baseS: opts.baseS, peakRssBytes: one.peakRssBytes ?? null },
    });
  }
  if (!p2) figures.push(failed('monteCarlo.threads2', label2, target2, two));
  else {
    const pairs = p2.samples === p2.target ? pairedSpeedups(one, two) : undefined; // projections: the ratio of the projections
    const speedup = p1 === undefined ? NaN : pairs === undefined ? p1.projectedS / p2.projectedS : median(pairs);
    const enoughCores = opts.cores >= 2;
    figures.push({
      id: 'monteCarlo.threads2', label: label2, measured: `${seconds(p2.projectedS)} (${times(speedup)})`, target: target2,
      verdict: atMost(p2.projectedS, TARGETS.monteCarloMaxS) === 'fail' ? 'fail' : enoughCores ? atLeast(speedup, TARGETS.monteCarloTwoThreadMinSpeedup) : 'pass',
      note: `${how(p2, two, m2.low)}${pairs === undefined ? '' : `; speed-up: median of each run's (${pairs.map((x) => x.toFixed(2)).join(', ')}x against the 1-thread run just before it)`}${enoughCores ? '' : `; only ${opts.cores} core: speed-up not judged`}`,
      data: { samplesRun: opts.samples, wallS: two.medianS, perSampleS: p2.perSampleS, projectedS: p2.projectedS, speedup, pairedSpeedups: pairs?.map((x) => x.toFixed(4)).join(' ') ?? null, peakRssBytes: two.peakRssBytes ?? null },
    });
  }
  return figures;
}
