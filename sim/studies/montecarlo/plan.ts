/**
 * The Monte Carlo plan: for each sample, the `path=value` overrides it applies
 * to the scenario, exactly as `--set` would.
 *
 * Sample i draws from its own stream, seeded streamSeed(seed, 'uncertainty#' + i),
 * so its values depend only on (seed, i): never on the number of worker
 * threads, on which thread runs it, or on how many samples come before it.
 * Within a sample the paths are drawn in sorted order, one uniform each
 * (sim/tco/uncertainty.ts).
 */
import { mulberry32, streamSeed } from '../../engine/random.js';
import { isMoneyOnly, sampleUncertainty, type UncertaintySpec } from '../../tco/uncertainty.js';

export interface SamplePlan {
  /** The run seed the streams derive from. */
  seed: number;
  /** Uncertain scenario paths, sorted. */
  paths: string[];
  /** True when every path only changes money: one simulation serves every sample. */
  moneyOnly: boolean;
  /** overrides[i]: sample i's `path=value` texts, in `paths` order. */
  overrides: string[][];
  /** values[i][p]: sample i's number for paths[p], in the unit written in the file. */
  values: number[][];
}

/** The stream seed of sample `index` (0-based). */
export const sampleSeed = (seed: number, index: number): number => streamSeed(seed, `uncertainty#${index}`);

/**
 * Draws `samples` samples of `spec`.
 * @example planSamples({ 'designs[0].costs.water': { distribution: { kind: 'uniform', min: 3, max: 5 }, unit: 'CNY/m^3' } }, 1, 2).overrides[0] // => ['designs[0].costs.water=<3..5> CNY/m^3']
 */
export function planSamples(spec: UncertaintySpec, seed: number, samples: number): SamplePlan {
  const paths = Object.keys(spec).sort();
  const overrides: string[][] = [];
  const values: number[][] = [];
  for (let i = 0; i < samples; i++) {
    const drawn = sampleUncertainty(spec, mulberry32(sampleSeed(seed, i)));
    overrides.push(drawn.map((d) => `${d.path}=${d.value}`));
    values.push(drawn.map((d) => (typeof d.value === 'number' ? d.value : Number.parseFloat(d.value))));
  }
  return { seed, paths, moneyOnly: paths.every(isMoneyOnly), overrides, values };
}
