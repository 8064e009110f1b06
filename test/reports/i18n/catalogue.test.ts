/**
 * The zh-CN catalogue covers every English message (TypeScript checks the keys at
 * build time, `zhCN: Messages`; this checks it at run time too, nested groups and
 * word tables included) and translates it: no Chinese message may equal the English
 * one except the few that are identifiers or symbols in both languages.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../reports/i18n/en.js';
import { zhCN } from '../../../reports/i18n/zhCN.js';
import { isLang, LANGS, messages } from '../../../reports/i18n/lang.js';
import { CHART_CONFIG } from '../../../reports/charts/theme.js';

type Tree = { [key: string]: unknown };

/** A placeholder argument that serves as a text (`.replace`), a list of texts (`.join`) and a flag alike. */
const placeholder = (i: number) => Object.assign(new String(`<${i}>`), { join: () => `<${i}>` });

/** Every leaf of a catalogue as [dotted key, text]; a function is called with placeholder arguments. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, (_, i) => placeholder(i));
      return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
    }
    if (Array.isArray(value)) return value.map((v, i): [string, string] => [`${path}[${i}]`, String(v)]);
    if (typeof value === 'object' && value !== null) return leaves(value as Tree, path);
    return [[path, String(value)]];
  });
}

/** Messages that are the same in both languages: symbols and identifiers, not words. */
const SAME_IN_BOTH = new Set([
  'terminal.run.tue', // 'TUE / ITUE'
  'charts.pueAxis', // 'PUE (-)'
  'terminal.run.componentEnergy', // '  <meter key> MWh'
  'sections.assumptions.unit', // a unit: only its words ('per year') are translated
  'sites.terminal.header[4]', // 'PUE', a column of the site ranking table
  'pool.none', // '—': a figure the group has none of
  'resilience.none', // '—': a figure the design has none of
  'resilience.lead.list', // joins design ids (', ' vs '、'): the placeholder list joins alike
]);

describe('the zh-CN catalogue', () => {
  const english = leaves(en as unknown as Tree);
  const chinese = new Map(leaves(zhCN as unknown as Tree));

  it('has every key of the English one, and no other', () => {
    expect([...chinese.keys()].sort()).toEqual(english.map(([k]) => k).sort());
  });

  it('translates every message (same text only for symbols and identifiers)', () => {
    const untranslated = english.filter(([k, text]) => chinese.get(k) === text && !SAME_IN_BOTH.has(k)).map(([k, text]) => `${k}: ${text}`);
    expect(untranslated).toEqual([]);
  });

  it('writes Chinese wherever English has words', () => {
    const withoutHan = english
      .filter(([k, text]) => /[a-z]{3,}/.test(text.replace(/dctwin|degC/g, '')) && !SAME_IN_BOTH.has(k) && k !== 'charts.font') // names, units, fonts are not words
      .filter(([k]) => !/\p{Script=Han}/u.test(chinese.get(k) ?? ''))
      .map(([k]) => k);
    expect(withoutHan).toEqual([]);
  });

  it('keeps the terms of GB 40879-2021 and the MIIT notices', () => {
    expect(zhCN.kpi.pue).toContain('电能利用效率 PUE');
    expect(zhCN.kpi.wue).toContain('水资源利用效率 WUE');
    expect(zhCN.kpi.cue).toContain('碳利用效率 CUE');
    expect(zhCN.kpi.tue).toContain('TUE（总能源利用效率');
    expect(zhCN.kpi.itEnergy).toContain('IT 设备能耗');
    expect(zhCN.kpi.facilityEnergy).toContain('数据中心总能耗');
    expect(zhCN.sections.tco.capex).toBe('资本支出');
  });

  it('words a several-site run with the agreed terms', () => {
    expect(zhCN.sites.section.title).toBe('这些负载应部署在哪里？');
    expect(zhCN.sites.section.header('CNY')).toEqual(expect.arrayContaining(['排名', 'PUE 限值']));
    expect(zhCN.sites.section.noneFail('4')).toContain('站点 × 设计方案');
    expect([zhCN.sites.section.pass, zhCN.sites.section.fail]).toEqual(['达标', '超限']);
    expect([zhCN.sites.terminal.pass, zhCN.sites.terminal.fail]).toEqual(['达标', '超限']);
    expect(zhCN.sites.status.excluded).toBe('未模拟（排除）');
    expect(zhCN.sites.section.regions).toEqual({ east: '东部', west: '西部' });
    expect(zhCN.sites.ranking.subtitleMoney('CNY')).toContain('总拥有成本 TCO');
  });

  it('gives English charts the font of the theme, so English chart specs are unchanged', () => {
    expect(en.charts.font).toBe(CHART_CONFIG.font);
    expect(zhCN.charts.font).toMatch(/^'PingFang SC'.*Helvetica, Arial, sans-serif$/);
  });

  it('names its languages, English first (the default)', () => {
    expect(LANGS).toEqual(['en', 'zh-CN']);
    expect(messages()).toBe(en);
    expect(messages('zh-CN').htmlLang).toBe('zh-CN');
    expect(isLang('zh-CN')).toBe(true);
    expect(isLang('zh')).toBe(false);
  });
});
