/**
 * Figures measured by spawning the built CLI: start-up (`--version`, `validate`, with the
 * README's commands),
 * the default scenario end to end without and with the report, the scale
 * case and the XPU pool at scale (each skipped with a note while its scenario file is absent).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { mebibytes, seconds, type Figure } from './figure.js';
import { atMost, TARGETS, type Verdict } from './targets.js';
import { timeCli, timeCommand, timeNode, type Timing } from './timing.js';

export const SCALE_SCENARIO = join('scenarios', 'scale-1m-jobs.yaml');
export const POOL_SCENARIO = join('scenarios', 'bench', 'pool-5m-jobs.yaml');

export interface CliBenchOptions {
  root: string;
  /** Runs of each end-to-end case (median kept). */
  runs: number;
  /** Runs of each start-up case. */
  startupRuns: number;
}

function timed(id: string, label: string, t: Timing, maxS: number, targetText: string): Figure {
  const rss = t.peakRssBytes === undefined ? '' : `, peak RSS ${mebibytes(t.peakRssBytes)}`;
  if (t.error) return { id, label, measured: 'failed', target: targetText, verdict: 'fail', note: t.error, data: { error: t.error } };
  return {
    id,
    label,
    measured: seconds(t.medianS),
    target: targetText,
    verdict: atMost(t.medianS, maxS),
    note: `median of ${t.wallsS.length} (${t.wallsS.map((s) => s.toFixed(2)).join(', ')} s)${rss}`,
    data: { medianS: t.medianS, runs: t.wallsS.length, minS: Math.min(...t.wallsS), maxS: Math.max(...t.wallsS), ...(t.peakRssBytes === undefined ? {} : { peakRssBytes: t.peakRssBytes }) },
  };
}

/** Runs `dctwin ARGS --out <temp folder>` and removes the folder after. */
function timeRun(args: string[], opts: CliBenchOptions): Timing {
  const out = mkdtempSync(join(tmpdir(), 'dctwin-bench-out-'));
  try {
    return timeCli([...args, '--out', join(out, 'run')], { runs: opts.runs, rss: true, cwd: opts.root });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Node's own start-up here, for reference (NODE_EXTRA_CA_CERTS, for one, makes every Node start read a certificate file). */
function nodeBaseline(opts: CliBenchOptions): Figure {
  const t = timeNode(['-e', '0'], { runs: opts.startupRuns, cwd: opts.root });
  const f = timed('startup.node', 'start-up: node -e 0 (Node alone, for reference)', t, Infinity, '-');
  const ca = process.env.NODE_EXTRA_CA_CERTS ? '; NODE_EXTRA_CA_CERTS is set: every Node start here also loads extra CA certificates' : '';
  return { ...f, verdict: t.error ? 'fail' : 'info', note: `${f.note ?? ''}${ca}`, data: { ...f.data, extraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS) } };
}

/** PATH with the project's node_modules/.bin first: how the README's `dctwin …` is found after `npm ci`. */
const withLocalBin = (root: string): NodeJS.ProcessEnv => ({ ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` });

/**
 * Start-up with the README's own commands, after Node's and npm's own start-up as references:
 * `dctwin --version` and `dctwin validate …` as the shell finds them (node_modules/.bin on PATH),
 * and the quickstart's `npx dctwin --version`, judged on what it adds to `npx -c true` (npx running a
 * no-op through the same exec path: npm loading its installer, which dctwin cannot change).
 */
export function startupFigures(opts: CliBenchOptions): Figure[] {
  const target = `<= ${seconds(TARGETS.startupMaxS)}`;
  const env = withLocalBin(opts.root);
  const time = (command: string, args: string[]) => timeCommand(command, args, { runs: opts.startupRuns, cwd: opts.root, env });
  const npm = time('npx', ['-c', 'true']);
  const npx = time('npx', ['dctwin', '--version']);
  const npmFigure = timed('startup.npx', "start-up: npx -c true (npx running a no-op: npm's own exec start-up, for reference)", npm, Infinity, '-');
  const addedS = npx.medianS - npm.medianS;
  const npxFigure = timed('startup.npxDctwin', 'start-up: npx dctwin --version (the quickstart)', npx, Infinity, `npx + ${seconds(TARGETS.startupMaxS)}`);
  return [
    nodeBaseline(opts),
    { ...npmFigure, verdict: npm.error ? 'fail' : 'info' },
    {
      ...npxFigure,
      verdict: npx.error || npm.error ? 'fail' : atMost(addedS, TARGETS.startupMaxS),
      note: `${npxFigure.note ?? ''}; ${seconds(addedS)} more than npx -c true`,
      data: { ...npxFigure.data, addedS },
    },
    timed('startup.version', 'start-up: dctwin --version (node_modules/.bin on PATH)', time('dctwin', ['--version']), TARGETS.startupMaxS, target),
    timed('startup.validate', 'start-up: dctwin validate scenarios/default.yaml', time('dctwin', ['validate', 'scenarios/default.yaml']), TARGETS.startupMaxS, target),
  ];
}

/** The default scenario end to end; returns the figures and the no-report median (the Monte Carlo base). */
export function defaultRunFigures(opts: CliBenchOptions): { figures: Figure[]; baseS: number } {
  const targetBare = `<= ${seconds(TARGETS.defaultRunNoReportMaxS)}`;
  const targetFull = `<= ${seconds(TARGETS.defaultRunReportMaxS)}`;
  const bare = timeRun(['run', '--no-report'], opts);
  const full = timeRun(['run'], opts);
  return {
    figures: [
      timed('default.noReport', 'default scenario: run --no-report', bare, TARGETS.defaultRunNoReportMaxS, targetBare),
      timed('default.report', 'default scenario: run (with report.html)', full, TARGETS.defaultRunReportMaxS, targetFull),
    ],
    baseS: bare.medianS,
  };
}

/** A scenario run end to end: its file, figure id prefix, label, and targets (none: reported for information). */
interface ScenarioCase {
  id: string;
  scenario: string;
  label: string;
  /** More `run` arguments, e.g. `--set workload.policy=energy-aware`. */
  set?: string;
  wallMaxS?: number;
  rssMaxBytes?: number;
}

/** Wall and peak RSS of `run <scenario> --no-report [--set …]` (skipped with a note while the file is absent). */
function scenarioFigures(opts: CliBenchOptions, c: ScenarioCase): Figure[] {
  const wallTarget = c.wallMaxS === undefined ? '-' : `<= ${seconds(c.wallMaxS)}`;
  const rssTarget = c.rssMaxBytes === undefined ? '-' : `<= ${mebibytes(c.rssMaxBytes)}`;
  if (!existsSync(join(opts.root, c.scenario))) {
    const note = `${c.scenario} is absent: not measured`;
    return [
      { id: `${c.id}.wall`, label: `${c.label}, wall`, measured: '-', target: wallTarget, verdict: 'skipped', note, data: { skipped: note } },
      { id: `${c.id}.peakRss`, label: `${c.label}, peak RSS`, measured: '-', target: rssTarget, verdict: 'skipped', note, data: { skipped: note } },
    ];
  }
  const t = timeRun(['run', c.scenario, '--no-report', ...(c.set === undefined ? [] : ['--set', c.set])], opts);
  const wall = timed(`${c.id}.wall`, `${c.label}, wall`, t, c.wallMaxS ?? Infinity, wallTarget);
  const rss = t.peakRssBytes ?? NaN;
  const judged = (v: Verdict, max: number | undefined) => (t.error ? 'fail' : max === undefined ? 'info' : v);
  return [
    { ...wall, verdict: judged(wall.verdict, c.wallMaxS) },
    {
      id: `${c.id}.peakRss`,
      label: `${c.label}, peak RSS`,
      measured: t.error ? 'failed' : mebibytes(rss),
      target: rssTarget,
      verdict: judged(atMost(rss, c.rssMaxBytes ?? Infinity), c.rssMaxBytes),
      note: t.error ? t.error : `largest of ${t.wallsS.length} runs`,
      data: { peakRssBytes: t.error ? null : rss },
    },
  ];
}

/** The scale case: wall and peak RSS of `run scenarios/scale-1m-jobs.yaml --no-report`, judged on issue 6's targets. */
export function scaleFigures(opts: CliBenchOptions): Figure[] {
  const label = `scale: run ${SCALE_SCENARIO} --no-report`;
  return scenarioFigures(opts, { id: 'scale', scenario: SCALE_SCENARIO, label, wallMaxS: TARGETS.scaleRunMaxS, rssMaxBytes: TARGETS.scaleRssMaxBytes });
}

/**
 * The XPU pool at scale (issue 15): 3 node groups, 10,000 nodes, ~5 M jobs, pooled as the file says and
 * energy-aware (which weighs each waiting job's expected energy per group); no target set, reported for information.
 */
export function poolFigures(opts: CliBenchOptions): Figure[] {
  const energyAware = 'workload.policy=energy-aware';
  return [
    ...scenarioFigures(opts, { id: 'pool', scenario: POOL_SCENARIO, label: `pool: run ${POOL_SCENARIO} --no-report` }),
    ...scenarioFigures(opts, { id: 'poolEnergyAware', scenario: POOL_SCENARIO, set: energyAware, label: `pool: run ${POOL_SCENARIO} --no-report --set ${energyAware}` }),
  ];
}
