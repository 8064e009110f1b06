/**
 * `--lang zh-CN` on a several-site run changes words, never numbers: the sites section of report.html
 * and summary.md, the three site charts and the terminal ranking table hold every number of the English
 * ones, data files are byte-identical, and the words are the agreed Chinese terms (站点 × 设计方案, 排名,
 * PUE 限值, 达标/超限, 未模拟（排除）, 东部/西部). Fixture: test/fixtures/sites (real runs of the default
 * scenario at Hohhot, Guiyang with an assumed 1.2 limit, Shanghai; Qingyang excluded).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runOutputFiles } from '../../../reports/write.js';
import { siteRankingTable } from '../../../sim/cli/siteRankingTable.js';
import { sitesRun, sitesSummary } from '../../fixtures/sites/sitesSummary.js';
import { missing, numberCounts, pageText } from './numberTokens.js';

let en = new Map<string, string | Uint8Array>();
let zh = new Map<string, string | Uint8Array>();
const text = (files: Map<string, string | Uint8Array>, name: string) => String(files.get(name));
const SITE_CHARTS = ['site-ranking.vl.json', 'site-pue-wue.vl.json', 'site-map.vl.json'];

/** A chart spec without the map labels' anchors: they follow the label's width, which differs by language (siteLabels.ts). */
const specText = (spec: string) => spec.replace(/"label(Longitude|Latitude)":-?[\d.e-]+/g, '');

beforeAll(async () => {
  const r = sitesRun();
  [en, zh] = await Promise.all([runOutputFiles(r), runOutputFiles(r, { lang: 'zh-CN' })]);
}, 120_000);

describe('the zh-CN report of a several-site run', () => {
  it('writes the same files, summary.json and hourly.csv byte for byte', () => {
    expect([...zh.keys()]).toEqual([...en.keys()]);
    for (const name of ['summary.json', 'hourly.csv']) expect(zh.get(name), name).toEqual(en.get(name));
  });

  it('report.html and summary.md hold every number of the English ones', () => {
    const english = pageText(text(en, 'report.html'));
    expect(numberCounts(english).size).toBeGreaterThan(100);
    expect(missing(english, pageText(text(zh, 'report.html')))).toEqual([]);
    expect(missing(text(en, 'summary.md'), text(zh, 'summary.md'))).toEqual([]);
  });

  it('the sites section alone holds every number of the English one', () => {
    /** summary.md's section from its heading to the next one. */
    const section = (md: string, heading: string) => {
      const start = md.indexOf(heading);
      expect(start, heading).toBeGreaterThanOrEqual(0);
      return md.slice(start, md.indexOf('\n## ', start));
    };
    const english = section(text(en, 'summary.md'), '## Where should this load go?');
    expect(numberCounts(english).size).toBeGreaterThan(20);
    expect(missing(english, section(text(zh, 'summary.md'), '## 这些负载应部署在哪里？'))).toEqual([]);
  });

  it('every site chart holds every number of the English one, and the same data rows', () => {
    for (const name of SITE_CHARTS) {
      expect(missing(specText(text(en, name)), specText(text(zh, name))), name).toEqual([]);
      const rows = (files: Map<string, string | Uint8Array>) => JSON.parse(text(files, name)).data?.values?.length ?? null;
      expect(rows(zh), name).toBe(rows(en));
    }
  });

  it('is worded in the agreed terms, with no English left in the sites section or the site charts', () => {
    const md = text(zh, 'summary.md');
    for (const term of ['站点 × 设计方案', '排名', 'PUE 限值', '达标', '超限', '未模拟（排除）', '东部', '西部', '总拥有成本 TCO']) expect(md, term).toContain(term);
    const html = pageText(text(zh, 'report.html'));
    for (const english of ['Where should this load go', 'is the best of', 'Ranked by', 'Excluded:', 'Against limit', 'Surcharge', 'The key figures above']) {
      expect(html, english).not.toContain(english);
    }
    expect(JSON.parse(text(zh, 'site-ranking.vl.json')).title.text).toBe('站点与设计方案排名');
    expect(JSON.parse(text(zh, 'site-pue-wue.vl.json')).title.text).toBe('各站点与设计方案的 PUE 和 WUE');
    expect(JSON.parse(text(zh, 'site-map.vl.json')).title.text).toBe('站点位置');
    for (const name of SITE_CHARTS) {
      const spec = JSON.parse(text(zh, name));
      const words = JSON.stringify([spec.title, spec.description, spec.encoding, spec.layer?.map((l: { encoding?: unknown }) => l.encoding), spec.hconcat]);
      for (const english of ['above PUE limit', 'PUE limit (-)', 'Best design', 'Against the limit', 'within its', 'present value', 'Annual PUE']) {
        expect(words, `${name}: ${english}`).not.toContain(english);
      }
    }
  });

  it('ranked by PUE (sites in different currencies): the same numbers, and says why in Chinese', async () => {
    const r = sitesRun(10, { currencies: ['CNY', 'USD', 'CNY'] });
    const [enMixed, zhMixed] = await Promise.all([runOutputFiles(r), runOutputFiles(r, { lang: 'zh-CN' })]);
    for (const name of ['summary.md', 'site-ranking.vl.json']) expect(missing(text(enMixed, name), text(zhMixed, name)), name).toEqual([]);
    expect(missing(pageText(text(enMixed, 'report.html')), pageText(text(zhMixed, 'report.html')))).toEqual([]);
    expect(text(zhMixed, 'summary.md')).toContain('按年度 PUE 排名：各站点的计价货币不同（CNY, USD）');
    expect(text(zhMixed, 'summary.md')).toContain('站点货币');
  }, 120_000);

  it('the terminal ranking table has the same numbers in Chinese', () => {
    const summary = sitesSummary();
    const english = siteRankingTable(summary);
    const chinese = siteRankingTable(summary, 'zh-CN');
    expect(missing(english, chinese)).toEqual([]);
    expect(chinese).toContain('站点排名：按总拥有成本 TCO');
    expect(chinese).toContain('未模拟（排除）：cn-qingyang');
    expect(chinese).toMatch(/超限/);
    expect(english).toContain('Sites, ranked by TCO');
  });
});
