/** --shard k/n: parsing and its messages; the round-robin rule partitions every grid. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../../sim/errors.js';
import { parseShard, shardCaseIds, shardOf } from '../../../sim/studies/sweep/shard.js';

describe('parseShard', () => {
  it('reads k/n', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each([
    ['0/3', " got '0/3' (k must be 1 to 3)"],
    ['4/3', " got '4/3' (k must be 1 to 3)"],
    ['1/0', " got '1/0' (n must be 1 to 100000)"],
    ['x', " got 'x'"],
    ['1.5/3', " got '1.5/3'"],
  ])('refuses %s', (text, tail) => {
    expect(() => parseShard(text)).toThrow(InputError);
    expect(() => parseShard(text)).toThrow(`--shard: expected k/n with whole numbers 1 <= k <= n <= 100000, like 2/8,${tail}`);
  });
});

describe('shard membership', () => {
  it('deals cases round robin', () => {
    // case i -> ((i - 1) mod n) + 1, by hand for 7 cases in 3 shards
    expect(shardCaseIds(7, { index: 1, count: 3 })).toEqual([1, 4, 7]);
    expect(shardCaseIds(7, { index: 2, count: 3 })).toEqual([2, 5]);
    expect(shardCaseIds(7, { index: 3, count: 3 })).toEqual([3, 6]);
    expect(shardCaseIds(2, { index: 3, count: 3 })).toEqual([]);
  });

  it('puts every case in exactly one shard, the one shardOf names (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 40 }), (cases, count) => {
        const all: number[] = [];
        for (let index = 1; index <= count; index++) {
          for (const id of shardCaseIds(cases, { index, count })) {
            expect(shardOf(id, count)).toBe(index);
            all.push(id);
          }
        }
        expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: cases }, (_, i) => i + 1));
      }),
    );
  });
});
