/**
 * `--lang zh-CN` changes words, never numbers: every number of the English report.html (its text and
 * attributes, charts' SVG drawing and inline scripts aside), summary.md and chart specs appears in the
 * Chinese one at least as often (Chinese adds a few of its own: month names 1月-12月, "第 0 年").
 * Data files (summary.json, hourly.csv, ...) are byte-identical between languages. Checked on the report
 * fixture (every study: Monte Carlo, tornado, sweep) and on the bundled scenario (payback, capacity, money
 * defaults, cost inputs, the GB 40879-2021 scope of a full-liquid and an air-cooled design), and on a run with
 * resilience figures (the failures section, its lead and the scripted-episode chart).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runOutputFiles } from '../../../reports/write.js';
import type { DesignSummary, SizingSummary } from '../../../sim/types/summary.js';
import { fakeRun } from '../../fixtures/run/fakeRun.js';
import { resilienceRun } from '../../fixtures/run/resilienceRun.js';
import { loadScenario } from '../../../sim/scenario/load.js';
import { evaluate } from '../../../sim/studies/evaluate.js';
import { missing, numberCounts, pageText } from './numberTokens.js';

/** The fixture run with every study, its designs given rack types (the GB 40879-2021 section then names both). */
function run() {
  const r = fakeRun(365, { studies: true });
  const types: SizingSummary['rackType'][] = ['air', 'liquid-pod'];
  r.summary.designs = r.summary.designs.map((d, i): DesignSummary => ({ ...d, sizing: { rackType: types[i] } as SizingSummary }));
  return r;
}

let en = new Map<string, string | Uint8Array>();
let zh = new Map<string, string | Uint8Array>();
const text = (files: Map<string, string | Uint8Array>, name: string) => String(files.get(name));

beforeAll(async () => {
  const r = run();
  [en, zh] = await Promise.all([runOutputFiles(r), runOutputFiles(r, { lang: 'zh-CN' })]);
}, 120_000);

describe('the zh-CN report', () => {
  it('writes the same files, the data ones byte for byte', () => {
    expect([...zh.keys()]).toEqual([...en.keys()]);
    for (const name of ['summary.json', 'hourly.csv', 'scenario.yaml', 'sources.txt', 'monte-carlo.json', 'monte-carlo.csv', 'sweep.json']) {
      expect(zh.get(name), name).toEqual(en.get(name));
    }
  });

  it('report.html holds every number of the English one', () => {
    const english = pageText(text(en, 'report.html'));
    const chinese = pageText(text(zh, 'report.html'));
    expect(numberCounts(english).size).toBeGreaterThan(100); // the comparison has something to compare
    expect(missing(english, chinese)).toEqual([]);
  });

  it('summary.md holds every number of the English one', () => {
    expect(missing(text(en, 'summary.md'), text(zh, 'summary.md'))).toEqual([]);
  });

  it('every chart spec holds every number of the English one, and the same data', () => {
    const specs = [...en.keys()].filter((n) => n.endsWith('.vl.json'));
    expect(specs.length).toBeGreaterThanOrEqual(9);
    for (const name of specs) {
      expect(missing(text(en, name), text(zh, name)), name).toEqual([]);
      const rows = (files: Map<string, string | Uint8Array>) => JSON.stringify(JSON.parse(text(files, name)).data?.values?.length ?? null);
      expect(rows(zh), name).toBe(rows(en));
    }
  });

  it('is Chinese: html lang, headings, the GB 40879-2021 scope next to the KPIs', () => {
    const html = text(zh, 'report.html');
    expect(html).toContain('<html lang="zh-CN">');
    expect(text(en, 'report.html')).toContain('<html lang="en">');
    for (const heading of ['各设计方案关键指标', '按成本项的总拥有成本 TCO', '决定结论的因素', '图表', '输入与来源']) expect(html).toContain(heading);
    expect(html.indexOf('id="gb40879"')).toBeGreaterThan(html.indexOf('id="kpis"'));
    expect(html.indexOf('id="gb40879"')).toBeLessThan(html.indexOf('id="tco"'));
    expect(text(zh, 'summary.md')).toContain('## GB 40879-2021 能效等级的适用范围');
    expect(text(en, 'summary.md')).toContain('## GB 40879-2021 energy-efficiency grades: where they apply');
    expect(text(zh, 'monthly-pue.vl.json')).toContain('各设计方案的月度 PUE');
  });

  it('leaves no English heading or row label in the page text', () => {
    const chinese = pageText(text(zh, 'report.html'));
    for (const english of ['Key figures', 'Total cost of ownership', 'What decides', '>Capex<', 'Indicator', 'Charts', 'Inputs and sources', 'Monthly PUE per design', 'samples, seed']) {
      expect(chinese, english).not.toContain(english);
    }
  });
});

describe('the zh-CN report of the bundled scenario (scenarios/default.yaml)', () => {
  let enFiles = new Map<string, string | Uint8Array>();
  let zhFiles = new Map<string, string | Uint8Array>();

  beforeAll(async () => {
    const { summary, hourly } = evaluate(loadScenario('scenarios/default.yaml').scenario);
    [enFiles, zhFiles] = await Promise.all([runOutputFiles({ summary, hourly }), runOutputFiles({ summary, hourly }, { lang: 'zh-CN' })]);
  }, 300_000);

  it('holds every number of the English report.html and summary.md', () => {
    expect(missing(pageText(text(enFiles, 'report.html')), pageText(text(zhFiles, 'report.html')))).toEqual([]);
    expect(missing(text(enFiles, 'summary.md'), text(zhFiles, 'summary.md'))).toEqual([]);
  });

  it('has every decision section in Chinese, and the full-liquid design outside GB 40879-2021', () => {
    const md = text(zhFiles, 'summary.md');
    for (const heading of ['## 关键指标', '## GB 40879-2021 能效等级的适用范围', '## 资本支出增量的回收期', '电网容量限值下的容量', '## 采用的成本默认值', '## 成本输入']) {
      expect(md, heading).toContain(heading);
    }
    expect(md).toContain('不在该适用范围内：liquid-pod');
    expect(md).toContain('在该适用范围内：air-cooled');
  });
});

describe('the zh-CN report of a run with resilience figures (test/fixtures/run/resilienceRun.ts)', () => {
  let enFiles = new Map<string, string | Uint8Array>();
  let zhFiles = new Map<string, string | Uint8Array>();

  beforeAll(async () => {
    const r = resilienceRun(3);
    [enFiles, zhFiles] = await Promise.all([runOutputFiles(r), runOutputFiles(r, { lang: 'zh-CN' })]);
  }, 120_000);

  it('holds every number of the English report.html, summary.md and episode chart, the chart with the same data', () => {
    expect(missing(pageText(text(enFiles, 'report.html')), pageText(text(zhFiles, 'report.html')))).toEqual([]);
    expect(missing(text(enFiles, 'summary.md'), text(zhFiles, 'summary.md'))).toEqual([]);
    expect(missing(text(enFiles, 'resilience-timeline.vl.json'), text(zhFiles, 'resilience-timeline.vl.json'))).toEqual([]);
    const data = (files: Map<string, string | Uint8Array>) => JSON.parse(text(files, 'resilience-timeline.vl.json')).vconcat[1].data.values.map((v: { value: number }) => v.value);
    expect(data(zhFiles)).toEqual(data(enFiles));
    expect(text(zhFiles, 'summary.md')).toContain('## 故障、冗余与穿越时间');
  });
});
