/**
 * A sweep's result as data: the grid definition (enough to recompute every
 * case and to tell two grids apart by hash), the shard it covers, and one row
 * per case: `case`, the axis values, `currency`, `weather`, then the KPIs of
 * each design as `<design id>.<kpi>` (kpis.ts). Columns are the union over
 * the rows in case order, so they depend only on which cases are present.
 */
import { createHash } from 'node:crypto';
import type { Summary } from '../../types/summary.js';
import type { Axis, SweepCase } from './grid.js';
import { KPI_NAMES, summaryKpis } from './kpis.js';
import type { Shard } from './shard.js';

export type SweepCell = string | number | null;
export type SweepRow = Record<string, SweepCell>;

export interface GridDefinition {
  /** The scenario's name (of case 1). */
  scenario: string;
  /** The scenario file as the user typed it (informative; not part of the hash). */
  file: string;
  /** SHA-256 of the scenario file's bytes. */
  scenarioSha256: string;
  /** `--seed`, or null when each case uses its scenario's seed. */
  seed: number | null;
  /** The program that ran it, e.g. `dctwin 0.1.0`: shards of different versions do not merge. */
  generator: string;
  axes: { path: string; column: string; values: string[] }[];
  cases: number;
  /** SHA-256 of everything above that decides the results (not `file` nor `scenario`). */
  hash: string;
}

export interface SweepTable {
  grid: GridDefinition;
  /** The shard these rows cover; absent for a complete sweep. */
  shard?: Shard;
  /** Rows in ascending case order. */
  rows: SweepRow[];
}

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** The hash of the parts of a grid that decide its results. */
export function gridHash(grid: Omit<GridDefinition, 'hash'>): string {
  const key = [grid.scenarioSha256, grid.seed, grid.generator, grid.axes.map((a) => [a.path, a.values]), grid.cases];
  return sha256(JSON.stringify(key));
}

export function gridDefinition(
  fields: { scenario: string; file: string; scenarioText: string; seed: number | null; generator: string },
  axes: readonly Axis[],
  cases: number,
): GridDefinition {
  const grid = {
    scenario: fields.scenario,
    file: fields.file,
    scenarioSha256: sha256(fields.scenarioText),
    seed: fields.seed,
    generator: fields.generator,
    axes: axes.map((a) => ({ path: a.path, column: a.column, values: [...a.values] })),
    cases,
  };
  return { ...grid, hash: gridHash(grid) };
}

/** One case's row from its summary. */
export function caseRow(sweepCase: SweepCase, summary: Summary): SweepRow {
  const row: SweepRow = { case: sweepCase.id, ...sweepCase.parameters };
  row.currency = summary.designs.find((d) => d.tco)?.tco?.currency ?? null;
  row.weather = summary.weather;
  for (const { id, kpis } of summaryKpis(summary)) for (const k of KPI_NAMES) row[`${id}.${k}`] = kpis[k];
  return row;
}

/** Every column of `rows`, in first-seen order: `case`, the axes, then design KPIs. */
export function columnsOf(grid: GridDefinition, rows: readonly SweepRow[]): string[] {
  // A Set keeps insertion order and drops repeats (an axis named `currency`).
  const columns = new Set(['case', ...grid.axes.map((a) => a.column), 'currency', 'weather']);
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}
