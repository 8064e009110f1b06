import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { writeRunOutputs } from '../../reports/write.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import { fakeIo } from './fakeIo.js';

const root = await mkdtemp(join(tmpdir(), 'dctwin-report-cmd-'));
afterAll(() => rm(root, { recursive: true, force: true }));


describe('dctwin report OUTDIR', () => {
  it('rebuilds report.html and summary.md of an earlier run and exits 0', async () => {
    await writeRunOutputs(join(root, 'run'), fakeRun(5), { html: false });
    const io = fakeIo(root);
    expect(await main(['report', 'run'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toMatch(/^rebuilt report\.html, summary\.md and the chart specs: \d+ files in run\n$/);
    expect(await readFile(join(root, 'run', 'report.html'), 'utf8')).toContain('<h1 id="answer"');
  });

  it('names the missing file and exits 2', async () => {
    const io = fakeIo(root);
    expect(await main(['report', 'nowhere'], io)).toBe(2);
    expect(io.err()).toBe(`error: ${join(root, 'nowhere', 'summary.json')}: expected a readable file, got no such file\n`);
  });

  it('names a malformed summary.json and exits 2', async () => {
    await writeRunOutputs(join(root, 'broken'), fakeRun(2), { html: false });
    await writeFile(join(root, 'broken', 'summary.json'), '{"scenario": "x", "designs": []}');
    const io = fakeIo(root);
    expect(await main(['report', 'broken'], io)).toBe(2);
    expect(io.err()).toBe(`error: ${join(root, 'broken', 'summary.json')}: designs: expected a non-empty array, got []\n`);
  });

  it('names the line of a bad hourly.csv cell and exits 2', async () => {
    const dir = join(root, 'badcsv');
    await writeRunOutputs(dir, fakeRun(2), { html: false });
    await rm(join(dir, 'hourly.parquet')); // hourly.csv is read when there is no hourly.parquet
    const csv = (await readFile(join(dir, 'hourly.csv'), 'utf8')).replace(/\n([^,\n]+,air-chw,3,1,1,3,)[^,]+/, '\n$1hot');
    await writeFile(join(dir, 'hourly.csv'), csv);
    const io = fakeIo(root);
    expect(await main(['report', 'badcsv'], io)).toBe(2);
    expect(io.err()).toBe(`error: ${join(dir, 'hourly.csv')}:5: dryBulb_degC: expected a number, got "hot"\n`);
  });
});

describe('dctwin report OUTDIR: hourly.parquet', () => {
  it('names a damaged hourly.parquet and exits 2', async () => {
    const dir = join(root, 'badparquet');
    await writeRunOutputs(dir, fakeRun(2), { html: false });
    await writeFile(join(dir, 'hourly.parquet'), 'not parquet');
    const io = fakeIo(root);
    expect(await main(['report', 'badparquet'], io)).toBe(2);
    expect(io.err()).toMatch(new RegExp(`^error: ${join(dir, 'hourly.parquet')}: expected a Parquet file, got .+\n$`));
  });
});

describe('dctwin report OUTDIR: only a folder dctwin wrote is rewritten', () => {
  it("refuses a folder with a user's file, which stays byte for byte", async () => {
    const dir = join(root, 'with-notes');
    await writeRunOutputs(dir, fakeRun(2), { html: false });
    await writeFile(join(dir, 'notes.txt'), 'my notes');
    const io = fakeIo(root);
    expect(await main(['report', 'with-notes'], io)).toBe(2);
    expect(io.err()).toBe("error: with-notes: output folder: expected an empty folder or an earlier dctwin output, got a foreign entry 'notes.txt' (dctwin replaces only folders it wrote)\n");
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('my notes');
  });
});
