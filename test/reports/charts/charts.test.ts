import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../reports/charts/index.js';
import { renderSvg } from '../../../reports/render.js';
import { fakeRun } from '../../fixtures/run/fakeRun.js';
import { SCHEMA_DRAFT, validateVegaLite } from './vegaLiteSchema.js';

const run = fakeRun(365, { studies: true });

/** A unit in parentheses, or an axis whose unit is the calendar itself. */
const UNIT_OR_CALENDAR = /\(.+\)|^(Month|Day of year|Hour of day|Relative likelihood)$/;

/** The titles of every x and y channel that has one (null titles are hidden axes, e.g. design names). */
function positionTitles(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => positionTitles(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const title = (value as { title?: unknown })?.title;
      if ((key === 'x' || key === 'y') && typeof title === 'string') found.push(title);
      positionTitles(value, found);
    }
  }
  return found;
}
const charts = buildCharts(run);

describe('every chart of a run', () => {
  it('includes the TCO, Monte Carlo and sweep charts when their inputs are given', () => {
    expect(charts.map((c) => c.name)).toEqual([
      'tco-breakdown', 'cumulative-cost', 'monthly-pue', 'power-breakdown', 'pue-heatmap',
      'pue-vs-wet-bulb', 'climate', 'monte-carlo-tco', 'tornado', 'sweep',
    ]);
  });

  it('uses the draft-07 Vega-Lite schema (so ajv default class is the right one)', () => {
    expect(SCHEMA_DRAFT).toBe('http://json-schema.org/draft-07/schema#');
  });

  it.each(charts.map((c) => [c.name, c] as const))('%s validates against the Vega-Lite JSON Schema', (_name, chart) => {
    const valid = validateVegaLite(chart.spec);
    expect(validateVegaLite.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(charts.map((c) => [c.name, c] as const))('%s has a title, a description and axis titles with units', (_name, chart) => {
    expect(chart.spec.description?.length ?? 0).toBeGreaterThan(40);
    expect(JSON.stringify(chart.spec.title)).toContain(chart.title);
    const titles = positionTitles(chart.spec);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(UNIT_OR_CALENDAR);
  });

  it.each(charts.map((c) => [c.name, c] as const))('%s renders to an SVG with its title and without warnings', async (_name, chart) => {
    const warnings: string[] = [];
    const svg = await renderSvg(chart.spec, { onWarning: (w) => warnings.push(w) });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(chart.title.replace(/&/g, '&amp;'));
    expect(warnings).toEqual([]);
  });
});

describe('charts of a short run (two days: most months without hours)', () => {
  const short = fakeRun(2);
  // summary.json turns the NaN PUE of months without hours into null
  const shortRun = { ...short, summary: JSON.parse(JSON.stringify(short.summary)) };

  it.each(buildCharts(shortRun).map((c) => [c.name, c] as const))('%s validates and renders without warnings', async (_name, chart) => {
    expect(validateVegaLite(chart.spec)).toBe(true);
    const warnings: string[] = [];
    expect(await renderSvg(chart.spec, { onWarning: (w) => warnings.push(w) })).toContain(chart.title);
    expect(warnings).toEqual([]);
  });
});

describe('charts without TCO or studies', () => {
  it('leaves out the cost charts when a design has no TCO', () => {
    const noTco = fakeRun(10);
    delete noTco.summary.designs[1].tco;
    const names = buildCharts(noTco).map((c) => c.name);
    expect(names).not.toContain('tco-breakdown');
    expect(names).not.toContain('cumulative-cost');
    expect(names).not.toContain('monte-carlo-tco');
    expect(names).toContain('monthly-pue');
  });
});
