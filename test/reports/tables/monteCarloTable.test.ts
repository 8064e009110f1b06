/** Unit tests of monte-carlo.parquet's tidy table (reports/tables/monteCarloTable.ts): values written by hand. */
import { describe, expect, it } from 'vitest';
import { inputColumn, monteCarloTable } from '../../../reports/tables/monteCarloTable.js';
import type { MonteCarloSamples } from '../../../sim/types/monteCarloSamples.js';

const samples: MonteCarloSamples = {
  seed: 1,
  inputs: [{ path: 'designs[0].costs.energy.flat', unit: 'CNY/kWh' }, { path: 'site.x', unit: '' }],
  values: [[0.6, 3], [0.7, 4]],
  designs: ['a', 'b'],
  kpis: ['pue', 'tco.total', 'someNewKpi'],
  vectors: [Float64Array.of(1.2, 100, 1, 1.1, Number.NaN, 2), Float64Array.of(1.3, 110, 3, 1.15, Number.NaN, 4)],
  moneyOnly: true,
};
const summary = { designs: [{ tco: undefined }, { tco: { currency: 'USD' } }] } as never;

describe('monteCarloTable', () => {
  it('has one row per sample and design, inputs repeated per design, KPIs with units in their names', () => {
    const table = monteCarloTable(samples, summary);
    const byName = Object.fromEntries(table.columns.map((c) => [c.name, c.values]));
    expect(table.columns.map((c) => c.name)).toEqual(['sample', 'design', 'designs[0].costs.energy.flat_CNY_per_kWh', 'site.x', 'pue', 'tcoTotal_USD', 'someNewKpi']);
    expect(byName.sample).toEqual([0, 0, 1, 1]);
    expect(byName.design).toEqual(['a', 'b', 'a', 'b']);
    expect(byName['designs[0].costs.energy.flat_CNY_per_kWh']).toEqual([0.6, 0.6, 0.7, 0.7]);
    expect(byName.pue).toEqual([1.2, 1.1, 1.3, 1.15]);
    expect(byName.tcoTotal_USD).toEqual([100, null, 110, null]); // design b has no costs: null, like the CSV's empty cell
  });

  it('names a unitless input by its path alone and refuses a KPI row of the wrong width', () => {
    expect(inputColumn({ path: 'site.x', unit: '' })).toBe('site.x');
    expect(() => monteCarloTable({ ...samples, vectors: [Float64Array.of(1)] }, summary)).toThrow(RangeError);
  });
});
