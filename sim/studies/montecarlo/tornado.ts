/**
 * Tornado of the TCO difference between two designs: one input at a time at
 * its p10 and at its p90, every other uncertain input at its p50, sorted by
 * swing. The points are evaluated by the caller's evaluator (sensitivity.ts:
 * re-costed on the base run's physics when every input is money-only, else
 * re-simulated), so a tornado point is computed exactly like a Monte Carlo
 * sample with chosen instead of drawn values.
 */
import { quantile, type Distribution } from '../../tco/distributions.js';
import { KPI_NAMES, TCO_TOTAL_INDEX } from './kpis.js';

export interface TornadoInput {
  path: string;
  unit: string;
  distribution: Distribution;
}

/** Evaluates the scenario with `path=value` overrides; returns its KPI vector (kpis.ts); `label` names the point in errors. */
export type KpiEvaluator = (overrides: string[], label: string) => Float64Array;

export interface TornadoBar {
  path: string;
  unit: string;
  p10: number;
  p50: number;
  p90: number;
  differenceAtP10: number;
  differenceAtP90: number;
  swing: number;
}

export interface Tornado {
  differenceAtP50: number;
  /** By swing, largest first; equal swings by path. */
  bars: TornadoBar[];
}

/** The override text of one input, as sampleUncertainty writes it: the number with the unit written in the file. */
export const inputOverride = (path: string, unit: string, value: number): string => `${path}=${unit === '' ? value : `${value} ${unit}`}`;

/** tco.total of design `b` minus design `a` in a KPI vector. */
export const tcoDifference = (vector: Float64Array, a: number, b: number): number =>
  vector[b * KPI_NAMES.length + TCO_TOTAL_INDEX] - vector[a * KPI_NAMES.length + TCO_TOTAL_INDEX];

/**
 * Tornado of tco.total(runnerUp) - tco.total(leader) over `inputs`.
 *
 * Equation: x_j^q = Q_j(q) (the input's quantile function, distributions.ts), q in {0.1, 0.5, 0.9};
 *   D(x) = TCO_runnerUp(x) - TCO_leader(x);  centre = D(x_1^0.5 .. x_n^0.5);
 *   low_j = D(.., x_j^0.1, ..), high_j = D(.., x_j^0.9, ..) (others at p50);  swing_j = |high_j - low_j|
 * Assumptions: one input at a time (interactions, and any rank correlation stated between inputs, show in
 *   the samples and their rank correlations, not here); the p50 of an input is its distribution's median,
 *   not the sample median.
 * Validity: 2 n + 1 evaluations; every quantile must be a valid value of its field (the evaluator checks).
 * References: one-at-a-time sensitivity (tornado diagram): Clemen & Reilly, Making Hard Decisions, 3rd ed.,
 *   ch. 5; Eschenbach (1992), Interfaces 22(6) 40-46, "Spiderplots versus tornado diagrams".
 * Validated by: test/studies/montecarlo/tornado.test.ts (closed-form two-input TCO difference).
 * @example tornado(inputs, evaluate, 0, 1).bars[0].path // the input with the largest swing
 */
export function tornado(inputs: readonly TornadoInput[], evaluate: KpiEvaluator, leader: number, runnerUp: number): Tornado {
  const at = (q: number) => inputs.map((i) => quantile(i.distribution, q));
  const [low, mid, high] = [at(0.1), at(0.5), at(0.9)];
  const overrides = (j: number, value: number) => inputs.map((input, k) => inputOverride(input.path, input.unit, k === j ? value : mid[k]));
  const difference = (j: number, value: number, label: string) => tcoDifference(evaluate(overrides(j, value), label), leader, runnerUp);
  const differenceAtP50 = inputs.length === 0 ? Number.NaN : difference(0, mid[0], 'tornado centre (every input at its p50)');
  const bars = inputs.map((input, j): TornadoBar => {
    const differenceAtP10 = difference(j, low[j], `tornado: ${input.path} at its p10`);
    const differenceAtP90 = difference(j, high[j], `tornado: ${input.path} at its p90`);
    return {
      path: input.path, unit: input.unit, p10: low[j], p50: mid[j], p90: high[j],
      differenceAtP10, differenceAtP90, swing: Math.abs(differenceAtP90 - differenceAtP10),
    };
  });
  bars.sort((a, b) => b.swing - a.swing || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { differenceAtP50, bars };
}
