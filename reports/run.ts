/**
 * What a report is built from: the run's summary and hourly table, plus the
 * optional texts and studies shown beside them. Everything here is already
 * computed; reports never simulate.
 */
import type { Summary } from '../sim/types/summary.js';
import type { HourlyTable } from '../sim/types/hourly.js';
import type { MonteCarloSamples } from '../sim/types/monteCarloSamples.js';

/** Monte Carlo result for one design: the TCO total of every sample (present value, scenario currency). */
export interface MonteCarloDesign {
  design: string;
  totals: number[];
}

/** One case of a sweep: its parameters and KPIs by name (e.g. `{ design: 'air', supplyTempC: 18, pue: 1.3 }`). */
export type SweepRow = Record<string, string | number>;

/** A parameter sweep: which column is the swept parameter (x) and which KPI to plot (y). */
export interface SweepData {
  rows: SweepRow[];
  /** Column of `rows` on the x axis, and its axis title with unit. */
  x: { field: string; title: string };
  /** Column of `rows` on the y axis, and its axis title with unit. */
  y: { field: string; title: string };
  /** Column that names the series (default `design`). */
  series?: string;
}

export interface ReportRun {
  summary: Summary;
  hourly: HourlyTable;
  /** The scenario file's text, shown at the end of report.html and saved as scenario.yaml. */
  scenarioText?: string;
  /** Where the weather, traces and cost defaults came from (free text), shown and saved as sources.txt. */
  sources?: string;
  monteCarlo?: MonteCarloDesign[];
  /** monte-carlo.csv's text: each sample's drawn inputs and KPIs (sim/studies/montecarlo/sampleTable.ts). */
  monteCarloCsv?: string;
  /** The samples behind monte-carlo.csv, written tidy as monte-carlo.parquet (tables/monteCarloTable.ts). */
  monteCarloSamples?: MonteCarloSamples;
  sweep?: SweepData;
}
