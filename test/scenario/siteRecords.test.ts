// Site records (scenarios/sites/china-hubs.yaml): the table is well-formed and cited, a scenario's
// `site:` may name a record, explicit fields win, an unknown id is refused with close matches, and a
// run reports the record's PUE limit and each design's pass/fail (designs[i].policy, design.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseScenarioText } from '../../sim/scenario/load.js';
import { readSiteTable, recordWeatherPath } from '../../sim/scenario/siteRecords.js';
import { loadWeather } from '../../sim/models/climate/weather.js';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from '../cli/fakeIo.js';
import { JOULES_PER_KWH } from '../../sim/units.js';

const MINIMAL = 'test/fixtures/scenarios/minimal.yaml';
const minimalText = readFileSync(MINIMAL, 'utf8');
/** minimal.yaml with its site block replaced by `site` (YAML text). */
const withSite = (site: string) => minimalText.replace(/^site:\n(?: {2}.*\n|\n)+/m, `site: ${site}\n`);
const load = (site: string) => parseScenarioText(withSite(site), MINIMAL).scenario;

describe('the shipped site table (unit test of the shipped data)', () => {
  const table = readSiteTable();

  it('cites every figure: each source is a key of sources: or the word assumption', () => {
    for (const s of table.sites) {
      for (const source of [s.gridCarbon.source, s.pueLimit.source]) expect(source === 'assumption' || source in table.sources, `${s.id}: ${source}`).toBe(true);
    }
    expect(new Set(table.sites.map((s) => s.id)).size).toBe(table.sites.length);
  });

  it.each(readSiteTable().sites.map((s) => [s.id, s] as const))('%s: its weather file loads and its latitude/longitude are the file header', (_id, s) => {
    const station = loadWeather({ kind: 'file', path: recordWeatherPath(s) }).station;
    expect(station.latitude).toBeCloseTo(s.latitude, 2);
    expect(station.longitude).toBeCloseTo(s.longitude, 2);
    expect(s.currency).toBe('CNY');
    // East Data, West Compute side (workload.latency): the four western hub provinces and Gansu/Sichuan/Chongqing are west.
    expect(s.region).toBe(['Inner Mongolia', 'Guizhou', 'Ningxia', 'Gansu', 'Sichuan', 'Chongqing'].includes(s.province) ? 'west' : 'east');
  });
});

describe('site: naming a record', () => {
  it('fills name, weather, gridCarbon and pueLimit from the record (string and record: forms)', () => {
    for (const site of ['cn-hohhot', '{ record: cn-hohhot }']) {
      const s = load(site).site;
      expect(s.name).toBe('Hohhot');
      expect(basename(String((s.weather as { path: string }).path))).toBe('CHN_Nei.Mongol.Hohhot.534630_CSWD.epw');
      // MEE/NBS 2022 Inner Mongolia provincial average factor, 0.6849 kg/kWh
      expect(s.gridCarbonKgPerJ * JOULES_PER_KWH).toBeCloseTo(0.6849, 10);
      expect(s.pueLimit?.pueRatio).toBe(1.25);
      expect(s.pueLimit?.source).toMatch(/hub nodes PUE below 1\.25.*cn-hohhot, 2021/);
    }
  });

  it('lets fields written in the scenario override the record', () => {
    const s = load('{ record: cn-beijing, name: Yizhuang, gridCarbon: 0.3 kg/kWh, pueLimit: { value: 1.2, source: assumption }, controlStep: 15 min }').site;
    expect(s.name).toBe('Yizhuang');
    expect(s.gridCarbonKgPerJ * JOULES_PER_KWH).toBeCloseTo(0.3, 10);
    expect(s.pueLimit).toEqual({ pueRatio: 1.2, source: 'assumption' });
    expect(s.controlStepS).toBe(900);
    expect(basename(String((s.weather as { path: string }).path))).toBe('CHN_Beijing.Beijing.545110_CSWD.epw');
  });

  it('refuses an unknown id, naming the field, the table and the closest id', () => {
    expect(() => load('cn-hohot')).toThrow(/site\.record.*scenarios\/sites\/china-hubs\.yaml \(did you mean 'cn-hohhot'\?\), got 'cn-hohot'/);
  });
});

describe('a run at a site record', () => {
  let tmp = '';
  let summary: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  let terminal = '';
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'dctwin-site-record-'));
    const io = fakeIo();
    const code = await main(['run', MINIMAL, '--out', tmp, '--no-report', '--set', 'site={ record: cn-guiyang, controlStep: 15 min }'], io);
    expect(code, io.err()).toBe(0);
    terminal = io.out();
    summary = JSON.parse(readFileSync(join(tmp, 'summary.json'), 'utf8'));
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints the limit, each design\'s annual PUE and pass/fail, and the source in the terminal table', () => {
    expect(terminal).toMatch(/PUE limit 1\.25/);
    expect(terminal).toMatch(new RegExp(`Within the limit +${summary.designs[0].policy.pass ? 'yes' : 'NO'}`));
    expect(terminal).toMatch(/Limit source: NDRC.*\[cn-guiyang, 2021\]/);
  });

  it('reports the site PUE limit, its source and pass/fail per design', () => {
    for (const d of summary.designs) {
      expect(d.policy.pueLimit).toBe(1.25);
      expect(d.policy.source).toMatch(/NDRC.*cn-guiyang, 2021/);
      expect(d.policy.pass).toBe(d.metrics.pue <= 1.25);
      expect(d.policy.surchargeTotal).toBe(0);
    }
  });
});
