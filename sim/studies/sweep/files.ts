/**
 * sweep.csv and sweep.json: text written only from a SweepTable, so a merged
 * table gives the very bytes of the unsharded sweep. Numbers are written as
 * JavaScript's shortest round-trip text (`String(x)`, exact and fixed by the
 * ECMAScript spec), the same digits in CSV and JSON; a missing or non-finite
 * value is an empty CSV cell and JSON null. sweep.json holds the grid
 * definition, the shard (absent when complete), the columns and one row per
 * line; `readSweepJson` reads it back for `dctwin merge`.
 */
import { z } from 'zod';
import { InputError } from '../../errors.js';
import { columnsOf, type SweepCell, type SweepRow, type SweepTable } from './table.js';

export const SWEEP_FORMAT = 'dctwin-sweep/1';
export const SWEEP_FILES = { csv: 'sweep.csv', json: 'sweep.json' } as const;

const cell = (v: SweepCell | undefined): SweepCell => (v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v);

/** Each row as an object with every column, in column order (missing -> null). */
export function tableRows(table: SweepTable): SweepRow[] {
  const columns = columnsOf(table.grid, table.rows);
  return table.rows.map((row) => Object.fromEntries(columns.map((c) => [c, cell(row[c])])));
}

const csvText = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csvCell = (v: SweepCell): string => (v === null ? '' : typeof v === 'number' ? String(v) : csvText(v));

export function sweepCsv(table: SweepTable): string {
  const columns = columnsOf(table.grid, table.rows);
  const lines = [columns.map(csvText).join(','), ...tableRows(table).map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\n')}\n`;
}

const indented = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');

export function sweepJson(table: SweepTable): string {
  const rows = tableRows(table);
  const parts = [
    `  "format": ${JSON.stringify(SWEEP_FORMAT)}`,
    `  "grid": ${indented(table.grid)}`,
    ...(table.shard ? [`  "shard": ${JSON.stringify(table.shard)}`] : []),
    `  "columns": ${JSON.stringify(columnsOf(table.grid, table.rows))}`,
    rows.length === 0 ? '  "rows": []' : `  "rows": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}

const positive = z.number().int().min(1);
const sweepFileSchema = z.object({
  format: z.literal(SWEEP_FORMAT),
  grid: z.object({
    scenario: z.string(),
    file: z.string(),
    scenarioSha256: z.string(),
    seed: z.number().int().nullable(),
    generator: z.string(),
    axes: z.array(z.object({ path: z.string(), column: z.string(), values: z.array(z.string()) })),
    cases: positive,
    hash: z.string(),
  }),
  shard: z.object({ index: positive, count: positive }).optional(),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])).and(z.object({ case: positive }))),
});

/** Reads sweep.json text (shown as `shown` in messages); throws InputError when it is not one. */
export function readSweepJson(text: string, shown: string): SweepTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${shown}: expected a ${SWEEP_FILES.json} written by dctwin sweep, got invalid JSON (${(err as Error).message})`);
  }
  const parsed = sweepFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new InputError(`${shown}: expected a ${SWEEP_FILES.json} written by dctwin sweep (format ${SWEEP_FORMAT}), got${where}: ${issue.message}`);
  }
  const { grid, shard, rows } = parsed.data;
  return { grid, shard, rows: rows as SweepRow[] };
}
