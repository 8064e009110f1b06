/**
 * Uncertain scenario inputs for Monte Carlo: a map from a scenario path
 * (`designs[0].costs.energy.flat`, `site.gridCarbon`) to a distribution whose
 * numbers carry the same unit text as the target field:
 *
 *   { triangular: ['0.5 CNY/kWh', '0.62 CNY/kWh', '0.8 CNY/kWh'] }
 *   { normal: { p10: '28 degC', p90: '34 degC' } }   or   { normal: { mean: '30 degC', sd: '2 degC' } }
 *   { lognormal: { p10: '0.5 CNY/kWh', p50: '0.62 CNY/kWh', p90: '0.9 CNY/kWh' } }   or   { lognormal: { median: '0.62 CNY/kWh', sigma: 0.2 } }
 *   { uniform: [0.8, 1.2] }
 *
 * Arithmetic happens in the written unit (no conversion), and each sample is
 * returned as text with that unit so the scenario loader validates it exactly
 * like a value typed into the file.
 *
 * Inputs several designs share (common random numbers): a `designs[*].…` path
 * draws one value per sample and sets it in every design; entries marked with
 * the same `shared: <name>` (same distribution) take one draw per sample too.
 */
import { quantile, type Distribution } from './distributions.js';

export { parseDistributionSpec } from './distributionSpec.js';

export interface UncertainInput {
  distribution: Distribution;
  /** Unit text written after every number ('' for plain numbers); samples carry it. */
  unit: string;
  /** Draw-group name: every input with the same name takes the same uniform in a sample (`shared:` in the file). */
  shared?: string;
  /** Rank correlation with later inputs (paths sorted), from `correlations:` in the file. */
  rankWith?: Record<string, number>;
}

/** Validated uncertainty block: scenario path -> distribution. */
export type UncertaintySpec = Record<string, UncertainInput>;

const PATH_PATTERN = /^[A-Za-z_]\w*(\[(\d+|\*)\])*(\.[A-Za-z_]\w*(\[\d+\])*)*$/;
/** Every design: `designs[*].costs.energy.flat`. */
export const EVERY_DESIGN = 'designs[*]';

/** Splits `designs[0].costs.energy.flat` into ['designs', 0, 'costs', 'energy', 'flat'] ('*' for `[*]`); a message if malformed. */
export function parseScenarioPath(path: string): Array<string | number> | string {
  const bad = `expected a scenario path like 'designs[0].costs.energy.flat' or 'designs[*].costs.energy.flat', got '${path}'`;
  if (!PATH_PATTERN.test(path) || (path.includes('[*]') && !path.startsWith(`${EVERY_DESIGN}.`))) return bad;
  return path.split(/\.|(?=\[)/).map((part) => (part === '[*]' ? '*' : part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

/**
 * The concrete paths an uncertain input sets: `designs[*].x` -> designs[0].x ... designs[designs-1].x, else itself.
 * @example concretePaths('designs[*].costs.water', 2) // => ['designs[0].costs.water', 'designs[1].costs.water']
 */
export function concretePaths(path: string, designs: number): string[] {
  if (!path.startsWith(`${EVERY_DESIGN}.`)) return [path];
  const rest = path.slice(EVERY_DESIGN.length);
  return Array.from({ length: designs }, (_, i) => `designs[${i}]${rest}`);
}

/** True when the path only changes costs (the physics of a run can then be reused). */
export function isMoneyOnly(path: string): boolean {
  const parts = parseScenarioPath(path);
  if (typeof parts === 'string') return false;
  if (parts[0] === 'costs') return true;
  return parts[0] === 'designs' && (typeof parts[1] === 'number' || parts[1] === '*') && parts[2] === 'costs';
}

/**
 * One Monte Carlo draw of uniforms: for each path in sorted order, one uniform from `rng`, except that a path
 * whose `shared` name an earlier path already drew takes that path's uniform (one draw per shared input).
 */
export function drawUniforms(spec: UncertaintySpec, rng: () => number): number[] {
  const byName = new Map<string, number>();
  return Object.keys(spec)
    .sort()
    .map((path) => {
      const name = spec[path].shared;
      const drawn = name === undefined ? undefined : byName.get(name);
      const u = drawn ?? rng();
      if (name !== undefined) byName.set(name, u);
      return u;
    });
}

/** Sample values of `spec` (paths sorted) at the uniforms `u`: numbers, or text with the unit written in the file. */
export function valuesAt(spec: UncertaintySpec, u: readonly number[]): Array<{ path: string; value: string | number }> {
  return Object.keys(spec)
    .sort()
    .map((path, p) => {
      const { distribution, unit } = spec[path];
      const x = quantile(distribution, u[p]);
      return { path, value: unit === '' ? x : `${x} ${unit}` };
    });
}

/**
 * One Monte Carlo draw (drawUniforms, then valuesAt).
 * Values carry the unit text (`'0.6431 CNY/kWh'`); plain specs give numbers.
 * @example sampleUncertainty({ 'site.x': { distribution: { kind: 'uniform', min: 0, max: 2 }, unit: 'K' } }, () => 0.25) // => [{ path: 'site.x', value: '0.5 K' }]
 */
export function sampleUncertainty(spec: UncertaintySpec, rng: () => number): Array<{ path: string; value: string | number }> {
  return valuesAt(spec, drawUniforms(spec, rng));
}
