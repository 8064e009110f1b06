/**
 * `--lang zh-CN` on `dctwin compare` and on a sweep changes words, never numbers: report.html (with
 * `<html lang="zh-CN">`), compare.md and the terminal tables hold every number of the English ones, the
 * data files do not depend on the language, and a sweep merged from shards gives the unsharded sweep's
 * report.html byte for byte in Chinese too. Fixtures: the fake sweep tables of test/studies/sweep and the
 * fake run's summary (test/fixtures/run) as two compared scenarios.
 */
import { describe, expect, it } from 'vitest';
import { compareReportHtml, type CompareReportInput } from '../../../reports/compareReport.js';
import { sweepReportHtml } from '../../../reports/sweepReport.js';
import { compareColumns, compareRows, compareTable } from '../../../sim/cli/compareColumns.js';
import { compareMarkdown } from '../../../sim/cli/compareOutput.js';
import { sweepTextTable } from '../../../sim/cli/sweepOutput.js';
import { mergeShards } from '../../../sim/studies/sweep/merge.js';
import { fakeHourly } from '../../fixtures/run/fakeHourly.js';
import { fakeSummary } from '../../fixtures/run/fakeRun.js';
import { fakeTable } from '../../studies/sweep/fakeTable.js';
import { missing, numberCounts, pageText } from './numberTokens.js';

const FLAGS = ['a=1,2,3', 'b=x,y'];

describe('the zh-CN sweep report', () => {
  const whole = fakeTable(FLAGS);

  it('holds every number of the English one, in <html lang="zh-CN">', async () => {
    const [en, zh] = await Promise.all([sweepReportHtml(whole), sweepReportHtml(whole, 'zh-CN')]);
    expect(en).toContain('<html lang="en">');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(numberCounts(pageText(en)).size).toBeGreaterThan(20);
    expect(missing(pageText(en), pageText(zh))).toEqual([]);
    expect(zh).toContain('个算例');
    for (const english of ['Sweep of', 'Every case and design', 'Scenario file', 'Each line', 'Each bar', 'Annual PUE', 'TCO, present value', 'chart of']) expect(zh, english).not.toContain(english);
    expect(en).toContain('Annual PUE'); // the charts' words are in the page (SVG text), so the check above means something
  }, 60_000);

  it('is the unsharded report byte for byte when merged from shards, in either language', async () => {
    const shards = [2, 3, 1].map((index) => ({ shown: `s${index}`, table: fakeTable(FLAGS, { index, count: 3 }) }));
    const merged = mergeShards(shards);
    expect(await sweepReportHtml(merged, 'zh-CN')).toBe(await sweepReportHtml(whole, 'zh-CN'));
    expect(await sweepReportHtml(merged)).toBe(await sweepReportHtml(whole));
  }, 60_000);

  it('prints the terminal table with the same numbers', () => {
    expect(missing(sweepTextTable(whole), sweepTextTable(whole, 'zh-CN'))).toEqual([]);
    expect(sweepTextTable(whole, 'zh-CN').split('\n')[0]).toMatch(/^算例 .*设计方案/);
  });
});

describe('the zh-CN compare outputs', () => {
  const summary = fakeSummary(fakeHourly(2));
  const files = ['a.yaml', 'b.yaml'];
  const names = ['hangzhou', 'phoenix'];
  const columns = compareColumns(files, [summary, { ...summary, scenario: 'phoenix' }], names);
  const input = (lang?: 'zh-CN'): CompareReportInput => ({
    table: compareRows(columns, lang),
    columns,
    scenarios: names.map((label, i) => ({ label, file: files[i], weather: summary.weather, seed: summary.seed, simulatedHours: summary.simulatedHours, scenarioText: 'name: x\n' })),
  });

  it('report.html holds every number of the English one, in <html lang="zh-CN">', async () => {
    const [en, zh] = await Promise.all([compareReportHtml(input()), compareReportHtml(input('zh-CN'), 'zh-CN')]);
    expect(en).toContain('<html lang="en">');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(numberCounts(pageText(en)).size).toBeGreaterThan(10);
    expect(missing(pageText(en), pageText(zh))).toEqual([]);
    expect(zh).toContain('场景对比：hangzhou, phoenix');
    for (const english of ['Key figures', 'Inputs', 'Facility energy', 'present value', 'Scenario file', 'Annual PUE', 'Each bar']) expect(zh, english).not.toContain(english);
    expect(en).toContain('Annual PUE');
  }, 60_000);

  it('compare.md and the terminal table hold every number of the English ones', () => {
    expect(missing(compareMarkdown(input()), compareMarkdown(input('zh-CN'), 'zh-CN'))).toEqual([]);
    expect(compareMarkdown(input('zh-CN'), 'zh-CN')).toContain('电能利用效率 PUE（年度）');
    expect(missing(compareTable(columns), compareTable(columns, 'zh-CN'))).toEqual([]);
  });
});
