/**
 * writeDirAtomically replaces only a folder that dctwin wrote: empty, or every
 * entry a regular file with a name from reports/outputNames.ts. A folder with
 * anything else is an InputError naming the first foreign entry (sorted), the
 * user's files stay byte for byte and no temporary folder is left. The name
 * list covers every file a run, a sweep and a rebuilt report write.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDirAtomically } from '../../reports/atomicDir.js';
import { CHART_NAMES } from '../../reports/charts/names.js';
import { buildCharts } from '../../reports/charts/index.js';
import { OUTPUT_FILE_NAMES, foreignEntry } from '../../reports/outputNames.js';
import { runOutputFiles } from '../../reports/write.js';
import { InputError } from '../../sim/errors.js';
import { SWEEP_FILES } from '../../sim/studies/sweep/files.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import { poolRun } from '../fixtures/run/poolRun.js';
import { resilienceRun } from '../fixtures/run/resilienceRun.js';
import { sitesRun } from '../fixtures/sites/sitesSummary.js';

const root = mkdtempSync(join(tmpdir(), 'dctwin-atomicdir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = () => new Map<string, string>([['summary.json', '{"new":true}\n'], ['hourly.csv', 'a\n']]);
const foreignMessage = (dir: string, entry: string) =>
  `${dir}: output folder: expected an empty folder or an earlier dctwin output, got a foreign entry '${entry}' (dctwin replaces only folders it wrote)`;

/** A folder holding an earlier output (summary.json) and the given extra entries. */
function folder(name: string, make: (dir: string) => void): string {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'summary.json'), '{"old":true}\n');
  make(dir);
  return dir;
}

async function expectRefused(dir: string, entry: string) {
  const before = readdirSync(dir).sort();
  const attempt = writeDirAtomically(dir, files());
  await expect(attempt).rejects.toThrowError(InputError);
  await expect(attempt).rejects.toThrowError(foreignMessage(dir, entry));
  expect(readdirSync(dir).sort()).toEqual(before);
  expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('{"old":true}\n');
  expect(readdirSync(root).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
}

describe('writeDirAtomically: only folders dctwin wrote are replaced', () => {
  it('keeps a user file beside summary.json byte for byte and names it', async () => {
    const notes = Buffer.from('my notes\n\x00\xff', 'latin1');
    const dir = folder('notes', (d) => writeFileSync(join(d, 'notes.txt'), notes));
    await expectRefused(dir, 'notes.txt');
    expect(readFileSync(join(dir, 'notes.txt')).equals(notes)).toBe(true);
  });

  it('names the first foreign entry in sorted order', async () => {
    const dir = folder('sorted', (d) => ['zeta.ipynb', 'alpha.md', 'my.yaml'].forEach((n) => writeFileSync(join(d, n), n)));
    await expectRefused(dir, 'alpha.md');
  });

  it('treats a sub-folder as foreign, even with a dctwin name', async () => {
    const dir = folder('subdir', (d) => mkdirSync(join(d, 'report.html')));
    await expectRefused(dir, 'report.html');
  });

  it('treats a symlink as foreign, even with a dctwin name', async () => {
    const target = join(root, 'elsewhere.csv');
    writeFileSync(target, 'precious\n');
    const dir = folder('symlink', (d) => symlinkSync(target, join(d, 'hourly.csv')));
    await expectRefused(dir, 'hourly.csv');
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
  });

  it('replaces an earlier output that holds only dctwin names, and writes into an empty folder', async () => {
    const dir = folder('earlier', (d) => writeFileSync(join(d, 'monthly-pue.png'), 'png'));
    await writeDirAtomically(dir, files());
    expect(readdirSync(dir).sort()).toEqual(['hourly.csv', 'summary.json']);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('{"new":true}\n');
    const empty = join(root, 'empty');
    mkdirSync(empty);
    await writeDirAtomically(empty, files());
    expect(readdirSync(empty).sort()).toEqual(['hourly.csv', 'summary.json']);
  });

  it('an existing file where the folder goes: InputError, the file kept', async () => {
    const path = join(root, 'a-file');
    writeFileSync(path, 'mine');
    await expect(writeDirAtomically(path, files())).rejects.toThrowError(`${path}: output folder: expected a folder, got a file`);
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });

  it('a file system failure while writing is an InputError naming the path, not a crash', async () => {
    const dir = join(root, 'blocked');
    const tmp = `${dir}.tmp-${process.pid}`;
    writeFileSync(tmp, 'not ours to remove'); // mkdir(tmp) fails with EEXIST
    await expect(writeDirAtomically(dir, files())).rejects.toThrowError(
      `${dir}: output folder: expected a place dctwin can write, got EEXIST from mkdir '${tmp}'`,
    );
    expect(readFileSync(tmp, 'utf8')).toBe('not ours to remove');
    rmSync(tmp);
  });

  it("writes and replaces a several-site run's sites/<id>/ folders; a foreign file inside one is named", async () => {
    const dir = join(root, 'sites-run');
    const nested = new Map([...files(), ['sites.csv', 'site\n'], ['sites/cn-hohhot/summary.json', '{}\n']]);
    await writeDirAtomically(dir, nested);
    expect(readFileSync(join(dir, 'sites', 'cn-hohhot', 'summary.json'), 'utf8')).toBe('{}\n');
    await writeDirAtomically(dir, nested); // an earlier several-site output is replaceable
    writeFileSync(join(dir, 'sites', 'cn-hohhot', 'notes.md'), 'mine');
    await expect(writeDirAtomically(dir, nested)).rejects.toThrowError(foreignMessage(dir, 'sites/cn-hohhot/notes.md'));
    expect(readFileSync(join(dir, 'sites', 'cn-hohhot', 'notes.md'), 'utf8')).toBe('mine');
    await expect(writeDirAtomically(join(root, 'bug2'), new Map([['sites/../x/summary.json', 'x']]))).rejects.toThrowError(RangeError);
  });

  it('refuses, as a bug, to write a name that is not in the list', async () => {
    await expect(writeDirAtomically(join(root, 'bug'), new Map([['notes.txt', 'x']]))).rejects.toThrowError(RangeError);
  });
});

describe('the names dctwin writes (reports/outputNames.ts)', () => {
  it('cover every file of a run with all studies or several sites, HTML and PNG names of every chart', async () => {
    const run = fakeRun(3, { studies: true });
    for (const name of (await runOutputFiles(run, { html: true })).keys()) expect(OUTPUT_FILE_NAMES.has(name), name).toBe(true);
    const charts = [...buildCharts(run), ...buildCharts(sitesRun(3)), ...buildCharts(poolRun(3)), ...buildCharts(resilienceRun(3))]; // with studies, several sites, an XPU pool, failures
    for (const chart of charts) expect(OUTPUT_FILE_NAMES.has(`${chart.name}.png`), chart.name).toBe(true);
    expect([...new Set(charts.map((c) => c.name))].sort()).toEqual([...CHART_NAMES].sort());
  });

  it("cover the sweep writer's names, and nothing like a user's file", () => {
    for (const name of Object.values(SWEEP_FILES)) expect(OUTPUT_FILE_NAMES.has(name), name).toBe(true);
    for (const name of ['notes.txt', 'diagram.png', 'scenario.yml', 'summary.json.bak', '.summary.json', 'x.vl.json']) {
      expect(OUTPUT_FILE_NAMES.has(name), name).toBe(false);
    }
  });

  it('foreignEntry: undefined for an empty folder', () => {
    const dir = join(root, 'none');
    mkdirSync(dir);
    expect(foreignEntry(dir)).toBeUndefined();
  });
});
