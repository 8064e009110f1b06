/**
 * `dctwin merge`: three shards of a 2 x 3 sweep, merged, equal the unsharded
 * sweep byte for byte (sweep.csv and sweep.json), whatever the order of the
 * folders; missing, repeated or foreign inputs exit 2 and write nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const LIGHT = resolve('test/fixtures/sweep/light.yaml');
const GRID = ['--set', 'workload.nodes.count=8,16', '--set', 'designs[0].cooling.liquid.rejection.dryCooler.approach=4 K,6 K,8 K'];
const cwd = mkdtempSync(join(tmpdir(), 'dctwin-merge-'));

async function dctwin(...args: string[]) {
  const io = fakeIo(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}
const bytes = (dir: string, name: string) => readFileSync(join(cwd, dir, name));

beforeAll(async () => {
  const runs = [await dctwin('sweep', LIGHT, ...GRID, '--out', 'whole')];
  for (const k of [1, 2, 3]) runs.push(await dctwin('sweep', LIGHT, ...GRID, '--shard', `${k}/3`, '--out', `shard${k}`));
  for (const r of runs) expect(r.code, r.err).toBe(0);
});

describe('dctwin merge', () => {
  it('joins 3 shards into exactly the unsharded sweep, byte for byte', async () => {
    const r = await dctwin('merge', 'shard3', 'shard1', 'shard2', '--out', 'merged');
    expect(r.code, r.err).toBe(0);
    for (const name of ['sweep.csv', 'sweep.parquet', 'sweep.json', 'report.html']) expect(bytes('merged', name).equals(bytes('whole', name)), name).toBe(true);
    // the sweep itself: 6 cases x 2 designs, one line each
    expect(bytes('whole', 'sweep.csv').toString().trimEnd().split('\n')).toHaveLength(13);
    expect(r.out).toMatch(/^light sweep: 3 shards, 6 cases\n/);
    expect(r.out).toContain(`Wrote ${join(cwd, 'merged')}/ (sweep.csv, sweep.parquet, sweep.json, report.html)`);
  });

  it('each shard holds only its cases: 1 and 4 in shard 1 of 3 (a row per design)', () => {
    const cases = bytes('shard1', 'sweep.csv').toString().trimEnd().split('\n').slice(1).map((l) => l.split(',')[0]);
    expect(cases).toEqual(['1', '1', '4', '4']);
  });

  it('writes the default folder out/<scenario>-sweep/ and prints JSON with --json', async () => {
    const r = await dctwin('merge', 'shard1', 'shard2', join('shard3', 'sweep.json'), '--json');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(bytes('whole', 'sweep.json').toString());
    expect(bytes(join('out', 'light-sweep'), 'sweep.csv').equals(bytes('whole', 'sweep.csv'))).toBe(true);
  });

  it('refuses a missing or repeated shard, every problem on its own line, and writes nothing', async () => {
    const missing = await dctwin('merge', 'shard1', 'shard3', '--out', 'bad1');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('error: merge: expected all 3 shards of the sweep, got 2; missing shard 2 (of 3)\n');
    const repeated = await dctwin('merge', 'shard1', 'shard2', 'shard2', 'shard3', '--out', 'bad2');
    expect(repeated.code).toBe(2);
    expect(repeated.err).toBe(`error: ${join('shard2', 'sweep.json')}: shard: expected each shard once, got 2/3 again (also ${join('shard2', 'sweep.json')})\n`);
    expect(existsSync(join(cwd, 'bad1')) || existsSync(join(cwd, 'bad2'))).toBe(false);
  });

  it('refuses a folder that is not a shard, and mixing shards with the whole sweep', async () => {
    const none = await dctwin('merge', 'shard1', 'nowhere');
    expect(none.code).toBe(2);
    expect(none.err).toBe('error: nowhere: expected a shard folder written by dctwin sweep --shard, got no such file or folder\n');
    const mixed = await dctwin('merge', 'whole', 'shard1');
    expect(mixed.code).toBe(2);
    expect(mixed.err).toBe(`error: ${join('shard1', 'sweep.json')}: shard: expected k/1 like ${join('whole', 'sweep.json')}, got 1/3\n`);
  });
});

describe('dctwin merge --out: never onto, into or around a shard folder', () => {
  const apart = (out: string, got: string) => `error: ${out}: output folder: expected a path apart from the input folders, got ${got}\n`;
  const shardBytes = () => ['sweep.csv', 'sweep.json'].map((n) => bytes('shard1', n).toString());

  it('refuses --out equal to a shard folder, keeping the shard byte for byte', async () => {
    const before = shardBytes();
    const r = await dctwin('merge', 'shard1', 'shard2', 'shard3', '--out', 'shard1');
    expect(r.code).toBe(2);
    expect(r.err).toBe(apart('shard1', "the input folder 'shard1'"));
    expect(shardBytes()).toEqual(before);
    expect(readdirSync(join(cwd, 'shard1')).sort()).toEqual(['sweep.csv', 'sweep.json', 'sweep.parquet']);
  });

  it('refuses --out inside a shard folder, and the folder of a shard given as its sweep.json', async () => {
    const inside = await dctwin('merge', 'shard1', 'shard2', 'shard3', '--out', join('shard2', 'merged'));
    expect(inside.code).toBe(2);
    expect(inside.err).toBe(apart(join('shard2', 'merged'), "a path inside the input folder 'shard2'"));
    expect(existsSync(join(cwd, 'shard2', 'merged'))).toBe(false);
    const asFile = await dctwin('merge', 'shard1', 'shard2', join('shard3', 'sweep.json'), '--out', 'shard3');
    expect(asFile.code).toBe(2);
    expect(asFile.err).toBe(apart('shard3', "the input folder 'shard3'"));
  });

  it("refuses --out holding a user's file before reading any shard", async () => {
    mkdirSync(join(cwd, 'mine'));
    writeFileSync(join(cwd, 'mine', 'sweep.json'), '{}');
    writeFileSync(join(cwd, 'mine', 'todo.txt'), 'keep me');
    const r = await dctwin('merge', 'nowhere', '--out', 'mine');
    expect(r.code).toBe(2);
    expect(r.err).toBe("error: mine: output folder: expected an empty folder or an earlier dctwin output, got a foreign entry 'todo.txt' (dctwin replaces only folders it wrote)\n");
    expect(readFileSync(join(cwd, 'mine', 'todo.txt'), 'utf8')).toBe('keep me');
  });
});
