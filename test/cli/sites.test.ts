// `dctwin sites FILE --site id…` and `dctwin run` on a scenario with sites: (in process, through main): the
// outputs (summary.sites, siteRanking, sites.csv, sites/<id>/), the ranking table, and the inputs refused with exit 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const MINIMAL = 'test/fixtures/scenarios/minimal.yaml';
const TWO_SITES = 'test/fixtures/scenarios/two-sites.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'dctwin-sites-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dctwin = async (...argv: string[]) => {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
};

describe('dctwin sites FILE --site id', () => {
  const out = join(tmp, 'added');
  let run: Awaited<ReturnType<typeof dctwin>>;
  beforeAll(async () => {
    run = await dctwin('sites', MINIMAL, '--site', 'cn-hohhot', '--out', out, '--no-report', '--set', 'site.controlStep=1 h');
  }, 120_000);

  it("runs the file's site first, then the record, and writes the several-site outputs", () => {
    expect(run.code, run.err).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.sites.map((s: { id: string }) => s.id)).toEqual(['hangzhou', 'cn-hohhot']);
    expect(summary.weather).toBe(summary.sites[0].weather);
    const own = JSON.parse(readFileSync(join(out, 'sites', 'cn-hohhot', 'summary.json'), 'utf8'));
    expect(own.designs).toEqual(summary.sites[1].designs);
    expect(existsSync(join(out, 'sites', 'cn-hohhot', 'hourly.csv'))).toBe(true);
    expect(readFileSync(join(out, 'sites', 'cn-hohhot', 'scenario.yaml'), 'utf8')).toMatch(/^# dctwin: effective scenario = sites\[1\] \(cn-hohhot\) of test\/fixtures\/scenarios\/minimal\.yaml\n/);
    expect(readFileSync(join(out, 'scenario.yaml'), 'utf8')).toMatch(/with --set site\.controlStep=1 h --site cn-hohhot/);
  });

  it('writes sites.csv: a header and one row per site x design, and prints the ranking', () => {
    const lines = readFileSync(join(out, 'sites.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('site,siteName,region,design,currency,tcoTotal_currency,pue,wue_L_per_kWh,cue_kg_per_kWh,itEnergy_MWh,facilityEnergy_MWh,water_m3,emissions_t,pueLimit,pass,surchargeTotal_currency,rank');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual(['hangzhou,Hangzhou,,liquid-pod', 'cn-hohhot,Hohhot,west,liquid-pod']);
    expect(run.out).toMatch(/Sites, ranked by annual PUE/); // minimal.yaml has no costs: no TCO to rank by
    expect(run.out).toMatch(/cn-hohhot\s+liquid-pod\s+-\s+[\d.]+\s+1\.25\s+(pass|FAIL)/);
  });

  it('dctwin report on the folder rebuilds the report and keeps sites.csv and sites/<id>/ byte for byte', async () => {
    const csv = readFileSync(join(out, 'sites.csv'), 'utf8');
    const own = readFileSync(join(out, 'sites', 'cn-hohhot', 'summary.json'), 'utf8');
    const r = await dctwin('report', out);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(out, 'sites.csv'), 'utf8')).toBe(csv);
    expect(readFileSync(join(out, 'sites', 'cn-hohhot', 'summary.json'), 'utf8')).toBe(own);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  }, 120_000);

  it('refuses an unknown record id, and no --site on a one-site file (exit 2, nothing run)', async () => {
    const unknown = await dctwin('sites', MINIMAL, '--site', 'cn-hohot', '--out', join(tmp, 'x'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^error: --site: expected a site record id of scenarios\/sites\/china-hubs\.yaml \(did you mean 'cn-hohhot'\?\), got 'cn-hohot'/);
    const none = await dctwin('sites', MINIMAL, '--out', join(tmp, 'y'));
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--site: expected at least one site record id/);
    expect(existsSync(join(tmp, 'x')) || existsSync(join(tmp, 'y'))).toBe(false);
  });

  it('names a --site that repeats a listed site', async () => {
    const r = await dctwin('sites', TWO_SITES, '--site', 'cn-hangzhou', '--out', join(tmp, 'z'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sites\[2\]: expected a site not listed before \(also sites\[0\]\), got 'cn-hangzhou' \(from --site\)/);
  });
});

describe('dctwin run on a scenario with sites:', () => {
  it('refuses --samples (Monte Carlo over several sites is not supported) with exit 2', async () => {
    const r = await dctwin('run', TWO_SITES, '--samples', '4', '--out', join(tmp, 'mc'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sites: expected a scenario with one site for --samples/);
  });

  it('with workload.latency east-only, a west site is listed as excluded and not simulated', async () => {
    const out = join(tmp, 'east-only');
    const r = await dctwin('run', TWO_SITES, '--out', out, '--no-report', '--set', 'workload.latency=east-only');
    expect(r.code, r.err).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.sites[1]).toMatchObject({ id: 'elsewhere', region: 'west', designs: [], excluded: expect.stringMatching(/east-only/) });
    // The excluded site's station still comes from its weather file's header (Hangzhou's file here).
    expect(summary.sites[1].latitude).toBeCloseTo(summary.sites[0].latitude, 6);
    expect(summary.siteRanking.map((row: { site: string }) => row.site)).toEqual(['cn-hangzhou']);
    expect(readFileSync(join(out, 'sites.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect(existsSync(join(out, 'sites', 'elsewhere'))).toBe(false);
    expect(r.out).toMatch(/Not simulated: elsewhere \(Elsewhere\): workload\.latency east-only/);
  }, 120_000);

  it('counts every site in the work limits (control steps x designs x sites), before simulating', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `  - { name: P${i}, weather: ../../../scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw, gridCarbon: 0.5 kg/kWh }\n`).join('');
    const file = join(tmp, 'many.yaml');
    const text = readFileSync(MINIMAL, 'utf8').replace(/^site:\n(?: {2}.*\n|\n)+/m, `site: { controlStep: 1 min, years: 30 }\nsites:\n${many}`)
      .replace('../../../scenarios/weather', resolve('scenarios/weather'));
    writeFileSync(file, text.replaceAll('../../../scenarios/weather', resolve('scenarios/weather')));
    const r = await dctwin('run', file, '--out', join(tmp, 'many'));
    expect(r.code).toBe(2);
    // 30 years of 1-min steps x 1 design = 15,768,000 design-steps a site; x 40 sites = 630,720,000 > 500,000,000.
    expect(r.err).toMatch(/sites: expected at most 500,000,000 control steps x designs x sites without --allow-large, got 630,720,000/);
  });

  it('validate checks every site and prints the work per site', async () => {
    const r = await dctwin('validate', TWO_SITES);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^ok: test\/fixtures\/scenarios\/two-sites\.yaml \(2 sites; estimated work at cn-hangzhou: .* x 2 sites\)/);
  });

  it('a command that runs one site (sweep) names sites: instead of guessing', async () => {
    const r = await dctwin('sweep', TWO_SITES, '--set', 'workload.nodes.count=20,40', '--out', join(tmp, 'sw'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sites: expected one site here \(dctwin run, dctwin sites and dctwin validate read sites:\)/);
  });
});
