/**
 * Which uncertain inputs decide a Monte Carlo answer: for the two designs with
 * the lowest p50 TCO, the tornado of their TCO difference (tornado.ts) and the
 * Spearman rank correlation of every input with that difference over the
 * samples (rankCorrelation.ts). The deciding inputs are the two largest
 * tornado swings: the swing is in money, the unit the decision is taken in;
 * the rank correlations are reported beside them as the check that holds when
 * all inputs vary together.
 */
import { InputError } from '../../errors.js';
import type { Evaluation } from '../evaluate.js';
import type { MonteCarloSensitivity } from '../../types/sensitivity.js';
import type { UncertaintySpec } from '../../tco/uncertainty.js';
import { sampleStats } from '../../tco/stats.js';
import { KPI_NAMES, TCO_TOTAL_INDEX } from './kpis.js';
import type { SamplePlan } from './plan.js';
import { spearman } from './rankCorrelation.js';
import { recostKpis, sampleScenario, sampleSimulator, type ScenarioSource } from './sampleScenario.js';
import { tcoDifference, tornado, type KpiEvaluator } from './tornado.js';

/** Index passed for tornado points: sampleScenario's error suffix then names the point instead. */
const POINT = -1;

/** Runs `evaluate` and rewrites an input error's `(Monte Carlo sample #-1)` into the tornado point's label. */
function labelled(evaluate: (overrides: readonly string[]) => Float64Array): KpiEvaluator {
  return (overrides, label) => {
    try {
      return evaluate(overrides);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      throw new InputError(err.lines.map((line) => line.replace(`(Monte Carlo sample #${POINT})`, `(${label})`)));
    }
  };
}

/** Tornado points like the samples: re-costed on the base run when every input is money-only, else re-simulated (on this thread). */
export function pointEvaluator(source: ScenarioSource, base: Evaluation, moneyOnly: boolean): KpiEvaluator {
  if (moneyOnly) return labelled((overrides) => recostKpis(base, sampleScenario(source, POINT, overrides)));
  const simulate = sampleSimulator({ ...source, cluster: base.result.cluster });
  return labelled((overrides) => simulate(POINT, overrides));
}

/** The two designs with the lowest p50 tco.total (ties by design order), or undefined with fewer than two costed designs. */
export function leadingPair(vectors: readonly Float64Array[], designs: number): [number, number] | undefined {
  const ranked: Array<{ d: number; p50: number }> = [];
  for (let d = 0; d < designs; d++) {
    const totals = vectors.map((v) => v[d * KPI_NAMES.length + TCO_TOTAL_INDEX]);
    if (totals.length > 0 && totals.every(Number.isFinite)) ranked.push({ d, p50: sampleStats(totals).p50 });
  }
  if (ranked.length < 2) return undefined;
  ranked.sort((a, b) => a.p50 - b.p50 || a.d - b.d);
  return [ranked[0].d, ranked[1].d];
}

export interface SensitivityInput {
  spec: UncertaintySpec;
  plan: SamplePlan;
  designIds: readonly string[];
  vectors: readonly Float64Array[];
  evaluate: KpiEvaluator;
}

/**
 * Tornado and rank correlations of the TCO difference between the two leading designs.
 * @example monteCarloSensitivity({ spec, plan, designIds, vectors, evaluate })?.deciding // => ['designs[*].costs.energy.flat', ...]
 */
export function monteCarloSensitivity(s: SensitivityInput): MonteCarloSensitivity | undefined {
  const pair = leadingPair(s.vectors, s.designIds.length);
  if (pair === undefined || s.plan.paths.length === 0) return undefined;
  const [leader, runnerUp] = pair;
  const inputs = s.plan.paths.map((path) => ({ path, unit: s.spec[path].unit, distribution: s.spec[path].distribution, shared: s.spec[path].shared }));
  const t = tornado(inputs, s.evaluate, leader, runnerUp, s.designIds.length);
  const differences = s.vectors.map((v) => tcoDifference(v, leader, runnerUp));
  const correlation = new Map(s.plan.paths.map((path, p) => [path, s.vectors.length < 2 ? null : spearman(s.plan.values.map((row) => row[p]), differences)]));
  return {
    leader: s.designIds[leader],
    runnerUp: s.designIds[runnerUp],
    kpi: 'tco.total',
    differenceAtP50: t.differenceAtP50,
    evaluation: s.plan.moneyOnly ? 'recosted' : 'resimulated',
    inputs: t.bars.map((bar) => ({
      ...bar,
      rankCorrelation: correlation.get(bar.path) ?? null,
      changesAnswer: Math.sign(bar.differenceAtP10) !== Math.sign(t.differenceAtP50) || Math.sign(bar.differenceAtP90) !== Math.sign(t.differenceAtP50),
    })),
    deciding: t.bars.slice(0, 2).map((bar) => bar.path),
    decidedBy: 'tornado swing',
  };
}
