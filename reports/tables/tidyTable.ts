/**
 * A tidy table (one observation per row, one variable per column, the unit in the column name,
 * e.g. `facilityPower_kW`): what hourly, sweep, sites and Monte Carlo outputs are written from,
 * as CSV here (pandas.read_csv and DuckDB read it as it is: one header line, no comments) and as
 * Parquet (parquet.ts). Columns are typed so both writers agree on what a cell is.
 */
import { csvNumber, csvText } from '../hourlyColumns.js';

/** `timestamp`: ISO 8601 text with its UTC offset (`2025-01-01T00:00:00+08:00`), written as is to CSV, as an instant to Parquet. */
export type TidyKind = 'string' | 'number' | 'integer' | 'boolean' | 'timestamp';
export type TidyCell = string | number | boolean | null;

export interface TidyColumn {
  /** Column name with its unit after an underscore where it has one (`itPower_kW`, `water_L`, `pue`). */
  name: string;
  kind: TidyKind;
  /** One value per row; null is an empty CSV cell and a Parquet null. */
  values: TidyCell[];
}

export interface TidyTable {
  columns: TidyColumn[];
}

/** Rows of the table (all columns have the same length; checked). */
export function rowCount(table: TidyTable): number {
  const n = table.columns[0]?.values.length ?? 0;
  for (const c of table.columns) {
    if (c.values.length !== n) throw new Error(`tidy table: column ${c.name} has ${c.values.length} values, expected ${n}`);
  }
  return n;
}

function cellText(kind: TidyKind, v: TidyCell): string {
  if (v === null) return '';
  if (kind === 'string' || kind === 'timestamp') return csvText(String(v));
  if (kind === 'boolean') return v ? 'true' : 'false';
  if (kind === 'integer') return String(v);
  return csvNumber(v as number);
}

/** RFC 4180 CSV: a header line of column names, then one line per row; numbers by csvNumber (deterministic text). */
export function tidyCsv(table: TidyTable): string {
  const n = rowCount(table);
  const lines = [table.columns.map((c) => csvText(c.name)).join(',')];
  for (let r = 0; r < n; r++) lines.push(table.columns.map((c) => cellText(c.kind, c.values[r])).join(','));
  return `${lines.join('\n')}\n`;
}
