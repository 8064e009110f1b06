/**
 * `--shard k/n`: which cases of a grid one batch task runs. Cases are dealt
 * round robin: case i (1-based) belongs to shard ((i - 1) mod n) + 1. Dealing
 * rather than cutting blocks spreads slow cases (a long axis value, a
 * multi-year site) over all shards, and the rule needs nothing but i and n,
 * so every task computes its share alone and `merge` can check membership.
 * A shard may be empty when n exceeds the number of cases; it still counts.
 */
import { InputError } from '../../errors.js';

export interface Shard {
  /** 1-based shard number k. */
  index: number;
  /** Number of shards n. */
  count: number;
}

/** Most shards a sweep may be split into (one per case of the largest grid is never needed). */
export const MAX_SHARDS = 100_000;

/** Parses `k/n`; throws InputError for `0/3`, `4/3`, `x`. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const expected = `--shard: expected k/n with whole numbers 1 <= k <= n <= ${MAX_SHARDS}, like 2/8`;
  if (!m) throw new InputError(`${expected}, got '${text}'`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) throw new InputError(`${expected}, got '${text}' (n must be 1 to ${MAX_SHARDS})`);
  if (index < 1 || index > count) throw new InputError(`${expected}, got '${text}' (k must be 1 to ${count})`);
  return { index, count };
}

/** The shard (1-based) that runs case `id`. */
export const shardOf = (id: number, count: number): number => ((id - 1) % count) + 1;

/** The case ids of `shard` in a grid of `cases` cases, ascending. */
export function shardCaseIds(cases: number, shard: Shard): number[] {
  const ids: number[] = [];
  for (let id = shard.index; id <= cases; id += shard.count) ids.push(id);
  return ids;
}
