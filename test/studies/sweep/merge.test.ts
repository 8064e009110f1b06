/** mergeShards: the complete table back from any order of shards, and every inconsistency named. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inputErrorLines } from './inputErrorLines.js';
import { sweepJson } from '../../../sim/studies/sweep/files.js';
import { sweepTidyTable } from '../../../reports/tables/sweepTable.js';
import { tidyCsv } from '../../../reports/tables/tidyTable.js';
import { mergeShards, type ShardInput } from '../../../sim/studies/sweep/merge.js';
import { fakeTable } from './fakeTable.js';

const FLAGS = ['a=1,2,3', 'b=x,y'];
const shards = (count: number, flags = FLAGS): ShardInput[] =>
  Array.from({ length: count }, (_, i) => ({ shown: `s${i + 1}`, table: fakeTable(flags, { index: i + 1, count }) }));

const problems = (inputs: ShardInput[]): string[] => inputErrorLines(() => mergeShards(inputs));

describe('mergeShards', () => {
  it('gives the bytes of the unsharded table for any shard count and input order (property)', () => {
    const whole = fakeTable(FLAGS);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }).chain((n) => fc.shuffledSubarray(shards(n), { minLength: n, maxLength: n })), (inputs) => {
        const merged = mergeShards(inputs);
        expect(sweepJson(merged)).toBe(sweepJson(whole));
        expect(tidyCsv(sweepTidyTable(merged))).toBe(tidyCsv(sweepTidyTable(whole)));
      }),
    );
  });

  it('names missing shards', () => {
    const [s1, , s3] = shards(3);
    expect(problems([s3, s1])).toEqual(['merge: expected all 3 shards of the sweep, got 2; missing shard 2 (of 3)']);
  });

  it('names a repeated shard and a shard of another split', () => {
    const [s1, s2, s3] = shards(3);
    const other = { shown: 'x', table: fakeTable(FLAGS, { index: 1, count: 2 }) };
    expect(problems([s1, s2, s3, { ...s2, shown: 'again' }, other])).toEqual([
      'again: shard: expected each shard once, got 2/3 again (also s2)',
      'x: shard: expected k/3 like s1, got 1/2',
    ]);
  });

  it('refuses shards of another grid: other values, or another scenario file', () => {
    const [s1, s2, s3] = shards(3);
    const values = { shown: 'v', table: fakeTable(['a=1,2,4', 'b=x,y'], { index: 2, count: 3 }) };
    const file = { shown: 'f', table: fakeTable(FLAGS, { index: 3, count: 3 }, 'name: other\n') };
    const lines = problems([s1, values, file]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^v: grid: expected the grid of s1 \(hash [0-9a-f]{12}\), got another grid \(hash [0-9a-f]{12}: /);
    expect(lines[1]).toMatch(/^f: grid: /);
    expect(problems([s1, s2, s3])).toEqual([]);
  });

  it('refuses a shard whose rows are not its cases', () => {
    const [s1, s2] = shards(2);
    s2.table.rows.splice(-2); // case 6's two designs
    expect(problems([s1, s2])).toEqual(['s2: rows: expected cases 2, 4, 6 of shard 2/2, got 2 cases, first difference at case 3 of the shard (case none)']);
  });
});
