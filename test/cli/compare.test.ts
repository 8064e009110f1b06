/**
 * `dctwin compare`: whole scenarios side by side as `scenario/design`
 * columns. The same liquid design in Hangzhou and in colder Oslo; a file
 * given twice shows its path instead of its scenario name and gives the same
 * numbers twice. It writes an output folder like `run` (compare.json = what
 * --json prints, tidy compare.csv, compare.md, report.html), never over a
 * folder dctwin did not write. Bad files: exit 2, every problem listed,
 * nothing simulated.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../sim/cli/main.js';
import type { CompareColumn } from '../../sim/cli/commands/compare.js';
import { fakeIo } from './fakeIo.js';

const LIGHT = 'test/fixtures/sweep/light.yaml';
const OSLO = 'test/fixtures/sweep/light-oslo.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'dctwin-compare-'));

async function compare(...args: string[]) {
  const io = fakeIo();
  const code = await main(['compare', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('dctwin compare', () => {
  it('puts every design of every scenario in one list, differences against the first column', async () => {
    const r = await compare(LIGHT, OSLO, LIGHT, '--json', '--no-report', '--out', join(tmp, 'json'));
    expect(r.code, r.err).toBe(0);
    const { scenarios, columns } = JSON.parse(r.out) as { scenarios: { weather: string }[]; columns: CompareColumn[] };
    expect(scenarios.map((s) => s.weather)).toEqual(['Hangzhou', 'Oslo.Blindern', 'Hangzhou']);
    expect(columns.map((c) => c.column)).toEqual([
      `${LIGHT}/liquid-pod`,
      `${LIGHT}/air-cooled`,
      'light-oslo/liquid-pod',
      `${LIGHT}/liquid-pod`,
      `${LIGHT}/air-cooled`,
    ]);
    const [hangzhou, air, oslo, again] = columns;
    // the same file twice: the same numbers (the run is deterministic), so no difference to the first
    expect(again).toEqual({ ...hangzhou, vsFirst: again.vsFirst });
    expect(again.vsFirst).toEqual({ pue: 0, facilityEnergy: 0, tcoTotal: 0 });
    // colder, drier Oslo: the dry coolers run free more hours, so the same design draws less
    expect(oslo.pue).toBeLessThan(hangzhou.pue);
    expect(oslo.vsFirst.facilityEnergy).toBeLessThan(0);
    // dry coolers without adiabatic assist use no water; the cooling tower does
    expect(hangzhou.wueLPerKWh).toBe(0);
    expect(air.wueLPerKWh).toBeGreaterThan(0);
    expect(air.currency).toBe('CNY');
    // --json prints exactly the compare.json it writes (and no "Wrote" line)
    expect(readFileSync(join(tmp, 'json', 'compare.json'), 'utf8')).toBe(r.out);
  });

  it('prints a table with one column per scenario/design and where it wrote the folder', async () => {
    const r = await compare(OSLO, '--no-report', '--out', join(tmp, 'table'));
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`light-oslo: ${OSLO} — Oslo.Blindern, 8,760 h, seed 7`);
    expect(lines[2].trim()).toBe('light-oslo/liquid-pod');
    expect(r.out).toMatch(/\nPUE \(annual\) +1\.\d{3}\n/);
    expect(r.out).toMatch(/\nTCO \(present value\) +[\d,]+ CNY\n/);
    expect(r.out.endsWith(`\nWrote ${join(tmp, 'table')}/ (compare.json, compare.csv, compare.parquet, compare.md)\n`)).toBe(true);
    expect(readdirSync(join(tmp, 'table')).sort()).toEqual(['compare.csv', 'compare.json', 'compare.md', 'compare.parquet']);
  });

  it('writes out/compare-<a>-<b>/ by default: a tidy compare.csv, compare.md and report.html with charts and inputs', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dctwin-compare-default-'));
    const io = fakeIo(cwd);
    expect(await main(['compare', resolve(LIGHT), resolve(OSLO)], io), io.err()).toBe(0);
    const dir = join(cwd, 'out', 'compare-light-light-oslo');
    expect(readdirSync(dir).sort()).toEqual(['compare.csv', 'compare.json', 'compare.md', 'compare.parquet', 'report.html']);
    const csv = readFileSync(join(dir, 'compare.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe(
      'scenario,file,weather,design,pue,tue,wue_L_per_kWh,cue_kg_per_kWh,facilityEnergy_MWh,itEnergy_MWh,peakFacility_kW,p95Facility_kW,' +
        'chiller_h,freeCooling_h,tcoTotal_currency,capex_currency,opex_currency,pueVsFirst,facilityEnergyVsFirst_fraction,tcoVsFirst_fraction,currency',
    );
    expect(csv.slice(1).map((l) => l.split(',').filter((_, i) => i !== 1).slice(0, 3).join(','))).toEqual([
      'light,Hangzhou,liquid-pod',
      'light,Hangzhou,air-cooled',
      'light-oslo,Oslo.Blindern,liquid-pod',
    ]);
    expect(csv[1].endsWith(',0,0,0,CNY')).toBe(true); // the first column against itself; no units inside values
    const md = readFileSync(join(dir, 'compare.md'), 'utf8');
    expect(md).toMatch(/^# Compare: light, light-oslo\n/);
    expect(md).toMatch(/\n\| PUE \(annual\) \| 1\.\d{3} \| 1\.\d{3} \| 1\.\d{3} \|\n/);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.match(/<svg/g)?.length).toBe(2); // PUE and TCO (both CNY)
    expect(html).toContain('Compare: annual PUE by scenario and design');
    expect(html).toContain('<summary>Scenario file</summary><pre># A light scenario');
    expect(html).not.toMatch(/<script[^>]+src=|https?:\/\/(?!www\.w3\.org)/);
  });

  it("refuses an --out folder holding a user's file before simulating, keeping the file", async () => {
    const dir = join(tmp, 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.md'), 'keep');
    const r = await compare(LIGHT, '--out', dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`error: ${dir}: output folder: expected an empty folder or an earlier dctwin output, got a foreign entry 'notes.md' (dctwin replaces only folders it wrote)\n`);
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('refuses an --out folder that holds an input file (a scenario saved as scenario.yaml by an earlier run)', async () => {
    const dir = join(tmp, 'earlier-run');
    mkdirSync(dir);
    writeFileSync(join(dir, 'scenario.yaml'), readFileSync(OSLO, 'utf8').replace('../../../scenarios', resolve('scenarios')));
    const r = await compare(join(dir, 'scenario.yaml'), '--out', dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`error: ${dir}: output folder: expected a path apart from the input files, got a folder holding the input file '${join(dir, 'scenario.yaml')}'\n`);
    expect(readdirSync(dir)).toEqual(['scenario.yaml']);
  });

  it('lists the problems of every file before simulating any, and writes nothing', async () => {
    const r = await compare('missing.yaml', LIGHT, 'test/fixtures/bad/bad-currency.yaml', '--out', join(tmp, 'bad'));
    expect(r.code).toBe(2);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('error: missing.yaml: expected an existing scenario file (YAML or JSON), got no such file');
    expect(lines[1]).toBe("error: test/fixtures/bad/bad-currency.yaml:2: currency: expected an ISO 4217 currency code like 'CNY', 'USD' or 'EUR', got 'RMB'");
    expect(lines.length).toBeGreaterThan(2);
    expect(r.out).toBe('');
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });
});
