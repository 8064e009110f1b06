import { describe, expect, it } from 'vitest';
import { sweepReportHtml, sweepSeries } from '../../reports/sweepReport.js';

const input = {
  scenario: 'light',
  axes: ['workload.nodes.count'],
  rows: [
    { case: 1, 'workload.nodes.count': '10', 'a.pue': 1.3, 'a.tcoTotal': 100, 'b.pue': 1.2, 'b.tcoTotal': 90 },
    { case: 2, 'workload.nodes.count': '20', 'a.pue': 1.25, 'a.tcoTotal': 180, 'b.pue': 1.15, 'b.tcoTotal': 170 },
  ],
};

describe('sweep report', () => {
  it('turns case rows into one point per case and design, with plain field names', () => {
    const s = sweepSeries(input, 'workload.nodes.count', 'pue');
    expect(s?.rows).toEqual([
      { design: 'a', parameter: 10, value: 1.3 },
      { design: 'b', parameter: 10, value: 1.2 },
      { design: 'a', parameter: 20, value: 1.25 },
      { design: 'b', parameter: 20, value: 1.15 },
    ]);
    expect(s?.x.title).toBe('workload.nodes.count');
  });

  it('reads a number with a unit as its number and skips a non-numeric axis', () => {
    const withUnits = { ...input, axes: ['approach'], rows: input.rows.map((r, i) => ({ ...r, approach: `${4 + 2 * i} K` })) };
    expect(sweepSeries(withUnits, 'approach', 'pue')?.rows[2].parameter).toBe(6);
    const files = { ...input, axes: ['site.weather'], rows: input.rows.map((r) => ({ ...r, 'site.weather': 'weather/x.epw' })) };
    expect(sweepSeries(files, 'site.weather', 'pue')).toBeUndefined();
  });

  it('renders both charts with marks and a table of every case, offline', async () => {
    const html = await sweepReportHtml(input);
    expect(html.match(/<svg/g)?.length).toBe(2);
    expect(html).toContain('Annual PUE vs workload.nodes.count');
    expect(html).toContain('<td>1.15</td>');
    expect(html).not.toMatch(/<script[^>]+src=|https?:\/\/(?!www\.w3\.org)/);
  });
});
