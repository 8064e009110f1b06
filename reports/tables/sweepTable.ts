/**
 * A sweep (sweep.json's SweepTable) as a tidy table: one row per case x
 * design, columns as the sweep declares them (`case`, `caseId`, one per axis
 * named by its path with the values' unit, `design`, `weather`, KPIs with
 * units in their names, `currency`). sweep.csv is `tidyCsv` of it; any other
 * table writer (Parquet) takes the same table.
 */
import type { SweepCell, SweepTable } from '../../sim/types/sweep.js';
import type { TidyTable } from './tidyTable.js';

const cell = (v: SweepCell | undefined): SweepCell => (v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v);

export function sweepTidyTable(table: SweepTable): TidyTable {
  return {
    columns: table.columns.map(({ name, kind }) => ({ name, kind, values: table.rows.map((row) => cell(row[name])) })),
  };
}
