/**
 * The Monte Carlo plan: for each sample, the `path=value` overrides it applies
 * to the scenario, exactly as `--set` would.
 *
 * Sample i draws from its own stream, seeded streamSeed(seed, 'uncertainty#' + i),
 * so its values depend only on (seed, i): never on the number of worker
 * threads, on which thread runs it, or on how many samples come before it.
 * Within a sample the paths are drawn in sorted order, one uniform each, and
 * inputs with one `shared:` name take one uniform (sim/tco/uncertainty.ts).
 * A `designs[*].…` input is one value per sample, set in every design
 * (common random numbers): `values` holds it once, `overrides` once per design.
 * Stated rank correlations (`correlations:`) then re-order the correlated
 * inputs' draws across samples (Iman–Conover): their values depend on the seed
 * and the number of samples, still never on threads (the plan is made once,
 * before any sample runs).
 */
import { mulberry32, streamSeed } from '../../engine/random.js';
import { concretePaths, drawUniforms, isMoneyOnly, valuesAt, type UncertaintySpec } from '../../tco/uncertainty.js';
import { imanConover } from '../../tco/imanConover.js';
import { correlationTarget } from '../../scenario/schema/correlations.js';

export interface SamplePlan {
  /** The run seed the streams derive from. */
  seed: number;
  /** Uncertain scenario paths as written (`designs[*].…` included), sorted. */
  paths: string[];
  /** True when every path only changes money: one simulation serves every sample. */
  moneyOnly: boolean;
  /** overrides[i]: sample i's `path=value` texts, in `paths` order. */
  overrides: string[][];
  /** values[i][p]: sample i's number for paths[p], in the unit written in the file (the record of each sample's draws). */
  values: number[][];
  /** uniforms[i][p]: the uniform on [0, 1) that gave values[i][p] (its quantile level). */
  uniforms: number[][];
}

/** The stream seed of sample `index` (0-based). */
export const sampleSeed = (seed: number, index: number): number => streamSeed(seed, `uncertainty#${index}`);

/**
 * Draws `samples` samples of `spec` for a scenario of `designs` designs (what `designs[*]` expands to).
 * @example planSamples({ 'designs[*].costs.water': { distribution: { kind: 'uniform', min: 3, max: 5 }, unit: 'CNY/m^3' } }, 1, 2, 2).overrides[0] // => ['designs[0].costs.water=<3..5> CNY/m^3', 'designs[1].costs.water=<the same> CNY/m^3']
 */
export function planSamples(spec: UncertaintySpec, seed: number, samples: number, designs = 1): SamplePlan {
  const paths = Object.keys(spec).sort();
  const uniforms = Array.from({ length: samples }, (_, i) => drawUniforms(spec, mulberry32(sampleSeed(seed, i))));
  correlate(spec, paths, uniforms);
  const overrides: string[][] = [];
  const values: number[][] = [];
  for (const u of uniforms) {
    const drawn = valuesAt(spec, u);
    overrides.push(drawn.flatMap((d) => concretePaths(d.path, designs).map((path) => `${path}=${d.value}`)));
    values.push(drawn.map((d) => (typeof d.value === 'number' ? d.value : Number.parseFloat(d.value))));
  }
  return { seed, paths, moneyOnly: paths.every(isMoneyOnly), overrides, values, uniforms };
}

/** Re-orders the uniforms of correlated paths across samples (in place) so their ranks carry the stated correlations. */
function correlate(spec: UncertaintySpec, paths: string[], uniforms: number[][]): void {
  const target = correlationTarget(spec);
  if (target.paths.length === 0) return;
  const at = target.paths.map((p) => paths.indexOf(p));
  const columns = imanConover(at.map((p) => uniforms.map((u) => u[p])), target.matrix);
  at.forEach((p, c) => uniforms.forEach((u, i) => (u[p] = columns[c][i])));
}
