/**
 * Issue 14 item 5, "tidy and Parquet tables equal summary.json": two runs through the CLI (the
 * shipped Hangzhou scenario; a Monte Carlo fixture with --samples 12), then every table read back
 * the way an analyst would, with DuckDB (read_csv_auto, read_parquet: test/fixtures/tables/readTable.ts),
 * and checked against summary.json.
 *
 * Tolerances. Each hourly row is the mean power of that hour, so sum(power_kW) x 1 h is the
 * energy of the run. Parquet holds the doubles: the sums differ from summary.json only by the
 * order of floating-point additions (relative 1e-9 is ample). hourly.csv writes 8 significant
 * digits (reports/hourlyColumns.ts csvNumber): each cell is off by at most 5e-8 of itself, so a
 * sum of positive cells is off by at most 5e-8 of the sum; 1e-7 leaves a factor two. A cell has
 * at most 6 decimals, so a row's pue (about 1.1) is off by up to 5e-7, and its facility/IT ratio by
 * 1e-7 more: 6e-7 per row.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.js';
import type { Summary } from '../../sim/types/summary.js';
import { fakeIo } from '../cli/fakeIo.js';
import { describeTable, queryTable, readTable, sqlText } from '../fixtures/tables/readTable.js';

const REPO = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'dctwin-tables-'));
const HOURLY_OUT = join(tmp, 'hangzhou-default');
const MC_OUT = join(tmp, 'mc');
const CSV_RELATIVE = 1e-7;
const PARQUET_RELATIVE = 1e-9;
const CSV_ROW_PUE = 6e-7;
const TIMEOUT_MS = 240_000;

async function run(argv: string[]): Promise<Summary> {
  const io = fakeIo();
  const code = await main(argv, io);
  expect(io.err()).not.toMatch(/^error:/m);
  expect(code).toBe(0);
  return JSON.parse(readFileSync(join(argv[argv.indexOf('--out') + 1], 'summary.json'), 'utf8')) as Summary;
}

function expectRelative(actual: unknown, expected: number, relative: number, what: string) {
  expect(typeof actual, what).toBe('number');
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

let hourly: Summary;
let monteCarlo: Summary;
beforeAll(async () => {
  hourly = await run(['run', join(REPO, 'scenarios', 'default.yaml'), '--out', HOURLY_OUT]);
  monteCarlo = await run(['run', join(REPO, 'test', 'fixtures', 'montecarlo', 'sensitivity.yaml'), '--samples', '12', '--threads', '1', '--out', MC_OUT, '--no-report']);
}, TIMEOUT_MS);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('hourly.csv and hourly.parquet equal summary.json', () => {
  it('hourly.csv has one header line, no comment, and the first column is the timestamp', () => {
    const text = readFileSync(join(HOURLY_OUT, 'hourly.csv'), 'utf8');
    expect(text.split('\n').some((line) => line.startsWith('#'))).toBe(false);
    expect(text.slice(0, text.indexOf('\n')).split(',').slice(0, 3)).toEqual(['timestamp', 'design', 'hour']);
  });

  for (const [file, relative, rowPue] of [['hourly.csv', CSV_RELATIVE, CSV_ROW_PUE], ['hourly.parquet', PARQUET_RELATIVE, 3 * PARQUET_RELATIVE]] as const) {
    it(`${file}: per design, sum(power) x 1 h = the energies, facility/IT = PUE, sum(water_L) = waterL`, async () => {
      const rows = await queryTable(join(HOURLY_OUT, file), `SELECT design, count(*) AS hours, sum(facilityPower_kW) AS facility, sum(itPower_kW) AS it,
        sum(water_L) AS water, sum(chillerOn) AS chillerOn, max(abs(pue - facilityPower_kW / itPower_kW) / pue) AS pueOff
        FROM {table} GROUP BY design`);
      expect(rows.map((r) => r.design).sort()).toEqual(hourly.designs.map((d) => d.id).sort());
      hourly.designs.forEach((d) => {
        const r = rows.find((row) => row.design === d.id)!;
        expect(Number(r.hours)).toBe(hourly.simulatedHours);
        expectRelative(r.facility, d.metrics.facilityEnergyKWh, relative, `${d.id} facility`);
        expectRelative(r.it, d.metrics.itEnergyKWh, relative, `${d.id} IT`);
        expectRelative((r.facility as number) / (r.it as number), d.metrics.pue, 2 * relative, `${d.id} PUE`);
        expectRelative(r.water, d.metrics.waterL, relative, `${d.id} water`);
        expect(r.pueOff as number).toBeLessThanOrEqual(rowPue); // each row's pue is its facility / IT
        expect(Number(r.chillerOn)).toBeGreaterThanOrEqual(Math.floor(d.metrics.chillerHours)); // hours with any chiller time
      });
    }, TIMEOUT_MS);
  }

  it('DuckDB reads the CSV timestamp as TIMESTAMP WITH TIME ZONE: local start of each hour, +08:00, one hour apart', async () => {
    const path = join(HOURLY_OUT, 'hourly.csv');
    const types = Object.fromEntries((await describeTable(path)).map((c) => [c.name, c.type]));
    expect(types).toMatchObject({ timestamp: 'TIMESTAMP WITH TIME ZONE', design: 'VARCHAR', itPower_kW: 'DOUBLE', water_L: 'DOUBLE' });
    const [first] = await queryTable(path, `SELECT min(epoch(timestamp)) AS first, count(DISTINCT timestamp) AS hours FROM {table}`);
    expect(first.first).toBe(Date.parse('2025-01-01T00:00:00+08:00') / 1000);
    expect(Number(first.hours)).toBe(hourly.simulatedHours);
    const [gaps] = await queryTable(path, `SELECT min(g) AS lo, max(g) AS hi FROM (SELECT epoch(timestamp) - lag(epoch(timestamp)) OVER (PARTITION BY design ORDER BY hour) AS g FROM {table}) WHERE g IS NOT NULL`);
    expect([gaps.lo, gaps.hi]).toEqual([3600, 3600]);
  }, TIMEOUT_MS);

  it('hourly.parquet has the CSV columns in the same order, typed, and the same rows within CSV rounding', async () => {
    const csv = await describeTable(join(HOURLY_OUT, 'hourly.csv'));
    const parquet = await describeTable(join(HOURLY_OUT, 'hourly.parquet'));
    expect(parquet.map((c) => c.name)).toEqual(csv.map((c) => c.name));
    expect(Object.fromEntries(parquet.map((c) => [c.name, c.type]))).toMatchObject({ timestamp: 'TIMESTAMP WITH TIME ZONE', design: 'VARCHAR', hour: 'INTEGER', pue: 'DOUBLE', chillerOn: 'INTEGER' });
    const parquetPath = sqlText(join(HOURLY_OUT, 'hourly.parquet'));
    const [diff] = await queryTable(join(HOURLY_OUT, 'hourly.csv'), `SELECT count(*) AS n, max(abs(c.facilityPower_kW - p.facilityPower_kW) / p.facilityPower_kW) AS off,
      sum(CASE WHEN c.timestamp = p.timestamp THEN 0 ELSE 1 END) AS timeOff
      FROM {table} c JOIN read_parquet(${parquetPath}) p USING (design, hour)`);
    expect(Number(diff.n)).toBe(hourly.simulatedHours * hourly.designs.length);
    expect(diff.off as number).toBeLessThanOrEqual(CSV_RELATIVE);
    expect(Number(diff.timeOff)).toBe(0);
  }, TIMEOUT_MS);

  it("the README's DuckDB one-liner runs as written: SELECT design, avg(pue) FROM 'hourly.parquet' GROUP BY design", async () => {
    const path = join(HOURLY_OUT, 'hourly.parquet');
    const rows = await queryTable(path, `SELECT design, avg(pue) AS pue FROM ${sqlText(path)} GROUP BY design ORDER BY design`);
    expect(rows.map((r) => r.design)).toEqual(hourly.designs.map((d) => d.id).sort());
    for (const r of rows) expect(r.pue as number).toBeGreaterThan(1);
  }, TIMEOUT_MS);
});

describe('dctwin report OUTDIR from summary.json + hourly.parquet', () => {
  it('rebuilds every file of the run byte for byte (report.html included)', async () => {
    const files = () => Object.fromEntries(readdirSync(HOURLY_OUT).sort().map((name) => [name, readFileSync(join(HOURLY_OUT, name))]));
    const before = files();
    expect(Object.keys(before)).toContain('report.html');
    rmSync(join(HOURLY_OUT, 'report.html'));
    const io = fakeIo();
    expect(await main(['report', HOURLY_OUT], io)).toBe(0);
    const after = files();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect(after[name].equals(before[name]), name).toBe(true);
  }, TIMEOUT_MS);
});

describe('monte-carlo.csv and monte-carlo.parquet equal summary.json', () => {
  it('monte-carlo.parquet: one row per sample and design; quantile_cont (type 7) of pue and TCO = monteCarlo p50', async () => {
    const path = join(MC_OUT, 'monte-carlo.parquet');
    const names = (await describeTable(path)).map((c) => c.name);
    expect(names.slice(0, 4)).toEqual(['sample', 'design', 'designs[0].costs.discountRate_pct', 'designs[0].costs.energy.flat_CNY_per_kWh']);
    expect(names).toContain('tcoTotal_CNY');
    expect(names).toContain('facilityEnergy_kWh');
    const rows = await queryTable(path, `SELECT design, count(*) AS n, quantile_cont(pue, 0.5) AS pue, quantile_cont("tcoTotal_CNY", 0.5) AS tco FROM {table} GROUP BY design`);
    const mc = monteCarlo.monteCarlo!;
    expect(rows).toHaveLength(mc.designs.length);
    for (const d of mc.designs) {
      const r = rows.find((row) => row.design === d.id)!;
      expect(Number(r.n)).toBe(12);
      expectRelative(r.pue, d.kpis.pue!.p50, PARQUET_RELATIVE, `${d.id} pue p50`);
      expectRelative(r.tco, d.kpis['tco.total']!.p50, PARQUET_RELATIVE, `${d.id} tco p50`);
    }
  }, TIMEOUT_MS);

  it('monte-carlo.csv (wide, one header line) is read by read_csv_auto and gives the same p50', async () => {
    const path = join(MC_OUT, 'monte-carlo.csv');
    expect(readFileSync(path, 'utf8').startsWith('sample,')).toBe(true);
    const mc = monteCarlo.monteCarlo!;
    const columns = mc.designs.map((d) => `quantile_cont("${d.id}:tco.total", 0.5) AS "${d.id}"`).join(', ');
    const [row] = await queryTable(path, `SELECT count(*) AS n, ${columns} FROM {table}`);
    expect(Number(row.n)).toBe(12);
    for (const d of mc.designs) expectRelative(row[d.id], d.kpis['tco.total']!.p50, PARQUET_RELATIVE, `${d.id} tco p50`); // shortest round-trip text: exact
  }, TIMEOUT_MS);

  it('readTable gives every row of each table (the helper the sweep and sites tables reuse)', async () => {
    expect(await readTable(join(MC_OUT, 'monte-carlo.parquet'))).toHaveLength(12 * monteCarlo.designs.length);
    expect(await readTable(join(MC_OUT, 'hourly.parquet'))).toHaveLength(monteCarlo.simulatedHours * monteCarlo.designs.length);
  }, TIMEOUT_MS);
});
