/**
 * `npm run bench` without a model: every performance figure of the project with
 * its target and pass/fail, on the machine it names. Order: start-up, the default
 * scenario end to end, the scale case, the XPU pool at scale, the engine against its peers, Monte Carlo
 * (the longest) last. Each figure is reported as it completes (`onFigure`).
 *
 *   npm run bench [-- [--json|--markdown] [--runs N] [--startup-runs N] [--mc-samples N] [--days D] [--no-peers]]
 */
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { VERSION } from '../cli/version.js';
import { defaultRunFigures, poolFigures, scaleFigures, startupFigures } from './cliFigures.js';
import { engineFigures } from './engineFigures.js';
import type { Figure } from './figure.js';
import { machine, type Machine } from './machine.js';
import { monteCarloFigures } from './monteCarloFigures.js';
import { TARGETS } from './targets.js';
import { CLI_BIN } from './timing.js';

export interface SuiteOptions {
  root: string;
  runs: number;
  startupRuns: number;
  /** Samples each Monte Carlo run draws; 0 skips Monte Carlo. */
  mcSamples: number;
  mcRuns: number;
  days: number;
  peers: boolean;
  onFigure?: (f: Figure) => void;
}

export const SUITE_DEFAULTS = { runs: 3, startupRuns: 11, mcSamples: TARGETS.monteCarloSamples, mcRuns: 3, days: 365, peers: true } as const;

export interface BenchReport {
  dctwin: string;
  /** ISO time the bench started. */
  startedAt: string;
  machine: Machine;
  /** True when dist/sim/cli/bin.js is the esbuild bundle (npm run build), false for tsc's output alone. */
  bundled: boolean;
  options: Omit<SuiteOptions, 'root' | 'onFigure'>;
  figures: Figure[];
}

/** tsc's bin.js is a few lines; the bundle holds commander and every command definition. */
const isBundled = (): boolean => statSync(CLI_BIN).size > 20_000;

export function runSuite(opts: SuiteOptions): BenchReport {
  const { root, onFigure, ...options } = opts;
  const report: BenchReport = { dctwin: VERSION, startedAt: new Date().toISOString(), machine: machine(), bundled: isBundled(), options, figures: [] };
  const add = (figures: Figure[]) => {
    for (const f of figures) {
      report.figures.push(f);
      onFigure?.(f);
    }
  };
  const cli = { root, runs: opts.runs, startupRuns: opts.startupRuns };
  add(startupFigures(cli));
  const { figures, baseS } = defaultRunFigures(cli);
  add(figures);
  add(scaleFigures(cli));
  add(poolFigures(cli));
  add(engineFigures({ days: opts.days, peers: opts.peers }));
  if (opts.mcSamples > 0 && Number.isFinite(baseS)) add(monteCarloFigures({ root, samples: opts.mcSamples, runs: opts.mcRuns, baseS, cores: report.machine.cores }));
  else {
    const note = opts.mcSamples > 0 ? 'the default run failed: no base to project from' : 'skipped (--mc-samples 0)';
    add([{ id: 'monteCarlo', label: 'Monte Carlo', measured: '-', target: '-', verdict: opts.mcSamples > 0 ? 'fail' : 'skipped', note, data: { skipped: note } }]);
  }
  report.machine.loadAtEnd = loadavg();
  return report;
}

