/**
 * Monte Carlo over a scenario's `uncertainty:` block: `dctwin run --samples N`.
 *
 *   plan (seeded, per sample)  ─►  check every input stays valid
 *     money-only inputs:  the run's own physics, re-costed per sample (this thread)
 *     any physics input:  every sample re-simulated (worker threads)
 *   ─► KPI vectors ─► p10 / p50 / p90 / mean per design and KPI, P(cheapest)
 *                  ─► monte-carlo.csv (sampleTable.ts); tornado and rank correlations of the two
 *                     leading designs' TCO difference (sensitivity.ts)
 *
 * Every sample simulates the run's seed (same jobs), so designs and samples
 * differ only by the uncertain inputs (common random numbers).
 */
import { availableParallelism } from 'node:os';
import { InputError, locate } from '../../errors.js';
import type { Evaluation } from '../evaluate.js';
import type { MonteCarloSummary } from '../../types/summary.js';
import { isMoneyOnly, type UncertaintySpec } from '../../tco/uncertainty.js';
import { probabilityCheapest, sampleStats } from '../../tco/stats.js';
import { checkUncertainty, scenarioShape } from './checkUncertainty.js';
import { KPI_NAMES, TCO_TOTAL_INDEX } from './kpis.js';
import { planSamples, type SamplePlan } from './plan.js';
import type { Scenario } from '../../scenario/schema.js';
import { recostKpis, sampleScenario, type ScenarioSource } from './sampleScenario.js';
import { startSamples, type StartedSamples } from './samplePool.js';
import { withCatalogueRanges } from '../../scenario/schema/costCatalogue.js';
import { sampleTableCsv } from './sampleTable.js';
import type { MonteCarloSamples } from '../../types/monteCarloSamples.js';
import { monteCarloSensitivity, pointEvaluator } from './sensitivity.js';

export interface MonteCarloOptions {
  /** Threads simulating re-simulated samples, this one included: 1 runs them all here (default: os.availableParallelism()). */
  threads?: number;
  /** Called after each sample with the number done so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface MonteCarloRun {
  summary: MonteCarloSummary;
  /** tco.total of every sample, in sample order, per design with costs (the report's chart). */
  totals: Array<{ design: string; totals: number[] }>;
  /** monte-carlo.csv: each sample's drawn inputs and KPIs (sampleTable.ts). */
  csv: string;
  /** The samples monte-carlo.csv is written from, for monte-carlo.parquet. */
  samples: MonteCarloSamples;
}

/** A checked plan: what runMonteCarlo needs besides the base run. */
export interface MonteCarloPlan {
  source: ScenarioSource;
  spec: UncertaintySpec;
  plan: SamplePlan;
  /** Designs in the scenario (every sample has the same). */
  designs: number;
}

/**
 * Draws the samples of `scenario` (loaded from `source`) and checks that every
 * uncertain input stays valid, before anything is simulated; throws InputError.
 */
export function planMonteCarlo(source: ScenarioSource, scenario: Scenario, samples: number): MonteCarloPlan {
  const spec: UncertaintySpec = withCatalogueRanges(scenario); // the scenario's block, and picked catalogue records' ranges
  if (Object.keys(spec).length === 0) {
    throw new InputError(`${locate(source.shownAs)}uncertainty: expected at least one uncertain input for --samples, like 'designs[0].costs.energy.flat': { triangular: ['0.5 CNY/kWh', '0.62 CNY/kWh', '0.8 CNY/kWh'] }, got none`);
  }
  const seed = source.seed ?? scenario.seed;
  const plan = planSamples(spec, seed, samples, scenario.designs.length);
  checkUncertainty(source, spec, plan, scenarioShape(scenario));
  return { source: { ...source, seed }, spec, plan, designs: scenario.designs.length };
}

/**
 * Starts the re-simulated samples of a checked plan on worker threads, to call before the base run so the
 * workers start while it runs (samplePool.ts); undefined when the plan is money-only (nothing to simulate).
 */
export function startMonteCarlo(planned: MonteCarloPlan, options: MonteCarloOptions = {}): StartedSamples | undefined {
  if (planned.plan.moneyOnly) return undefined;
  const width = planned.designs * KPI_NAMES.length;
  return startSamples(planned.source, planned.plan.overrides, width, options.threads ?? availableParallelism());
}

/**
 * Runs a checked plan; `base` is the run of the same scenario and seed (money-only samples reuse its physics,
 * re-simulated ones replay its jobs); `started` the plan's samples already under way (startMonteCarlo).
 */
export async function runMonteCarlo(planned: MonteCarloPlan, base: Evaluation, options: MonteCarloOptions = {},
  started: StartedSamples | undefined = startMonteCarlo(planned, options)): Promise<MonteCarloRun> {
  const { source, spec, plan } = planned;
  const samples = plan.overrides.length;
  let done = 0;
  const tick = () => options.onProgress?.(++done, samples);
  let vectors: Float64Array[];
  if (started === undefined) {
    vectors = plan.overrides.map((o, i) => {
      const v = recostKpis(base, sampleScenario(source, i, o));
      tick();
      return v;
    });
  } else {
    vectors = await started.finish({ ...source, cluster: base.result.cluster }, tick); // samples here replay the base run's jobs
  }

  const ids = base.summary.designs.map((d) => d.id);
  const column = (design: number, kpi: number) => vectors.map((v) => v[design * KPI_NAMES.length + kpi]);
  const totals = ids.map((id, d) => ({ design: id, totals: column(d, TCO_TOTAL_INDEX) })).filter((t) => t.totals.every(Number.isFinite));
  const cheapest = totals.length === ids.length ? probabilityCheapest(totals.map((t) => t.totals)) : undefined;
  const designs = ids.map((id, d) => {
    const kpis: MonteCarloSummary['designs'][number]['kpis'] = {};
    KPI_NAMES.forEach((name, k) => {
      const values = column(d, k);
      if (!values.every(Number.isFinite)) return;
      const { p10, p50, p90, mean } = sampleStats(values);
      kpis[name] = { p10, p50, p90, mean };
    });
    return cheapest === undefined ? { id, kpis } : { id, kpis, probabilityCheapest: cheapest[d] };
  });
  const inputs = plan.paths.map((path) => ({ path, unit: spec[path].unit, moneyOnly: isMoneyOnly(path), distribution: { ...spec[path].distribution } }));
  const summary: MonteCarloSummary = { samples, seed: plan.seed, inputs, simulations: plan.moneyOnly ? 0 : samples, designs };
  // Tornado points are evaluated like the samples, on this thread (2 per input + 1; re-simulated when physics is uncertain).
  const sensitivity = monteCarloSensitivity({ spec, plan, designIds: ids, vectors, evaluate: pointEvaluator(source, base, plan.moneyOnly) });
  if (sensitivity) summary.sensitivity = sensitivity;
  const table: MonteCarloSamples = { seed: plan.seed, inputs, values: plan.values, designs: ids, kpis: KPI_NAMES, vectors, moneyOnly: plan.moneyOnly };
  return { summary, totals, csv: sampleTableCsv(table), samples: table };
}
