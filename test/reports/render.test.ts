import { describe, expect, it } from 'vitest';
import { normalizeSvgIds, renderSvg } from '../../reports/render.js';
import { pueHeatmapChart } from '../../reports/charts/pueHeatmap.js';
import { fakeHourly } from '../fixtures/run/fakeHourly.js';

describe('renderSvg', () => {
  const spec = pueHeatmapChart(fakeHourly(3)); // has a gradient legend, whose id Vega numbers process-wide

  it('renders the same spec to the same bytes every time, ids prefixed', async () => {
    const first = await renderSvg(spec, { idPrefix: 'heat-' });
    const second = await renderSvg(spec, { idPrefix: 'heat-' });
    expect(second).toBe(first);
    expect(first).toContain('id="heat-0"');
    expect(first).toContain('url(#heat-0)');
    expect(first).not.toMatch(/gradient_\d/);
  });

  it('leaves the caller spec as it was (Vega tags data rows)', async () => {
    const before = JSON.stringify(spec);
    const row = (spec as { data: { values: object[] } }).data.values[0];
    await renderSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
    expect(Object.getOwnPropertySymbols(row)).toEqual([]);
  });
});

describe('normalizeSvgIds', () => {
  it('renames ids and every reference to them in order of appearance', () => {
    const svg = '<svg><defs><linearGradient id="gradient_7"/><clipPath id="clip3"/></defs><path fill="url(#gradient_7)" clip-path="url(#clip3)"/><use href="#clip3"/></svg>';
    expect(normalizeSvgIds(svg, 'c-')).toBe(
      '<svg><defs><linearGradient id="c-0"/><clipPath id="c-1"/></defs><path fill="url(#c-0)" clip-path="url(#c-1)"/><use href="#c-1"/></svg>',
    );
  });
});
