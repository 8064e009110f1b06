/**
 * The site charts (issue 14 item 3): present only with two or more simulated sites, valid Vega-Lite that
 * renders headless without warnings; the ranking in siteRanking order with the pair above its PUE limit
 * marked, PUE instead of money when currencies differ; PUE limits as one tick per site; the map offline
 * (land embedded as TopoJSON, small) with one point per site. Fixture: real runs of the default scenario
 * at three site records (test/fixtures/sites), Guiyang air-cooled above its (assumed, stricter) 1.2 limit.
 */
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../reports/charts/index.js';
import { siteMapChart } from '../../../reports/charts/siteMap.js';
import { sitePueWueChart } from '../../../reports/charts/sitePueWue.js';
import { siteRankingChart } from '../../../reports/charts/siteRanking.js';
import { renderSvg } from '../../../reports/render.js';
import { fakeRun } from '../../fixtures/run/fakeRun.js';
import { EXCLUDED_SITE, SIMULATED_SITES, sitesRun, sitesSummary } from '../../fixtures/sites/sitesSummary.js';
import { validateVegaLite } from './vegaLiteSchema.js';

const SITE_CHARTS = ['site-ranking', 'site-pue-wue', 'site-map'];
const summary = sitesSummary();
const dataOf = (spec: object): Record<string, unknown>[] => (spec as { data: { values: Record<string, unknown>[] } }).data.values;

describe('which runs get the site charts', () => {
  it('a run with several simulated sites: the three, after the run charts', () => {
    const names = buildCharts(sitesRun(3)).map((c) => c.name);
    expect(names.slice(-3)).toEqual(SITE_CHARTS);
  });

  it('a run without sites, or with one simulated site (the others excluded): none', () => {
    expect(buildCharts(fakeRun(3)).map((c) => c.name)).not.toContain('site-map');
    const one = sitesRun(3);
    one.summary.sites = one.summary.sites!.map((s, i) => (i === 0 ? s : { ...s, excluded: 'workload.latency east-only: west site', designs: [] }));
    expect(buildCharts(one).map((c) => c.name).filter((n) => SITE_CHARTS.includes(n))).toEqual([]);
  });
});

describe.each(buildCharts(sitesRun(3)).filter((c) => SITE_CHARTS.includes(c.name)).map((c) => [c.name, c] as const))('%s', (_name, chart) => {
  it('validates against the Vega-Lite JSON Schema', () => {
    const valid = validateVegaLite(chart.spec);
    expect(validateVegaLite.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('renders to an SVG with its title, without warnings', async () => {
    const warnings: string[] = [];
    const svg = await renderSvg(chart.spec, { onWarning: (w) => warnings.push(w) });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(chart.title);
    expect(warnings).toEqual([]);
    expect(chart.spec.description?.length ?? 0).toBeGreaterThan(40);
  });
});

describe('site ranking chart', () => {
  it("keeps siteRanking's order and marks the pair above its PUE limit", () => {
    const values = dataOf(siteRankingChart(summary));
    const names = new Map(summary.sites!.map((s) => [s.id, s.name]));
    expect(values.map((v) => v.pair)).toEqual(summary.siteRanking!.map((r) => `${r.rank}. ${names.get(r.site)} · ${r.design}`));
    // chart data keep 6 significant digits
    values.forEach((v, i) => expect((v.value as number) / summary.siteRanking![i].tcoTotal!).toBeCloseTo(1, 5));
    const failing = values.filter((v) => v.fails);
    expect(failing).toHaveLength(1);
    expect(failing[0].pair).toBe("5. Guiyang (Gui'an) · air-cooled");
    expect(failing[0].label).toContain('✗ above PUE limit 1.200');
  });

  it('ranks by PUE, and says so, when the sites price in different currencies', () => {
    const spec = siteRankingChart(sitesSummary({ currencies: ['CNY', 'USD', 'CNY'] }));
    const pues = dataOf(spec).map((v) => v.value as number);
    expect(pues).toEqual([...pues].sort((a, b) => a - b));
    expect(JSON.stringify(spec.title)).toContain('different currencies (CNY, USD)');
    expect(JSON.stringify(spec)).toContain('Annual PUE (-)');
  });
});

describe('PUE and WUE by site chart', () => {
  it('has every site x design and one PUE-limit tick per site', () => {
    const spec = sitePueWueChart(summary) as unknown as { hconcat: { layer?: { data?: { values: { site: string; limit: number }[] } }[] }[] };
    expect(dataOf(spec)).toHaveLength(SIMULATED_SITES.length * 2);
    const ticks = spec.hconcat[0].layer![1].data!.values;
    expect(ticks.map((t) => [t.site, t.limit])).toEqual([['Hohhot', 1.25], ["Guiyang (Gui'an)", 1.2], ['Shanghai', 1.3]]);
  });
});

describe('site map', () => {
  const spec = siteMapChart(summary);
  const json = JSON.stringify(spec);

  it('embeds the land outline, cut small, and names its source; nothing loaded from the network', () => {
    expect(json.length).toBeLessThan(20_000); // the whole 1:110m land file is 55 kB
    expect(json).toContain('"type":"topojson","feature":"land"');
    expect(json.replace(spec.$schema!, '')).not.toMatch(/https?:|"url"/);
    expect(spec.description).toContain('Natural Earth 1:110m land (public domain)');
  });

  it('renders offline to an SVG with the land and one point per site, the excluded one included', async () => {
    const svg = await renderSvg(spec);
    const land = /<g class="mark-shape role-mark layer_0_marks"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1];
    expect(land).toMatch(/ d="M[\d.]+,[\d.]+L/);
    const points = /<g class="mark-symbol role-mark sites_marks"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1];
    expect(points.match(/<path /g)).toHaveLength(SIMULATED_SITES.length + 1);
    for (const site of [...SIMULATED_SITES, EXCLUDED_SITE]) expect(svg).toContain(`>${site.name}: `);
  });

  it("labels each site with its best design's PUE and colours it by the limit", () => {
    const values = ((spec as unknown as { layer: unknown }).layer as { data: { values: Record<string, unknown>[] } }[])[1].data.values;
    expect(values.map((v) => [v.label, v.status])).toEqual([
      ['Hohhot: liquid-pod, PUE 1.104', 'within its PUE limit'],
      ["Guiyang (Gui'an): liquid-pod, PUE 1.111", 'within its PUE limit'],
      ['Shanghai: liquid-pod, PUE 1.116', 'within its PUE limit'],
      ['Qingyang (Xifengzhen): excluded', 'excluded'],
    ]);
  });
});
