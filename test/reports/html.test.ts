import { beforeAll, describe, expect, it } from 'vitest';
import { buildCharts } from '../../reports/charts/index.js';
import { reportHtml, type RenderedChart } from '../../reports/html.js';
import { vegaBundles } from '../../reports/bundles.js';
import { renderSvg } from '../../reports/render.js';
import { answerOf } from '../../reports/answer.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import { kpiCellsOf, summaryValue } from './kpiCells.js';

const run = fakeRun(365, { studies: true });
let html = '';
let charts: RenderedChart[] = [];

beforeAll(async () => {
  charts = [];
  for (const chart of buildCharts(run)) charts.push({ ...chart, svg: await renderSvg(chart.spec) });
  html = reportHtml(run, charts, await vegaBundles());
});

describe('report.html', () => {
  it('loads nothing from the network: no external scripts, styles, images or imports', () => {
    // the page outside its inline scripts (the vega bundles hold such strings for pages that use them)
    const page = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '<script></script>');
    expect(page.length).toBeLessThan(html.length / 2);
    expect(page).not.toMatch(/<(script|img|iframe|link)\b[^>]*\b(src|href)\s*=/i);
    expect(page).not.toMatch(/@import/i);
    expect(page).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
    expect(page).not.toMatch(/<a\b[^>]*href\s*=\s*["']https?:/i); // even links stay inside the page
  });

  it('opens with the answer, before the KPI table and the charts', () => {
    const answer = answerOf(run.summary);
    const headline = html.indexOf('<h1 id="answer"');
    expect(headline).toBeGreaterThan(0);
    expect(html.slice(headline, html.indexOf('</h1>'))).toContain('is the cheapest design over 5 years');
    expect(html).toContain(`data-winner="${answer.winner}"`);
    expect(headline).toBeLessThan(html.indexOf('<table class="kpi"'));
    expect(html.indexOf('<table class="kpi"')).toBeLessThan(html.indexOf('<figure class="chart"'));
  });

  it('carries every KPI of every design with its raw summary.json value', () => {
    const cells = kpiCellsOf(html);
    const designs = run.summary.designs.length;
    expect(cells.filter((c) => c.key === 'metrics.pue')).toHaveLength(designs);
    expect(cells.length).toBeGreaterThanOrEqual(8 * designs);
    for (const cell of cells) expect(cell.value, `${cell.design} ${cell.key}`).toBe(summaryValue(run.summary, cell.design, cell.key));
  });

  it('has one figure per chart holding an SVG with the chart title', () => {
    for (const chart of charts) {
      const start = html.indexOf(`<figure class="chart" id="chart-${chart.name}"`);
      expect(start, chart.name).toBeGreaterThan(0);
      const figure = html.slice(start, html.indexOf('</figure>', start));
      expect(figure).toContain('<svg');
      expect(figure).toContain(chart.title);
    }
  });

  it('embeds the specs for the interactive upgrade as parseable JSON', () => {
    const json = /<script type="application\/json" id="chart-specs">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(JSON.stringify(JSON.parse(json))).toBe(JSON.stringify(Object.fromEntries(charts.map((c) => [c.name, c.spec]))));
  });

  it('shows the scenario text and sources at the end, escaped', () => {
    expect(html).toContain('# a fake scenario for report tests &lt;not real&gt;');
    expect(html).toContain('synthetic test fixture &amp; no real station');
    expect(html.indexOf('id="inputs"')).toBeGreaterThan(html.lastIndexOf('<figure class="chart"'));
  });

  it('still shows static charts when built without the vega bundles', () => {
    const staticHtml = reportHtml(run, charts, []);
    expect(staticHtml).not.toContain('vegaEmbed');
    expect(staticHtml.match(/<svg/g)?.length).toBeGreaterThanOrEqual(charts.length);
  });
});
