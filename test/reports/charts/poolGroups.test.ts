/**
 * The XPU pool chart (pool-groups.vl.json): built only when a design has several node groups, valid Vega-Lite,
 * axis titles with units, rendered offline to SVG without warnings, its bars the summary.json figures (allocation
 * in %, IT kWh per GPU-hour), designs side by side. Groups: test/fixtures/run/poolRun.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../reports/charts/index.js';
import { poolGroupsChart } from '../../../reports/charts/poolGroups.js';
import { renderSvg } from '../../../reports/render.js';
import { fakeRun } from '../../fixtures/run/fakeRun.js';
import { poolRun } from '../../fixtures/run/poolRun.js';
import { validateVegaLite } from './vegaLiteSchema.js';

describe('the XPU pool chart', () => {
  const run = poolRun();
  const chart = buildCharts(run).find((c) => c.name === 'pool-groups')!;

  it('is built for several node groups, right after the cost charts, and not for one group', () => {
    expect(buildCharts(run).map((c) => c.name).slice(0, 3)).toEqual(['tco-breakdown', 'cumulative-cost', 'pool-groups']);
    expect(buildCharts(fakeRun(365)).map((c) => c.name)).not.toContain('pool-groups');
  });

  it('validates against the Vega-Lite schema, with units on both value axes', () => {
    expect(validateVegaLite(chart.spec)).toBe(true);
    const text = JSON.stringify(chart.spec);
    expect(text).toContain('"Allocation (%)"');
    expect(text).toContain('"IT energy per GPU-hour (kWh)"');
  });

  it('plots each group of each design: allocation in %, kWh per GPU-hour, null where the group has none', () => {
    const values = (poolGroupsChart(run.summary).data as { values: Record<string, unknown>[] }).values;
    const ids = run.summary.designs.map((d) => d.id);
    expect(values).toEqual(ids.flatMap((design, i) => [
      { design, group: 'b200', allocationPct: Number(((0.6 + i / 10) * 100).toPrecision(5)), perGpuHourKWh: 1.5 },
      { design, group: 'l20', allocationPct: 30, perGpuHourKWh: null },
    ]));
  });

  it('renders to an SVG with its title and without warnings', async () => {
    const warnings: string[] = [];
    const svg = await renderSvg(chart.spec, { onWarning: (w) => warnings.push(w) });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(chart.title);
    expect(warnings).toEqual([]);
  });

  it('has the same data in zh-CN, words in Chinese', () => {
    const zh = poolGroupsChart(run.summary, 'zh-CN');
    expect(zh.data).toEqual(poolGroupsChart(run.summary).data);
    expect(JSON.stringify(zh.title)).toContain('节点组');
  });
});
