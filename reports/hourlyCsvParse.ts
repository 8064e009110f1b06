/**
 * Reads hourly.csv (layout in hourlyColumns.ts) back into an HourlyTable in SI,
 * so `dctwin report` can rebuild charts without re-simulating. Problems are
 * InputErrors, one line each, `FILE:LINE: column: expected ..., got ...`,
 * all of them at once (up to MAX_PROBLEMS).
 */
import type { ComponentCategory, HourlyDesign, HourlyTable } from '../sim/types/hourly.js';
import { InputError, locate } from '../sim/errors.js';
import { wFromKW } from '../sim/units.js';
import { LEADING_COLUMNS, TRAILING_COLUMNS, componentColumn, parseComponentsLine } from './hourlyColumns.js';

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
  rows: { line: number; cells: string[] }[];
}

export function parseHourlyCsv(text: string, file: string): HourlyTable {
  const problems: string[] = [];
  const problem = (line: number, what: string) => problems.length < MAX_PROBLEMS && problems.push(`${locate(file, line)}${what}`);
  const lines = text.split(/\r?\n/);
  const designs = new Map<string, Building>();
  let index = 0;
  for (; index < lines.length && lines[index].startsWith('#'); index++) {
    const parsed = parseComponentsLine(lines[index]);
    if (typeof parsed === 'string') problem(index + 1, `components: ${parsed}`);
    else if (parsed) designs.set(parsed.design, { categories: parsed.categories, rows: [] });
  }
  const header = cellsOf(lines[index] ?? '');
  const headerLine = index + 1;
  const column = new Map(header.map((name, i) => [name, i]));
  const missing = REQUIRED.filter((c) => !column.has(c));
  if (missing.length) throw new InputError(`${locate(file, headerLine)}header: expected columns ${REQUIRED.join(',')}, got ${header.join(',') || 'an empty line'}`);
  for (index += 1; index < lines.length; index++) {
    if (lines[index].trim() === '' || lines[index].startsWith('#')) continue;
    const cells = cellsOf(lines[index]);
    if (cells.length !== header.length) problem(index + 1, `row: expected ${header.length} cells, got ${cells.length}`);
    const id = cells[0];
    const building = designs.get(id);
    if (!building) problem(index + 1, `design: expected a design listed in a "# design ${id} components:" line, got "${id}"`);
    else building.rows.push({ line: index + 1, cells });
  }
  if (problems.length) throw new InputError(problems);

  const number = (row: { line: number; cells: string[] }, name: string): number => {
    const raw = row.cells[column.get(name)!] ?? '';
    const value = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(value)) problem(row.line, `${name}: expected a number, got "${raw}"`);
    return value;
  };
  const ordered = [...designs.entries()].filter(([, b]) => b.rows.length > 0);
  const hours = ordered[0]?.[1].rows.length ?? 0;
  const first = ordered[0]?.[1].rows ?? [];
  const table: HourlyTable = {
    hours,
    month: Uint8Array.from(first, (r) => number(r, 'month')),
    day: Uint8Array.from(first, (r) => number(r, 'day')),
    hourOfDay: Uint8Array.from(first, (r) => number(r, 'hourOfDay')),
    dryBulbC: Float64Array.from(first, (r) => number(r, 'dryBulbC')),
    wetBulbC: Float64Array.from(first, (r) => number(r, 'wetBulbC')),
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
      itPowerW: Float64Array.from(rows, (r) => wFromKW(number(r, 'itKW'))),
      facilityPowerW: Float64Array.from(rows, (r) => wFromKW(number(r, 'facilityKW'))),
      componentPowerW: Object.fromEntries(
        Object.keys(categories).map((k) => [k, Float64Array.from(rows, (r) => wFromKW(number(r, componentColumn(k))))]),
      ),
      componentCategory: categories,
      waterL: Float64Array.from(rows, (r) => number(r, 'waterL')),
      chillerOn: Uint8Array.from(rows, (r) => (number(r, 'chillerOn') ? 1 : 0)),
    };
    table.designs.push(design);
  }
  if (problems.length) throw new InputError(problems);
  return table;
}
