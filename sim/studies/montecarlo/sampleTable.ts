/**
 * monte-carlo.csv: every Monte Carlo sample as one row, the inputs it drew
 * beside the KPIs they gave, so an analyst can re-plot, filter or regress the
 * samples in any tool (pandas.read_csv and DuckDB read it as it is: one header line, no comments;
 * the seed and how samples were evaluated are in summary.json's monteCarlo).
 *
 *   sample, <path> [unit] per uncertain input, <design>:<kpi> per design and KPI
 *   0,      0.6431,                            ...
 *
 * Inputs are the numbers applied to the scenario, in the unit written in the
 * file; KPIs are summary.json's (kWh, L, kg, the scenario currency); an empty
 * cell is a KPI the design lacks (no costs: block). Numbers are printed with
 * JavaScript's shortest round-trip form, so reading them back gives the exact
 * doubles, and the text depends only on the samples (sample order is fixed by
 * the plan, never by the thread that ran a sample). The tidy form, one row per
 * sample and design, is monte-carlo.parquet (reports/tables/monteCarloTable.ts).
 */
import type { MonteCarloSamples } from '../../types/monteCarloSamples.js';

export type SampleTableInput = MonteCarloSamples;

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (text: string): string => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const cell = (x: number): string => (Number.isFinite(x) ? String(x) : '');

/**
 * The text of monte-carlo.csv.
 * @example sampleTableCsv({ seed: 1, inputs: [{ path: 'designs[0].costs.water', unit: 'CNY/m^3' }], values: [[3.5]], designs: ['a'], kpis: KPI_NAMES, vectors: [kpis], moneyOnly: true }) // 'sample,designs[0].costs.water [CNY/m^3],a:pue,...' + '0,3.5,1.21,...'
 */
export function sampleTableCsv(t: SampleTableInput): string {
  if (t.values.length !== t.vectors.length) throw new RangeError(`sampleTable: ${t.values.length} input rows but ${t.vectors.length} KPI rows`);
  const width = t.designs.length * t.kpis.length;
  const lines: string[] = [];
  const header = ['sample', ...t.inputs.map((i) => (i.unit === '' ? i.path : `${i.path} [${i.unit}]`))];
  for (const design of t.designs) for (const kpi of t.kpis) header.push(`${design}:${kpi}`);
  lines.push(header.map(field).join(','));
  t.vectors.forEach((vector, i) => {
    if (vector.length !== width) throw new RangeError(`sampleTable: sample ${i} has ${vector.length} KPIs, expected ${width}`);
    lines.push([String(i), ...t.values[i].map(cell), ...Array.from(vector, cell)].join(','));
  });
  return `${lines.join('\n')}\n`;
}
