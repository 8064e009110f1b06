/**
 * The Monte Carlo bench scenario: scenarios/default.yaml with the uncertainty
 * block of scenarios/bench/default-mc.uncertainty.yaml appended, written to a
 * temporary folder whose weather/ and traces/ are links to the shipped ones, so
 * the default scenario's relative paths resolve unchanged.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const UNCERTAINTY_FRAGMENT = join('scenarios', 'bench', 'default-mc.uncertainty.yaml');

/** The default scenario's text followed by the uncertainty block. */
export function monteCarloScenarioText(defaultText: string, fragmentText: string): string {
  return `${defaultText.replace(/\n*$/, '\n')}\n# --- appended by sim/bench/monteCarloScenario.ts from ${UNCERTAINTY_FRAGMENT}\n${fragmentText}`;
}

export interface TempScenario {
  file: string;
  dispose: () => void;
}

/** Writes the bench scenario under the temp folder; `dispose` removes the folder (links, not their targets). */
export function writeMonteCarloScenario(root: string): TempScenario {
  const scenarios = join(root, 'scenarios');
  const dir = mkdtempSync(join(tmpdir(), 'dctwin-bench-mc-'));
  for (const name of readdirSync(scenarios).sort()) {
    if (statSync(join(scenarios, name)).isDirectory()) symlinkSync(join(scenarios, name), join(dir, name), 'dir');
  }
  const text = monteCarloScenarioText(readFileSync(join(scenarios, 'default.yaml'), 'utf8'), readFileSync(join(root, UNCERTAINTY_FRAGMENT), 'utf8'));
  const file = join(dir, 'default-mc.yaml');
  writeFileSync(file, text);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A Monte Carlo run: how many samples, how long (wall, s). The run without samples is { samples: 0, wallS: base }. */
export interface RunPoint {
  samples: number;
  wallS: number;
}

export interface Projection {
  samples: number;
  /** Marginal time per re-simulated sample, s: the slope between the two runs. */
  perSampleS: number;
  /** Wall for `target` samples, s: measured when the bench ran `target`, else extrapolated along the slope. */
  projectedS: number;
  target: number;
}

/**
 * Extrapolates the larger run to `target` samples along the line through two runs, so fixed costs
 * (the base run, starting worker threads) are not charged per sample.
 * @example projectMonteCarlo({ samples: 2, wallS: 3 }, { samples: 10, wallS: 7 }, 1000).projectedS // => 502
 */
export function projectMonteCarlo(low: RunPoint, high: RunPoint, target: number): Projection {
  if (!(high.samples > low.samples)) throw new RangeError('projectMonteCarlo: the second run must have more samples');
  const perSampleS = Math.max(high.wallS - low.wallS, 0) / (high.samples - low.samples);
  const projectedS = high.samples === target ? high.wallS : high.wallS + perSampleS * (target - high.samples);
  return { samples: high.samples, perSampleS, projectedS, target };
}
