// Several sites in one run (sim/studies/sites/): each site's TCO, emissions and currency follow its own inputs,
// never the first site's; a Beijing-style PUE surcharge equals its hand-computed present value; the ranking
// rule; and the outputs are byte-identical on one thread and on two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseSitesText } from '../../../sim/scenario/loadSites.js';
import { runSites } from '../../../sim/studies/sites/siteRuns.js';
import { siteRanking, sitesRunSummary } from '../../../sim/studies/sites/siteSummaries.js';
import type { SiteSummary, Summary } from '../../../sim/types/summary.js';
import { main } from '../../../sim/cli/main.js';
import { fakeIo } from '../../cli/fakeIo.js';
import { summaryJson } from '../../../reports/write.js';
import { hourlyCsv } from '../../../reports/csv.js';

const FILE = 'test/fixtures/scenarios/two-sites.yaml';
const text = readFileSync(FILE, 'utf8');
let summary: Summary;
beforeAll(async () => {
  const load = parseSitesText(text, FILE)!;
  const runs = await runSites({ text, file: FILE, shownAs: FILE, overrides: [], addedSites: [] }, load, 1);
  summary = sitesRunSummary(load, runs)!.summary;
}, 120_000);

describe("each site's own money, carbon and currency (the same weather at both: identical physics)", () => {
  it('keeps the first site at the top level, with every site in sites[] in scenario order', () => {
    expect(summary.sites!.map((s) => [s.id, s.currency, s.region])).toEqual([['cn-hangzhou', 'CNY', 'east'], ['elsewhere', 'USD', 'west']]);
    expect(summary.designs).toEqual(summary.sites![0].designs);
    expect(summary.sites![1].designs[0].metrics.itEnergyKWh).toBe(summary.sites![0].designs[0].metrics.itEnergyKWh);
  });

  it("prices energy at each site's own tariff, in its own currency (never the design's own 2 CNY/kWh)", () => {
    const [a, b] = summary.sites!.map((s) => s.designs[0].tco!);
    expect([a.currency, b.currency]).toEqual(['CNY', 'USD']);
    // Same energy, same discounting (8 %, 0 % escalation, 5 years): the energy lines are in the ratio of the prices.
    expect(b.lines.energyOpex / a.lines.energyOpex).toBeCloseTo(0.1 / 0.6, 10);
    // The design's tariff, 2 CNY/kWh, would make Hangzhou's line 10/3 of what 0.6 gives: it does not.
    const itAndFacilityKWh = summary.sites![0].designs[0].metrics.facilityEnergyKWh;
    let annuity = 0;
    for (let y = 1; y <= 5; y++) annuity += 1.08 ** -y;
    expect(a.lines.energyOpex).toBeCloseTo(0.6 * itAndFacilityKWh * annuity, 0);
  });

  it("emits at each site's own grid factor (0.5153 kg/kWh Hangzhou record, 0.3 kg/kWh written)", () => {
    const [a, b] = summary.sites!.map((s) => s.designs[0].metrics);
    expect(b.emissionsKg / a.emissionsKg).toBeCloseTo(0.3 / 0.5153, 10);
    expect(b.cueKgPerKWh / a.cueKgPerKWh).toBeCloseTo(0.3 / 0.5153, 10);
  });
});

describe('the PUE limit and its surcharge (Beijing-style: +0.2 CNY/kWh on the energy above the limit)', () => {
  it('equals the hand-computed present value and fails the limit', () => {
    const d = summary.sites![0].designs[0];
    const { pue, itEnergyKWh } = d.metrics;
    expect(pue).toBeGreaterThan(1.02);
    // pueSurcharge.ts: excess energy = (pue - 1.02) x IT energy, one simulated year; paid at the end of years 1..5 at 8 %.
    let annuity = 0;
    for (let y = 1; y <= 5; y++) annuity += 1.08 ** -y;
    const expected = 0.2 * (pue - 1.02) * itEnergyKWh * annuity;
    expect(d.policy).toEqual({ pueLimit: 1.02, source: 'assumption', pass: false, surchargeTotal: expect.closeTo(expected, 6) });
    expect(d.tco!.lines.pueSurchargeOpex).toBeCloseTo(expected, 6);
    expect(summary.siteRanking!.find((r) => r.site === 'cn-hangzhou')!.surchargeTotal).toBeCloseTo(expected, 6);
    // The USD site has neither a limit nor a surcharge.
    expect(summary.sites![1].designs[0].policy).toBeUndefined();
    expect(summary.siteRanking!.find((r) => r.site === 'elsewhere')).toMatchObject({ pueLimit: null, pass: null, surchargeTotal: 0 });
  });
});

describe('siteRanking', () => {
  const site = (id: string, currency: string, designs: [string, number, number | null][]): SiteSummary => ({
    id, name: id, weather: 'w', currency, latitude: 0, longitude: 0, region: null, pueLimit: null,
    designs: designs.map(([d, pue, tco]) => ({ id: d, metrics: { pue, wueLPerKWh: 0, cueKgPerKWh: 0 }, ...(tco === null ? {} : { tco: { currency, total: tco, lines: {} } }) })) as unknown as SiteSummary['designs'],
  });

  it('ranks by TCO when every row has one in one currency; ties by PUE, then site order', () => {
    const rows = siteRanking([site('a', 'CNY', [['x', 1.3, 100], ['y', 1.1, 90]]), site('b', 'CNY', [['x', 1.2, 100], ['y', 1.1, 90]])]);
    expect(rows.map((r) => `${r.rank}:${r.site}/${r.design}`)).toEqual(['1:a/y', '2:b/y', '3:b/x', '4:a/x']);
  });

  it('property: ranks 1..n, every site x design once, ordered by (TCO, PUE, site order) in one currency', () => {
    const design = fc.tuple(fc.constantFrom(1.1, 1.2, 1.3), fc.constantFrom(90, 100, 110));
    fc.assert(fc.property(fc.array(fc.array(design, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (spec) => {
      const sites = spec.map((ds, i) => site(`s${i}`, 'CNY', ds.map(([pue, tco], j) => [`d${j}`, pue, tco] as [string, number, number])));
      const rows = siteRanking(sites);
      expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
      expect(new Set(rows.map((r) => `${r.site}/${r.design}`)).size).toBe(spec.flat().length);
      const key = (r: (typeof rows)[number]) => [r.tcoTotal!, r.pue, Number(r.site.slice(1)), Number(r.design.slice(1))];
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [key(rows[i - 1]), key(rows[i])];
        const order = a.map((x, k) => Math.sign(x - b[k])).find((d) => d !== 0) ?? 0;
        expect(order).toBeLessThan(0);
      }
    }));
  });

  it('ranks by PUE when currencies differ or a design has no TCO', () => {
    const mixed = siteRanking([site('a', 'CNY', [['x', 1.3, 1]]), site('b', 'USD', [['x', 1.2, 1000]])]);
    expect(mixed.map((r) => r.site)).toEqual(['b', 'a']);
    const noTco = siteRanking([site('a', 'CNY', [['x', 1.3, 1]]), site('b', 'CNY', [['x', 1.2, null]])]);
    expect(noTco.map((r) => r.site)).toEqual(['b', 'a']);
    // The two-sites run: CNY and USD, identical PUE: site order.
    expect(summary.siteRanking!.map((r) => r.site)).toEqual(['cn-hangzhou', 'elsewhere']);
  });
});

describe('determinism across threads', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** Every file of an output folder (sites/<id>/ included), name -> bytes. */
  const files = (dir: string): Map<string, string> => new Map(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => { const p = join(e.parentPath, e.name); return [p.slice(dir.length), readFileSync(p, 'latin1')]; }));

  it("gives a worker thread's runs byte for byte what this thread gives", async () => {
    const load = parseSitesText(text, FILE)!;
    const source = { text, file: FILE, shownAs: FILE, overrides: [], addedSites: [] };
    const here = await runSites(source, load, 1);
    const worker = await runSites(source, load, 2, { thisThread: false }); // every site on the one worker
    for (const [i, run] of here.entries()) {
      expect(summaryJson(worker[i]!.summary)).toBe(summaryJson(run!.summary));
      expect(hourlyCsv(worker[i]!.hourly)).toBe(hourlyCsv(run!.hourly));
    }
  }, 180_000);

  it('writes byte-identical outputs with --threads 1 and --threads 2', async () => {
    const outputs: Map<string, string>[] = [];
    for (const threads of ['1', '2']) {
      const dir = mkdtempSync(join(tmpdir(), `dctwin-sites-${threads}-`));
      dirs.push(dir);
      const io = fakeIo();
      // Six sites, so the worker (which starts while this thread runs the first sites) takes some of them.
      const added = ['cn-hohhot', 'cn-guiyang', 'cn-yinchuan', 'cn-shanghai'].flatMap((id) => ['--site', id]);
      expect(await main(['sites', FILE, ...added, '--out', join(dir, 'out'), '--no-report', '--threads', threads], io), io.err()).toBe(0);
      outputs.push(files(join(dir, 'out')));
    }
    expect([...outputs[0].keys()].sort()).toEqual([...outputs[1].keys()].sort());
    expect(outputs[0].has('/sites/elsewhere/summary.json')).toBe(true);
    for (const [name, bytes] of outputs[0]) expect(outputs[1].get(name), name).toBe(bytes);
  }, 180_000);
});
