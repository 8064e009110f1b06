/**
 * monte-carlo.csv: every Monte Carlo sample as one row, the inputs it drew
 * beside the KPIs they gave, so an analyst can re-plot, filter or regress the
 * samples in any tool.
 *
 *   # comment lines: what the file is, the seed, how samples were evaluated
 *   sample, <path> [unit] per uncertain input, <design>:<kpi> per design and KPI
 *   0,      0.6431,                            ...
 *
 * Inputs are the numbers applied to the scenario, in the unit written in the
 * file; KPIs are summary.json's (kWh, L, kg, the scenario currency); an empty
 * cell is a KPI the design lacks (no costs: block). Numbers are printed with
 * JavaScript's shortest round-trip form, so reading them back gives the exact
 * doubles, and the text depends only on the samples (sample order is fixed by
 * the plan, never by the thread that ran a sample).
 */
import { KPI_NAMES } from './kpis.js';

export interface SampleTableInput {
  seed: number;
  /** Uncertain paths and their units, in plan order. */
  inputs: ReadonlyArray<{ path: string; unit: string }>;
  /** values[i][p]: sample i's number for inputs[p]. */
  values: readonly (readonly number[])[];
  designs: readonly string[];
  /** vectors[i]: sample i's KPIs, design-major (kpis.ts). */
  vectors: readonly Float64Array[];
  /** Physics reused for every sample (money-only inputs) or re-simulated. */
  moneyOnly: boolean;
}

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (text: string): string => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const cell = (x: number): string => (Number.isFinite(x) ? String(x) : '');

/**
 * The text of monte-carlo.csv.
 * @example sampleTableCsv({ seed: 1, inputs: [{ path: 'designs[0].costs.water', unit: 'CNY/m^3' }], values: [[3.5]], designs: ['a'], vectors: [kpis], moneyOnly: true }) // header + 'sample,designs[0].costs.water [CNY/m^3],a:pue,...' + '0,3.5,1.21,...'
 */
export function sampleTableCsv(t: SampleTableInput): string {
  if (t.values.length !== t.vectors.length) throw new RangeError(`sampleTable: ${t.values.length} input rows but ${t.vectors.length} KPI rows`);
  const width = t.designs.length * KPI_NAMES.length;
  const lines = [
    '# dctwin Monte Carlo samples: one row per sample, the inputs it drew (unit in brackets, as written in the scenario) and the KPIs of every design',
    `# seed ${t.seed}: sample i draws from streamSeed(seed, 'uncertainty#' + i); ${t.moneyOnly ? 'money-only inputs: physics of the base run re-costed' : 'every sample re-simulated'}`,
    '# KPI columns <design>:<kpi> as in summary.json (energy kWh, power kW, water L, emissions kg, money in the scenario currency); empty: the design has no such KPI',
  ];
  const header = ['sample', ...t.inputs.map((i) => (i.unit === '' ? i.path : `${i.path} [${i.unit}]`))];
  for (const design of t.designs) for (const kpi of KPI_NAMES) header.push(`${design}:${kpi}`);
  lines.push(header.map(field).join(','));
  t.vectors.forEach((vector, i) => {
    if (vector.length !== width) throw new RangeError(`sampleTable: sample ${i} has ${vector.length} KPIs, expected ${width}`);
    lines.push([String(i), ...t.values[i].map(cell), ...Array.from(vector, cell)].join(','));
  });
  return `${lines.join('\n')}\n`;
}
