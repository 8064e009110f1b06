/**
 * A sweep's result as data (the contract is sim/types/sweep.ts): the grid
 * definition (enough to recompute every case and to tell two grids apart by
 * hash), the shard it covers, the columns, and one tidy row per case x design:
 *
 *   case, caseId, <axis columns>, design, weather, <KPI columns (kpis.ts)>, currency[, <pool columns (poolKpis.ts)>]
 *
 * `case` is the 1-based position in the grid; `caseId` is the first 12 hex
 * digits of SHA-256 over the scenario file's hash, seed, generator and the
 * case's overrides: the same text whatever the shard, the grid's order or the
 * other values swept, so cases of two sweeps can be joined. Columns depend on
 * the grid alone, so shards and their merge have the same columns.
 */
import { createHash } from 'node:crypto';
import type { Summary } from '../../types/summary.js';
import type { GridDefinition, SweepColumn, SweepRow, SweepTable } from '../../types/sweep.js';
import type { Axis, SweepCase } from './grid.js';
import { KPI_COLUMNS, summaryKpis } from './kpis.js';
import { POOL_COLUMNS, poolKpis } from './poolKpis.js';
import { axisCell, axisKind, sweepAxis } from './axisColumn.js';

export type { GridDefinition, SweepCell, SweepColumn, SweepRow, SweepTable } from '../../types/sweep.js';

const LEADING: readonly SweepColumn[] = [
  { name: 'case', kind: 'integer' },
  { name: 'caseId', kind: 'string' },
];
const BY_DESIGN: readonly SweepColumn[] = [
  { name: 'design', kind: 'string' },
  { name: 'weather', kind: 'string' },
  ...KPI_COLUMNS.map(([, name]) => ({ name, kind: 'number' as const })),
  { name: 'currency', kind: 'string' },
];
const POOL: readonly SweepColumn[] = POOL_COLUMNS.map(([, name]) => ({ name, kind: 'number' as const }));
const FIXED_NAMES: ReadonlySet<string> = new Set([...LEADING, ...BY_DESIGN, ...POOL].map((c) => c.name));

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** The hash of the parts of a grid that decide its results. */
export function gridHash(grid: Omit<GridDefinition, 'hash'>): string {
  const key = [grid.scenarioSha256, grid.seed, grid.generator, grid.axes.map((a) => [a.path, a.values]), grid.cases];
  return sha256(JSON.stringify(key));
}

export function gridDefinition(
  fields: { scenario: string; file: string; scenarioText: string; seed: number | null; generator: string; pool?: boolean },
  axes: readonly Axis[],
  cases: number,
): GridDefinition {
  const grid = {
    scenario: fields.scenario,
    file: fields.file,
    scenarioSha256: sha256(fields.scenarioText),
    seed: fields.seed,
    generator: fields.generator,
    axes: axes.map((a) => sweepAxis(a.path, a.column, a.values, FIXED_NAMES)),
    cases,
  };
  // pool follows from the scenario text and the axes (already hashed); absent, sweep.json is as before pools.
  return { ...grid, hash: gridHash(grid), ...(fields.pool ? { pool: true as const } : {}) };
}

/** Every column of a sweep of `grid`, in output order. */
export const sweepColumns = (grid: GridDefinition): SweepColumn[] => [
  ...LEADING,
  ...grid.axes.map((a) => ({ name: a.column, kind: axisKind(a) === 'string' ? ('string' as const) : ('number' as const) })),
  ...BY_DESIGN,
  ...(grid.pool ? POOL : []),
];

/** The case's id independent of shards and grid order (see the file's doc). */
export const caseId = (grid: GridDefinition, overrides: readonly string[]): string =>
  sha256(JSON.stringify([grid.scenarioSha256, grid.seed, grid.generator, overrides])).slice(0, 12);

/** One case's rows, one per design in the scenario's order, from its summary. */
export function caseRows(grid: GridDefinition, sweepCase: SweepCase, summary: Summary): SweepRow[] {
  const head: SweepRow = { case: sweepCase.id, caseId: caseId(grid, sweepCase.overrides) };
  grid.axes.forEach((a, i) => (head[a.column] = axisCell(a)(sweepCase.values[i])));
  return summaryKpis(summary).map(({ id, currency, kpis }, i) => {
    const row: SweepRow = { ...head, design: id, weather: summary.weather };
    for (const [key, name] of KPI_COLUMNS) row[name] = kpis[key];
    row.currency = currency;
    if (grid.pool) {
      const pool = poolKpis(summary.designs[i]);
      for (const [key, name] of POOL_COLUMNS) row[name] = pool[key];
    }
    return row;
  });
}

/** An empty table of `grid` (no rows yet) for `shard`. */
export const emptyTable = (grid: GridDefinition, shard?: SweepTable['shard']): SweepTable => ({ grid, shard, columns: sweepColumns(grid), rows: [] });
