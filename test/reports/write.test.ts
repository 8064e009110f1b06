import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRunOutputs } from '../../reports/write.js';
import { rebuildReport } from '../../reports/read.js';
import { InputError } from '../../sim/errors.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import { kpiCellsOf } from './kpiCells.js';

const run = fakeRun(365, { studies: true });
let root = '';
let first = '';
let firstFiles: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dctwin-write-'));
  first = join(root, 'a', 'run');
  firstFiles = await writeRunOutputs(first, run, {});
});
afterAll(() => rm(root, { recursive: true, force: true }));

const readAll = async (dir: string) => {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)));
};

describe('writeRunOutputs', () => {
  it('writes the documented files, creating parent folders, and returns their paths', async () => {
    const names = (await readdir(first)).sort();
    expect(names).toEqual([
      'climate.vl.json', 'cumulative-cost.vl.json', 'hourly.csv', 'hourly.parquet', 'monte-carlo-tco.vl.json', 'monte-carlo.csv', 'monte-carlo.json', 'monte-carlo.parquet',
      'monthly-pue.vl.json', 'power-breakdown.vl.json', 'pue-heatmap.vl.json', 'pue-vs-wet-bulb.vl.json', 'report.html',
      'scenario.yaml', 'sources.txt', 'summary.json', 'summary.md', 'sweep.json', 'sweep.vl.json', 'tco-breakdown.vl.json', 'tornado.vl.json',
    ]);
    expect(firstFiles.map((f) => f.slice(first.length + 1)).sort()).toEqual(names);
    expect(await readdir(join(root, 'a'))).toEqual(['run']); // no temporary sibling left
  });

  it('writes summary.json as 2-space JSON that reads back equal', async () => {
    const text = await readFile(join(first, 'summary.json'), 'utf8');
    expect(text.startsWith('{\n  "scenario": "fixture-hangzhou",\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(run.summary);
  });

  it('gives the same bytes for the same inputs', async () => {
    const second = join(root, 'b');
    await writeRunOutputs(second, fakeRun(365, { studies: true }), {});
    expect(await readAll(second)).toEqual(await readAll(first));
  });

  it('replaces an earlier output and drops files the new run does not write', async () => {
    const dir = join(root, 'replace');
    await writeRunOutputs(dir, run, {});
    await writeRunOutputs(dir, fakeRun(3), { html: false });
    const names = await readdir(dir);
    expect(names).not.toContain('report.html');
    expect(names).not.toContain('sweep.json');
    expect(JSON.parse(await readFile(join(dir, 'summary.json'), 'utf8')).simulatedHours).toBe(72);
  });

  it('refuses to replace a folder that is not a dctwin output', async () => {
    const dir = join(root, 'mine');
    await mkdir(dir);
    await writeFile(join(dir, 'thesis.tex'), 'precious');
    await expect(writeRunOutputs(dir, fakeRun(2), { html: false })).rejects.toThrowError(
      `${dir}: output folder: expected an empty folder or an earlier dctwin output, got a foreign entry 'thesis.tex' (dctwin replaces only folders it wrote)`,
    );
    expect(await readdir(dir)).toEqual(['thesis.tex']);
  });

  it('fails clearly without writing anything when PNG output is asked for and @resvg/resvg-js is missing', async () => {
    const installed = await import('@resvg/resvg-js' as string).then(() => true, () => false);
    const dir = join(root, 'png');
    const attempt = writeRunOutputs(dir, fakeRun(2), { png: true });
    if (installed) {
      await attempt;
      expect((await readdir(dir)).filter((n) => n.endsWith('.png')).length).toBeGreaterThan(0);
      return;
    }
    await expect(attempt).rejects.toThrowError(InputError);
    await expect(attempt).rejects.toThrowError(/PNG output needs @resvg\/resvg-js/);
    await expect(readdir(dir)).rejects.toThrowError(/ENOENT/);
  });
});

describe('rebuildReport', () => {
  it('rebuilds report.html, summary.md and the specs from the folder (hourly.parquet: full doubles), byte for byte as the run wrote them', async () => {
    const dir = join(root, 'rebuild');
    await writeRunOutputs(dir, run, {});
    const before = await readAll(dir);
    await rm(join(dir, 'report.html'));
    await writeFile(join(dir, 'summary.md'), 'stale');
    await rebuildReport(dir, {});
    const after = await readAll(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect(after[name] === before[name], name).toBe(true);
  });

  it('rebuilds from hourly.csv alone (8 significant digits): same KPIs, same charts, and writes hourly.parquet again', async () => {
    const dir = join(root, 'rebuild-csv');
    await writeRunOutputs(dir, run, {});
    const before = await readAll(dir);
    await rm(join(dir, 'hourly.parquet'));
    await rebuildReport(dir, {});
    const after = await readAll(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of ['summary.json', 'hourly.csv', 'scenario.yaml', 'sources.txt', 'monte-carlo.json', 'monte-carlo.csv', 'monte-carlo.parquet', 'sweep.json']) {
      expect(after[name] === before[name], name).toBe(true);
    }
    // built from summary.json alone: identical; from hourly.csv (8 significant digits): same charts, same size
    for (const name of ['summary.md', 'monthly-pue.vl.json', 'tco-breakdown.vl.json', 'cumulative-cost.vl.json', 'tornado.vl.json']) {
      expect(after[name] === before[name], name).toBe(true);
    }
    for (const name of ['pue-heatmap.vl.json', 'power-breakdown.vl.json', 'climate.vl.json']) {
      expect(JSON.parse(after[name]).data?.values?.length, name).toBe(JSON.parse(before[name]).data?.values?.length);
    }
    expect(kpiCellsOf(after['report.html'])).toEqual(kpiCellsOf(before['report.html']));
  });
});
