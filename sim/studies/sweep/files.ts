/**
 * sweep.json: the sweep's grid, shard (absent when complete), typed columns
 * and tidy rows (one per case x design, one per line), written only from a
 * SweepTable, so a merged table gives the very bytes of the unsharded sweep.
 * Numbers are JavaScript's shortest round-trip text (`JSON.stringify`, exact
 * and fixed by the ECMAScript spec); a missing or non-finite value is null.
 * `readSweepJson` reads it back for `dctwin merge`. sweep.csv is the same
 * table through the tidy CSV writer (sim/cli/sweepOutput.ts).
 */
import { z } from 'zod';
import { InputError } from '../../errors.js';
import { sweepColumns, type SweepCell, type SweepRow, type SweepTable } from './table.js';

/**
 * Version 3: money columns named with their unit (`tcoTotal_currency`, `capex_currency`, ...); version 2 had
 * `tcoTotal`, `capex`, ... (same rows); version 1 one wide row per case.
 */
export const SWEEP_FORMAT = 'dctwin-sweep/3';
export const SWEEP_FILES = { csv: 'sweep.csv', parquet: 'sweep.parquet', json: 'sweep.json' } as const;

const cell = (v: SweepCell | undefined): SweepCell => (v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v);

/** Each row as an object with every column, in column order (missing -> null). */
export const tableRows = (table: SweepTable): SweepRow[] =>
  table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, cell(row[c.name])])));

const indented = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');

export function sweepJson(table: SweepTable): string {
  const rows = tableRows(table);
  const parts = [
    `  "format": ${JSON.stringify(SWEEP_FORMAT)}`,
    `  "grid": ${indented(table.grid)}`,
    ...(table.shard ? [`  "shard": ${JSON.stringify(table.shard)}`] : []),
    `  "columns": ${JSON.stringify(table.columns)}`,
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
    axes: z.array(z.object({ path: z.string(), column: z.string(), unit: z.string().nullable(), values: z.array(z.string()) })),
    cases: positive,
    hash: z.string(),
    pool: z.literal(true).optional(),
  }),
  shard: z.object({ index: positive, count: positive }).optional(),
  columns: z.array(z.object({ name: z.string(), kind: z.enum(['integer', 'number', 'string']) })),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])).and(z.object({ case: positive }))),
});

/** Reads sweep.json text (shown as `shown` in messages); throws InputError when it is not one. */
export function readSweepJson(text: string, shown: string): SweepTable {
  const expected = `expected a ${SWEEP_FILES.json} written by dctwin sweep (format ${SWEEP_FORMAT})`;
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
    throw new InputError(`${shown}: ${expected}, got${where}: ${issue.message}`);
  }
  const { grid, shard, columns, rows } = parsed.data;
  const own = sweepColumns(grid);
  if (JSON.stringify(columns) !== JSON.stringify(own)) {
    throw new InputError(`${shown}: columns: ${expected}, got columns that its grid does not give (another dctwin version, or an edited file)`);
  }
  return { grid, shard, columns: own, rows: rows as SweepRow[] };
}
