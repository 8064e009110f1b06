/**
 * Tornado of the TCO difference between two designs: one input at a time at
 * its p10 and at its p90, every other uncertain input at its p50, sorted by
 * swing. The points are evaluated by the caller's evaluator (sensitivity.ts:
 * re-costed on the base run's physics when every input is money-only, else
 * re-simulated), so a tornado point is computed exactly like a Monte Carlo
 * sample with chosen instead of drawn values.
 */
import { quantile, type Distribution } from '../../tco/distributions.js';
import { concretePaths } from '../../tco/uncertainty.js';
import { KPI_NAMES, TCO_TOTAL_INDEX } from './kpis.js';
import type { InputSensitivity } from '../../types/sensitivity.js';

export interface TornadoInput {
  path: string;
  unit: string;
  distribution: Distribution;
  /** Draw-group name (`shared:`): inputs with one name are one factor and move together. */
  shared?: string;
}

/** Evaluates the scenario with `path=value` overrides; returns its KPI vector (kpis.ts); `label` names the point in errors. */
export type KpiEvaluator = (overrides: string[], label: string) => Float64Array;

/** One bar: an input (or shared draw) at its p10 and p90, the others at p50; summary.json adds its rank correlation. */
export type TornadoBar = Omit<InputSensitivity, 'rankCorrelation' | 'changesAnswer'>;

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
 * Assumptions: one input (or one shared draw, all its paths together) at a time (interactions, and any rank correlation stated between inputs, show in
 *   the samples and their rank correlations, not here); the p50 of an input is its distribution's median,
 *   not the sample median.
 * Validity: 2 n + 1 evaluations; every quantile must be a valid value of its field (the evaluator checks).
 * References: one-at-a-time sensitivity (tornado diagram): Clemen & Reilly, Making Hard Decisions, 3rd ed.,
 *   ch. 5; Eschenbach (1992), Interfaces 22(6) 40-46, "Spiderplots versus tornado diagrams".
 * Validated by: test/studies/montecarlo/tornado.test.ts (closed-form two-input TCO difference).
 * @example tornado(inputs, evaluate, 0, 1).bars[0].path // the input with the largest swing
 */
export function tornado(inputs: readonly TornadoInput[], evaluate: KpiEvaluator, leader: number, runnerUp: number, designs = 1): Tornado {
  const at = (q: number) => inputs.map((i) => quantile(i.distribution, q));
  const [low, mid, high] = [at(0.1), at(0.5), at(0.9)];
  // one factor per draw: a shared draw (common random numbers) moves all its paths at once
  const factorOf = inputs.map((input) => input.shared ?? `path:${input.path}`);
  const factors = [...new Set(factorOf)];
  const overrides = (factor: string, q: readonly number[]) => inputs.flatMap((input, k) =>
    concretePaths(input.path, designs).map((path) => inputOverride(path, input.unit, factorOf[k] === factor ? q[k] : mid[k])));
  const difference = (factor: string, q: readonly number[], label: string) => tcoDifference(evaluate(overrides(factor, q), label), leader, runnerUp);
  const differenceAtP50 = inputs.length === 0 ? Number.NaN : difference('', mid, 'tornado centre (every input at its p50)');
  const bars = factors.map((factor): TornadoBar => {
    const members = inputs.map((_, k) => k).filter((k) => factorOf[k] === factor);
    const j = members[0];
    const input = inputs[j];
    const differenceAtP10 = difference(factor, low, `tornado: ${input.path} at its p10`);
    const differenceAtP90 = difference(factor, high, `tornado: ${input.path} at its p90`);
    return {
      path: input.path, unit: input.unit, p10: low[j], p50: mid[j], p90: high[j],
      differenceAtP10, differenceAtP90, swing: Math.abs(differenceAtP90 - differenceAtP10),
      ...(members.length > 1 ? { sharedWith: members.slice(1).map((k) => inputs[k].path) } : {}),
    };
  });
  bars.sort((a, b) => b.swing - a.swing || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { differenceAtP50, bars };
}
