/**
 * `dctwin run --samples N` writes the sensitivity outputs of issue 13 item 3:
 * monte-carlo.csv (one row per sample: inputs drawn, KPIs per design) beside
 * summary.json, the tornado chart and rank correlations, byte-identical for the
 * same seed whatever the number of threads.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../sim/cli/main.js';
import { fakeIo } from '../../cli/fakeIo.js';
import { FIXTURES } from './fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'dctwin-sens-'));

async function run(fixture: string, out: string, extra: string[] = []) {
  const io = fakeIo();
  const code = await main(['run', join(FIXTURES, fixture), '-o', join(tmp, out), '--samples', '12', ...extra], io);
  expect(io.err()).not.toMatch(/^error:/m);
  expect(code).toBe(0);
  const read = (name: string) => readFileSync(join(tmp, out, name), 'utf8');
  return { read, files: readdirSync(join(tmp, out)), stdout: io.out() };
}

describe('dctwin run --samples: sensitivity outputs', () => {
  it('writes monte-carlo.csv: a header, then one row per sample with its drawn inputs and every KPI per design', async () => {
    const r = await run('sensitivity.yaml', 'money');
    const lines = r.read('monte-carlo.csv').trimEnd().split('\n');
    const header = lines.find((l) => l.startsWith('sample,'))!.split(',');
    expect(header.slice(0, 3)).toEqual(['sample', 'designs[0].costs.discountRate [%]', 'designs[0].costs.energy.flat [CNY/kWh]']);
    expect(header).toContain('liquid-pod:tco.total');
    expect(header).toContain('air:pue');
    const rows = lines.filter((l) => /^\d/.test(l)).map((l) => l.split(','));
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const summary = JSON.parse(r.read('summary.json'));
    // The CSV's TCO column gives the summary's p50 (12 samples: type-7 median of the column).
    const tco = rows.map((row) => Number(row[header.indexOf('liquid-pod:tco.total')])).sort((a, b) => a - b);
    expect((tco[5] + tco[6]) / 2).toBeCloseTo(summary.monteCarlo.designs[0].kpis['tco.total'].p50, 6);
    expect(summary.monteCarlo.sensitivity.inputs.map((i: { path: string }) => i.path).sort()).toEqual(['designs[0].costs.discountRate', 'designs[0].costs.energy.flat']);
    expect(r.files).toContain('tornado.vl.json');
    expect(r.read('report.html')).toContain('decide');
    expect(r.read('summary.md')).toContain('decide');
    expect(r.stdout).toMatch(/Deciding inputs \(largest tornado swing of (air minus liquid-pod|liquid-pod minus air) TCO\): designs\[0\]\.costs\.energy\.flat \(swing [\d.]+ MCNY\), designs\[0\]\.costs\.discountRate/);
  });

  it('is byte-identical for the same seed on one thread and on two (re-simulated samples)', async () => {
    const one = await run('physics.yaml', 'one', ['--threads', '1', '--no-report']);
    const two = await run('physics.yaml', 'two', ['--threads', '2', '--no-report']);
    expect(two.read('monte-carlo.csv')).toBe(one.read('monte-carlo.csv'));
    expect(two.read('summary.json')).toBe(one.read('summary.json'));
    for (const name of ['monte-carlo.parquet', 'hourly.parquet']) {
      expect(readFileSync(join(tmp, 'two', name)).equals(readFileSync(join(tmp, 'one', name))), name).toBe(true);
    }
  }, 120_000);
});
