/**
 * Every Monte Carlo sample of a run: the inputs it drew and the KPIs they gave, the one record
 * monte-carlo.csv (sim/studies/montecarlo/sampleTable.ts) and monte-carlo.parquet
 * (reports/tables/monteCarloTable.ts) are written from.
 */
export interface MonteCarloSamples {
  seed: number;
  /** Uncertain paths and their units (as written in the scenario), in plan order. */
  inputs: ReadonlyArray<{ path: string; unit: string }>;
  /** values[i][p]: sample i's number for inputs[p]. */
  values: readonly (readonly number[])[];
  designs: readonly string[];
  /** KPI names in vector order (summary.json paths: `pue`, `tco.total`, ...). */
  kpis: readonly string[];
  /** vectors[i]: sample i's KPIs, design-major (index design * kpis.length + kpi); NaN where a design lacks a KPI. */
  vectors: readonly Float64Array[];
  /** Physics reused for every sample (money-only inputs) or re-simulated. */
  moneyOnly: boolean;
}
