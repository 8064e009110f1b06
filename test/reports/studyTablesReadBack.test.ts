/**
 * Issue 14 item 5, the study tables: sites, sweep and compare tables read back with DuckDB
 * (read_csv_auto, read_parquet: test/fixtures/tables/readTable.ts) and checked against summary.json.
 *
 * - sites: a two-site run (test/fixtures/tables/two-west-sites.yaml: Hohhot, Guiyang, two designs);
 *   every row of sites.csv / sites.parquet equals summary.json `sites[].designs[]` and `siteRanking`.
 * - sweep: a 2 x 2 sweep of test/fixtures/sweep/light.yaml; the rows of two cases equal the
 *   summary.json of an independent `dctwin run --set ...` of the same case.
 * - compare: light.yaml vs light-oslo.yaml; every row equals each scenario's own `dctwin run`.
 * Every CSV: one header line, no comments, numeric KPI columns inferred as numbers; every Parquet
 * column typed; every numeric column with its unit in its name. Tolerances: tableChecks.ts (CSV:
 * 8 significant digits = relative 5e-8, or absolute 5e-7 below 10; Parquet: the same doubles).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignSummary, Summary } from '../../sim/types/summary.js';
import { describeTable, queryTable, readTable, type TableRow } from '../fixtures/tables/readTable.js';
import { cellEquals, CSV_NUMERIC, dctwin, expectTidyCsv, expectUnitsInNames, readSummary, thousandthEquals } from '../fixtures/tables/tableChecks.js';

const REPO = join(import.meta.dirname, '..', '..');
const SITES_FILE = join(REPO, 'test', 'fixtures', 'tables', 'two-west-sites.yaml');
const LIGHT = join(REPO, 'test', 'fixtures', 'sweep', 'light.yaml');
const OSLO = join(REPO, 'test', 'fixtures', 'sweep', 'light-oslo.yaml');
const NODES = 'workload.nodes.count';
const APPROACH = 'designs[0].cooling.liquid.rejection.dryCooler.approach';
const TIMEOUT_MS = 300_000;
const FORMATS = ['csv', 'parquet'] as const;

const tmp = mkdtempSync(join(tmpdir(), 'dctwin-study-tables-'));
const out = (name: string) => join(tmp, name);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let sites: Summary;
/** The independent runs of sweep cases 1 (10 nodes, 4 K) and 4 (20 nodes, 8 K). */
const sweepCases = [
  { case: 1, nodes: 10, approachK: 4, summary: undefined as unknown as Summary },
  { case: 4, nodes: 20, approachK: 8, summary: undefined as unknown as Summary },
];
let light: Summary;
let oslo: Summary;
beforeAll(async () => {
  await dctwin(['run', SITES_FILE, '--out', out('sites'), '--no-report', '--threads', '1']);
  sites = readSummary(out('sites'));
  await dctwin(['sweep', LIGHT, '--set', `${NODES}=10,20`, '--set', `${APPROACH}=4 K,8 K`, '--out', out('sweep')]);
  for (const c of sweepCases) {
    await dctwin(['run', LIGHT, '--set', `${NODES}=${c.nodes}`, '--set', `${APPROACH}=${c.approachK} K`, '--out', out(`case-${c.case}`), '--no-report']);
    c.summary = readSummary(out(`case-${c.case}`));
  }
  await dctwin(['compare', LIGHT, OSLO, '--out', out('compare'), '--no-report']);
  await dctwin(['run', LIGHT, '--out', out('light'), '--no-report']);
  await dctwin(['run', OSLO, '--out', out('oslo'), '--no-report']);
  [light, oslo] = [readSummary(out('light')), readSummary(out('oslo'))];
}, TIMEOUT_MS);

const tablePath = (dir: string, name: string, format: 'csv' | 'parquet') => join(out(dir), `${name}.${format}`);

/** The KPI cells sweep and compare rows share, against the design's run summary. */
function expectDesignKpis(format: 'csv' | 'parquet', row: TableRow, d: DesignSummary, what: string) {
  const m = d.metrics;
  for (const [column, exact] of [['pue', m.pue], ['tue', m.tue], ['wue_L_per_kWh', m.wueLPerKWh], ['cue_kg_per_kWh', m.cueKgPerKWh],
    ['peakFacility_kW', m.facilityPowerKW.peak], ['p95Facility_kW', m.facilityPowerKW.p95], ['chiller_h', m.chillerHours], ['freeCooling_h', m.freeCoolingHours],
    ['tcoTotal_currency', d.tco!.total], ['capex_currency', d.tco!.capex], ['opex_currency', d.tco!.opex]] as const) {
    cellEquals(format, row[column], exact, `${what} ${column}`);
  }
  thousandthEquals(format, row.facilityEnergy_MWh, m.facilityEnergyKWh, `${what} facilityEnergy_MWh`);
  thousandthEquals(format, row.itEnergy_MWh, m.itEnergyKWh, `${what} itEnergy_MWh`);
  expect(row.currency, what).toBe(d.tco!.currency);
}

describe('sites.csv and sites.parquet equal summary.json sites and siteRanking', () => {
  for (const format of FORMATS) {
    it(`${format}: one row per site x design in scenario order, each equal to its summary`, async () => {
      const rows = await readTable(tablePath('sites', 'sites', format));
      const expected = sites.sites!.flatMap((s) => s.designs.map((d) => ({ s, d })));
      expect(expected).toHaveLength(4);
      expect(rows.map((r) => `${r.site}/${r.design}`)).toEqual(expected.map(({ s, d }) => `${s.id}/${d.id}`));
      rows.forEach((row, i) => {
        const { s, d } = expected[i];
        const what = `${format} ${s.id}/${d.id}`;
        const rank = sites.siteRanking!.find((r) => r.site === s.id && r.design === d.id)!;
        expect([row.siteName, row.region, row.currency], what).toEqual([s.name, s.region, d.tco!.currency]);
        for (const [column, exact] of [['pue', d.metrics.pue], ['wue_L_per_kWh', d.metrics.wueLPerKWh], ['cue_kg_per_kWh', d.metrics.cueKgPerKWh],
          ['tcoTotal_currency', d.tco!.total], ['pueLimit', rank.pueLimit], ['surchargeTotal_currency', rank.surchargeTotal]] as const) {
          cellEquals(format, row[column], exact, `${what} ${column}`);
        }
        thousandthEquals(format, row.itEnergy_MWh, d.metrics.itEnergyKWh, `${what} itEnergy_MWh`);
        thousandthEquals(format, row.facilityEnergy_MWh, d.metrics.facilityEnergyKWh, `${what} facilityEnergy_MWh`);
        thousandthEquals(format, row.water_m3, d.metrics.waterL, `${what} water_m3`);
        thousandthEquals(format, row.emissions_t, d.metrics.emissionsKg, `${what} emissions_t`);
        expect([Number(row.rank), row.pass], what).toEqual([rank.rank, rank.pass]);
        expect(row.pass, what).toBe(d.policy!.pass);
        cellEquals(format, row.surchargeTotal_currency, d.policy!.surchargeTotal, `${what} policy.surchargeTotal`);
      });
      expect(rows.some((r) => (r.surchargeTotal_currency as number) > 0), 'a surcharge is checked on a value').toBe(true);
      expect(rows.some((r) => r.pass === false) && rows.some((r) => r.pass === true), 'pass and FAIL both checked').toBe(true);
    }, TIMEOUT_MS);
  }

  it('sites.csv: one header line, no comments, numeric KPIs; sites.parquet typed; units in the names', async () => {
    const csv = await expectTidyCsv(tablePath('sites', 'sites', 'csv'), tablePath('sites', 'sites', 'parquet'));
    for (const name of ['pue', 'tcoTotal_currency', 'facilityEnergy_MWh', 'water_m3', 'emissions_t', 'pueLimit', 'surchargeTotal_currency', 'rank']) expect(CSV_NUMERIC, name).toContain(csv[name]);
    expect(csv.pass).toBe('BOOLEAN');
    const parquet = Object.fromEntries((await describeTable(tablePath('sites', 'sites', 'parquet'))).map((c) => [c.name, c.type]));
    expect(parquet).toEqual({
      site: 'VARCHAR', siteName: 'VARCHAR', region: 'VARCHAR', design: 'VARCHAR', currency: 'VARCHAR', tcoTotal_currency: 'DOUBLE', pue: 'DOUBLE',
      wue_L_per_kWh: 'DOUBLE', cue_kg_per_kWh: 'DOUBLE', itEnergy_MWh: 'DOUBLE', facilityEnergy_MWh: 'DOUBLE', water_m3: 'DOUBLE', emissions_t: 'DOUBLE',
      pueLimit: 'DOUBLE', pass: 'BOOLEAN', surchargeTotal_currency: 'DOUBLE', rank: 'INTEGER',
    });
    expectUnitsInNames(parquet, ['pue', 'pueLimit', 'rank']);
  }, TIMEOUT_MS);

  it("sites/<id>/hourly.csv and .parquet: tidy, typed alike, and each design's sum(facilityPower_kW) x 1 h is its site's facility energy", async () => {
    for (const site of sites.sites!) {
      const dir = join(out('sites'), 'sites', site.id);
      const types = await expectTidyCsv(join(dir, 'hourly.csv'), join(dir, 'hourly.parquet'));
      expect(types.timestamp).toBe('TIMESTAMP WITH TIME ZONE');
      const rows = await queryTable(join(dir, 'hourly.parquet'), 'SELECT design, sum(facilityPower_kW) AS facility FROM {table} GROUP BY design');
      for (const d of site.designs) {
        const facility = rows.find((r) => r.design === d.id)!.facility as number;
        expect(Math.abs(facility - d.metrics.facilityEnergyKWh), `${site.id}/${d.id}`).toBeLessThanOrEqual(1e-9 * d.metrics.facilityEnergyKWh); // order of additions only
      }
    }
  }, TIMEOUT_MS);

  it("the README's DuckDB one-liners on sites, sweep and compare tables run as written (path mapped to this test's folders)", async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Tables for pandas, DuckDB, Polars and Arrow'), readme.indexOf('### Reports in Simplified Chinese'));
    const lines = [...section.matchAll(/^duckdb -c "(.+)"$/gm)].map((m) => m[1].replace(/\\"/g, '"')); // the shell's \" is a "
    const folders: Record<string, string> = { 'sites.parquet': 'sites', 'sweep.parquet': 'sweep', 'compare.parquet': 'compare' };
    const study = lines.filter((sql) => /'out\/[^']+\/(sites|sweep|compare)\.parquet'/.test(sql));
    expect(study.map((sql) => /(sites|sweep|compare)\.parquet/.exec(sql)![0]).sort()).toEqual(['compare.parquet', 'sites.parquet', 'sweep.parquet']);
    for (const sql of study) {
      const mapped = sql.replace(/'out\/[^']+\/((?:sites|sweep|compare)\.parquet)'/g, (_, file: string) => `'${join(out(folders[file]), file)}'`);
      const rows = await queryTable(tablePath('sites', 'sites', 'parquet'), mapped);
      expect(rows.length, sql).toBeGreaterThan(0);
      if (sql.includes('sites.parquet')) {
        const ranked = [...sites.siteRanking!].sort((a, b) => a.rank - b.rank);
        expect(rows.map((r) => [r.site, r.design, r.pue, r.tcoTotal_currency]), sql).toEqual(ranked.map((r) => [r.site, r.design, r.pue, r.tcoTotal]));
      }
    }
  }, TIMEOUT_MS);
});

describe('sweep.csv and sweep.parquet equal the summary.json of independent runs', () => {
  for (const format of FORMATS) {
    it(`${format}: 4 cases x 2 designs; cases 1 and 4 equal \`dctwin run --set\` of the same values`, async () => {
      const rows = await readTable(tablePath('sweep', 'sweep', format));
      expect(rows).toHaveLength(8);
      for (const c of sweepCases) {
        const caseRows = rows.filter((r) => Number(r.case) === c.case);
        expect(caseRows.map((r) => r.design)).toEqual(c.summary.designs.map((d) => d.id));
        caseRows.forEach((row, i) => {
          const d = c.summary.designs[i];
          const what = `${format} case ${c.case} ${d.id}`;
          expect([Number(row[NODES]), Number(row[`${APPROACH}_K`]), row.weather], what).toEqual([c.nodes, c.approachK, c.summary.weather]);
          expectDesignKpis(format, row, d, what);
          cellEquals(format, row.tcoSavingsVsFirst_currency, c.summary.designs[0].tco!.total - d.tco!.total, `${what} tcoSavingsVsFirst_currency`);
        });
      }
    }, TIMEOUT_MS);
  }

  it('sweep.csv: one header line, no comments, numeric KPIs; sweep.parquet typed; units in the names', async () => {
    const csv = await expectTidyCsv(tablePath('sweep', 'sweep', 'csv'), tablePath('sweep', 'sweep', 'parquet'));
    const parquet = Object.fromEntries((await describeTable(tablePath('sweep', 'sweep', 'parquet'))).map((c) => [c.name, c.type]));
    const kpis = ['pue', 'tue', 'wue_L_per_kWh', 'cue_kg_per_kWh', 'facilityEnergy_MWh', 'itEnergy_MWh', 'peakFacility_kW', 'p95Facility_kW',
      'chiller_h', 'freeCooling_h', 'tcoTotal_currency', 'capex_currency', 'opex_currency', 'tcoSavingsVsFirst_currency'];
    expect(Object.keys(parquet)).toEqual(['case', 'caseId', NODES, `${APPROACH}_K`, 'design', 'weather', ...kpis, 'currency']);
    for (const name of [NODES, `${APPROACH}_K`, ...kpis]) {
      expect(CSV_NUMERIC, `csv ${name}`).toContain(csv[name]);
      expect(parquet[name], `parquet ${name}`).toBe('DOUBLE');
    }
    expect([parquet.case, parquet.caseId, parquet.design, parquet.weather, parquet.currency]).toEqual(['INTEGER', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR']);
    expectUnitsInNames(parquet, ['case', 'pue', 'tue', NODES]);
  }, TIMEOUT_MS);
});

describe('compare.csv and compare.parquet equal each scenario\'s own run', () => {
  for (const format of FORMATS) {
    it(`${format}: one row per scenario x design, equal to that scenario's \`dctwin run\` summary.json`, async () => {
      const rows = await readTable(tablePath('compare', 'compare', format));
      const expected = [light, oslo].flatMap((s) => s.designs.map((d) => ({ s, d })));
      expect(rows.map((r) => `${r.scenario}/${r.design}`)).toEqual(expected.map(({ s, d }) => `${s.scenario}/${d.id}`));
      const first = expected[0].d;
      rows.forEach((row, i) => {
        const { s, d } = expected[i];
        const what = `${format} ${s.scenario}/${d.id}`;
        expect(row.weather, what).toBe(s.weather);
        expectDesignKpis(format, row, d, what);
        cellEquals(format, row.pueVsFirst, d.metrics.pue - first.metrics.pue, `${what} pueVsFirst`);
        const energyRatio = d.metrics.facilityEnergyKWh / first.metrics.facilityEnergyKWh - 1; // the writer divides MWh by MWh: equal within 1e-15
        if (format === 'csv') cellEquals(format, row.facilityEnergyVsFirst_fraction, energyRatio, `${what} facilityEnergyVsFirst_fraction`);
        else expect(Math.abs((row.facilityEnergyVsFirst_fraction as number) - energyRatio), `${what} facilityEnergyVsFirst_fraction`).toBeLessThanOrEqual(1e-15);
        cellEquals(format, row.tcoVsFirst_fraction, d.tco!.total / first.tco!.total - 1, `${what} tcoVsFirst_fraction`);
      });
    }, TIMEOUT_MS);
  }

  it('compare.csv: one header line, no comments, numeric KPIs; compare.parquet typed; units in the names', async () => {
    const csv = await expectTidyCsv(tablePath('compare', 'compare', 'csv'), tablePath('compare', 'compare', 'parquet'));
    const parquet = Object.fromEntries((await describeTable(tablePath('compare', 'compare', 'parquet'))).map((c) => [c.name, c.type]));
    for (const name of ['pue', 'facilityEnergy_MWh', 'tcoTotal_currency', 'pueVsFirst', 'facilityEnergyVsFirst_fraction', 'tcoVsFirst_fraction']) {
      expect(CSV_NUMERIC, `csv ${name}`).toContain(csv[name]);
      expect(parquet[name], `parquet ${name}`).toBe('DOUBLE');
    }
    for (const name of ['scenario', 'file', 'weather', 'design', 'currency']) expect(parquet[name], name).toBe('VARCHAR');
    expectUnitsInNames(parquet, ['pue', 'tue', 'pueVsFirst']);
  }, TIMEOUT_MS);
});
