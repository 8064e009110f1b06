/**
 * Reads hourly.csv (layout in hourlyColumns.ts) back into an HourlyTable in SI
 * (hourly.parquet goes through the same checks: hourlyParquetRead.ts),
 * so `dctwin report` can rebuild charts without re-simulating. The meters of each
 * design and their PUE groups come from summary.json (metrics.componentCategories),
 * the UTC offset from the first timestamp. Problems are InputErrors, one line each,
 * `FILE:LINE: column: expected ..., got ...`, all of them at once (up to MAX_PROBLEMS).
 */
import type { ComponentCategory, HourlyDesign, HourlyTable } from '../sim/types/hourly.js';
import { InputError, locate } from '../sim/errors.js';
import { wFromKW } from '../sim/units.js';
import { LEADING_COLUMNS, TRAILING_COLUMNS, componentColumn, timestampOffsetH } from './hourlyColumns.js';

const MAX_PROBLEMS = 20;
const REQUIRED = [...LEADING_COLUMNS.filter((c) => c !== 'pue'), ...TRAILING_COLUMNS];

/** Splits one CSV line into cells (RFC 4180 quotes). */
function cellsOf(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') [cell, i] = [cell + '"', i + 1];
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

interface Building {
  categories: Record<string, ComponentCategory>;
  rows: HourlyRow[];
}

/** Each design's meters and their PUE groups, by design id (summary.json designs[i].metrics.componentCategories). */
export type DesignCategories = ReadonlyMap<string, Record<string, ComponentCategory>>;

/** One data row: its cells and the line (CSV) or row + 1 (Parquet) that problems name. */
export interface HourlyRow {
  line: number;
  cells: string[];
}

export function parseHourlyCsv(text: string, file: string, categoriesOf: DesignCategories): HourlyTable {
  const lines = text.split(/\r?\n/);
  const rows: HourlyRow[] = [];
  for (let index = 1; index < lines.length; index++) if (lines[index].trim() !== '') rows.push({ line: index + 1, cells: cellsOf(lines[index]) });
  return hourlyFromCells(cellsOf(lines[0] ?? ''), rows, (line) => locate(file, line), categoriesOf);
}

/**
 * The HourlyTable of a header and its rows of text cells (hourly.csv's, or hourly.parquet's
 * values as their shortest round-trip text, so numbers come back exact). `at(line)` is the
 * prefix of a problem at that line (1: the header).
 */
export function hourlyFromCells(header: string[], rows: readonly HourlyRow[], at: (line: number) => string, categoriesOf: DesignCategories): HourlyTable {
  const problems: string[] = [];
  const problem = (line: number, what: string) => problems.length < MAX_PROBLEMS && problems.push(`${at(line)}${what}`);
  const designs = new Map<string, Building>();
  const headerLine = 1;
  const column = new Map(header.map((name, i) => [name, i]));
  const missing = REQUIRED.filter((c) => !column.has(c));
  if (missing.length) throw new InputError(`${at(headerLine)}header: expected columns ${REQUIRED.join(',')}, got ${header.join(',') || 'an empty line'}`);
  const designColumn = column.get('design')!;
  for (const row of rows) {
    if (row.cells.length !== header.length) problem(row.line, `row: expected ${header.length} cells, got ${row.cells.length}`);
    const id = row.cells[designColumn] ?? '';
    const categories = categoriesOf.get(id);
    if (!categories) problem(row.line, `design: expected a design of summary.json (${[...categoriesOf.keys()].join(', ')}), got "${id}"`);
    else if (designs.has(id)) designs.get(id)!.rows.push(row);
    else designs.set(id, { categories, rows: [row] });
  }
  if (problems.length) throw new InputError(problems);

  const number = (row: HourlyRow, name: string): number => {
    const raw = row.cells[column.get(name)!] ?? '';
    const value = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(value)) problem(row.line, `${name}: expected a number, got "${raw}"`);
    return value;
  };
  const ordered = [...designs.entries()].filter(([, b]) => b.rows.length > 0);
  const hours = ordered[0]?.[1].rows.length ?? 0;
  const first = ordered[0]?.[1].rows ?? [];
  const firstTimestamp = first[0]?.cells[column.get('timestamp')!] ?? '';
  const timeZoneH = timestampOffsetH(firstTimestamp);
  if (first.length > 0 && timeZoneH === undefined) problem(first[0].line, `timestamp: expected an ISO 8601 time with its UTC offset (2025-01-01T00:00:00+08:00), got "${firstTimestamp}"`);
  const table: HourlyTable = {
    hours,
    timeZoneH: timeZoneH ?? 0,
    month: Uint8Array.from(first, (r) => number(r, 'month')),
    day: Uint8Array.from(first, (r) => number(r, 'day')),
    hourOfDay: Uint8Array.from(first, (r) => number(r, 'hourOfDay')),
    dryBulbC: Float64Array.from(first, (r) => number(r, 'dryBulb_degC')),
    wetBulbC: Float64Array.from(first, (r) => number(r, 'wetBulb_degC')),
    designs: [],
  };
  for (const [id, { categories, rows }] of ordered) {
    if (rows.length !== hours) problem(rows[0].line, `design ${id}: expected ${hours} hours like ${ordered[0][0]}, got ${rows.length}`);
    rows.forEach((r, h) => number(r, 'hour') !== h && problem(r.line, `hour: expected ${h}, got "${r.cells[column.get('hour')!]}"`));
    for (const key of Object.keys(categories)) {
      if (!column.has(componentColumn(key))) problem(headerLine, `header: expected a column ${componentColumn(key)} for design ${id}, got none`);
    }
    if (problems.length) break;
    const design: HourlyDesign = {
      id,
      itPowerW: Float64Array.from(rows, (r) => wFromKW(number(r, 'itPower_kW'))),
      facilityPowerW: Float64Array.from(rows, (r) => wFromKW(number(r, 'facilityPower_kW'))),
      componentPowerW: Object.fromEntries(
        Object.keys(categories).map((k) => [k, Float64Array.from(rows, (r) => wFromKW(number(r, componentColumn(k))))]),
      ),
      componentCategory: categories,
      waterL: Float64Array.from(rows, (r) => number(r, 'water_L')),
      chillerOn: Uint8Array.from(rows, (r) => (number(r, 'chillerOn') ? 1 : 0)),
    };
    table.designs.push(design);
  }
  if (problems.length) throw new InputError(problems);
  return table;
}
