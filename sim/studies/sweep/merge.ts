/**
 * Joins the shard outputs of one sweep into the complete table, checking that
 * they belong together (same grid hash, same shard count), that every shard
 * is there exactly once, and that each holds exactly its own cases
 * (shard.ts's rule). A complete sweep counts as shard 1/1. The result does not
 * depend on the order of the inputs: the grid shown is shard 1's.
 */
import { InputError } from '../../errors.js';
import { shardCaseIds, type Shard } from './shard.js';
import { emptyTable, type SweepRow, type SweepTable } from './table.js';

export interface ShardInput {
  /** Where it came from, for messages (e.g. `out/x-shard-2-of-3/sweep.json`). */
  shown: string;
  table: SweepTable;
}

const short = (hash: string) => hash.slice(0, 12);

/** The cases of `rows` in row order, each once (a case has one row per design, one after another). */
function casesOf(rows: readonly SweepRow[]): number[] {
  const ids: number[] = [];
  for (const row of rows) if (ids[ids.length - 1] !== row.case) ids.push(row.case as number);
  return ids;
}

function listed(ids: number[], max = 20): string {
  const head = ids.slice(0, max).join(', ');
  return ids.length > max ? `${head}, ... (${ids.length} in all)` : head;
}

/** Checks every input against the first; returns problems, one line each. */
function consistencyProblems(inputs: readonly ShardInput[]): string[] {
  const [first] = inputs;
  const count = first.table.shard?.count ?? 1;
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const { shown, table } of inputs) {
    const shard: Shard = table.shard ?? { index: 1, count: 1 };
    if (table.grid.hash !== first.table.grid.hash) {
      problems.push(
        `${shown}: grid: expected the grid of ${first.shown} (hash ${short(first.table.grid.hash)}), ` +
          `got another grid (hash ${short(table.grid.hash)}: a different scenario file, seed, dctwin version or --set values)`,
      );
      continue;
    }
    if (shard.count !== count) {
      problems.push(`${shown}: shard: expected k/${count} like ${first.shown}, got ${shard.index}/${shard.count}`);
      continue;
    }
    const other = seen.get(shard.index);
    if (other !== undefined) {
      problems.push(`${shown}: shard: expected each shard once, got ${shard.index}/${count} again (also ${other})`);
      continue;
    }
    seen.set(shard.index, shown);
    const expected = shardCaseIds(table.grid.cases, shard);
    const got = casesOf(table.rows);
    const differs = expected.findIndex((id, i) => got[i] !== id);
    if (differs >= 0 || got.length !== expected.length) {
      const at = differs >= 0 ? differs : expected.length;
      problems.push(
        `${shown}: rows: expected cases ${listed(expected)} of shard ${shard.index}/${count}, ` +
          `got ${got.length} cases, first difference at case ${at + 1} of the shard (case ${got[at] ?? 'none'})`,
      );
    }
  }
  if (problems.length > 0) return problems;
  const missing: number[] = [];
  for (let k = 1; k <= count; k++) if (!seen.has(k)) missing.push(k);
  if (missing.length > 0) {
    problems.push(`merge: expected all ${count} shards of the sweep, got ${seen.size}; missing shard ${listed(missing)} (of ${count})`);
  }
  return problems;
}

/** The complete table from every shard of one sweep; throws InputError listing every problem. */
export function mergeShards(inputs: readonly ShardInput[]): SweepTable {
  if (inputs.length === 0) throw new InputError('merge: expected one or more shard folders, got none');
  const problems = consistencyProblems(inputs);
  if (problems.length > 0) throw new InputError(problems);
  const ordered = [...inputs].sort((a, b) => (a.table.shard?.index ?? 1) - (b.table.shard?.index ?? 1));
  const byCase = new Array<SweepRow[]>(ordered[0].table.grid.cases);
  for (const { table } of ordered) for (const row of table.rows) (byCase[(row.case as number) - 1] ??= []).push(row);
  const merged = emptyTable(ordered[0].table.grid);
  for (const rows of byCase) merged.rows.push(...(rows ?? []));
  return merged;
}
