/**
 * monte-carlo.parquet's table: the samples of monte-carlo.csv in tidy form, one row per sample
 * and design, so `GROUP BY design` gives each design's spread:
 *
 *   sample, design, <path>_<unit> per uncertain input (as drawn, the unit as written in the
 *   scenario, `/` written `_per_` as in sweep.csv; the path alone when unitless), then the KPIs with their units in their names:
 *   pue, tue, wue_L_per_kWh, cue_kg_per_kWh, itEnergy_kWh, facilityEnergy_kWh, facilityPowerPeak_kW,
 *   water_L, emissions_kg, tcoTotal_<currency>, tcoCapex_<currency>, tcoOpex_<currency>
 *
 * Built from the same record as monte-carlo.csv (sim/types/monteCarloSamples.ts): the same
 * doubles, null where the CSV cell is empty (a design without costs). The currency is
 * summary.json's (the first design with a tco); `currency` when no design has one.
 */
import type { MonteCarloSamples } from '../../sim/types/monteCarloSamples.js';
import type { Summary } from '../../sim/types/summary.js';
import type { TidyCell, TidyColumn, TidyTable } from './tidyTable.js';
import { unitSuffix } from '../../sim/units.js';

/** Tidy column name of each KPI of sim/studies/montecarlo/kpis.ts; `{currency}` is replaced. A KPI not listed keeps its name. */
export const KPI_COLUMNS: Readonly<Record<string, string>> = {
  pue: 'pue',
  tue: 'tue',
  wueLPerKWh: 'wue_L_per_kWh',
  cueKgPerKWh: 'cue_kg_per_kWh',
  itEnergyKWh: 'itEnergy_kWh',
  facilityEnergyKWh: 'facilityEnergy_kWh',
  'facilityPowerKW.peak': 'facilityPowerPeak_kW',
  waterL: 'water_L',
  emissionsKg: 'emissions_kg',
  'tco.total': 'tcoTotal_{currency}',
  'tco.capex': 'tcoCapex_{currency}',
  'tco.opex': 'tcoOpex_{currency}',
};

/** The column of an uncertain input: `designs[0].costs.energy.flat_CNY_per_kWh` (the sweep's unit suffix). */
export const inputColumn = (input: { path: string; unit: string }): string => (input.unit === '' ? input.path : `${input.path}_${unitSuffix(input.unit)}`);

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The tidy table of `samples`: sample-major, designs in summary order within a sample.
 * @example monteCarloTable({ seed: 1, inputs: [{ path: 'p', unit: 'CNY' }], values: [[2]], designs: ['a', 'b'], kpis: ['pue'], vectors: [Float64Array.of(1.2, 1.1)], moneyOnly: true }, summary) // columns sample [0, 0], design ['a', 'b'], p_CNY [2, 2], pue [1.2, 1.1]
 */
export function monteCarloTable(samples: MonteCarloSamples, summary: Pick<Summary, 'designs'>): TidyTable {
  const { designs, kpis, values, vectors } = samples;
  const currency = summary.designs.find((d) => d.tco)?.tco?.currency ?? 'currency';
  const sample: TidyCell[] = [];
  const design: TidyCell[] = [];
  const inputs: TidyCell[][] = samples.inputs.map(() => []);
  const kpiValues: TidyCell[][] = kpis.map(() => []);
  vectors.forEach((vector, i) => {
    if (vector.length !== designs.length * kpis.length) throw new RangeError(`monteCarloTable: sample ${i} has ${vector.length} KPIs, expected ${designs.length * kpis.length}`);
    designs.forEach((id, d) => {
      sample.push(i);
      design.push(id);
      inputs.forEach((column, p) => column.push(finite(values[i][p])));
      kpiValues.forEach((column, k) => column.push(finite(vector[d * kpis.length + k])));
    });
  });
  const columns: TidyColumn[] = [
    { name: 'sample', kind: 'integer', values: sample },
    { name: 'design', kind: 'string', values: design },
    ...samples.inputs.map((input, p): TidyColumn => ({ name: inputColumn(input), kind: 'number', values: inputs[p] })),
    ...kpis.map((kpi, k): TidyColumn => ({ name: (KPI_COLUMNS[kpi] ?? kpi).replace('{currency}', currency), kind: 'number', values: kpiValues[k] })),
  ];
  return { columns };
}
