/**
 * The sweep's report.html: which cases share a line (never two that differ in
 * another axis), panels when the lines are too many, bars for text axes, and
 * a case table that scrolls in its box instead of running off the page.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sweepChartData } from '../../reports/sweepChartData.js';
import { sweepReportHtml, sweepSpecs } from '../../reports/sweepReport.js';
import { fakeTable } from '../studies/sweep/fakeTable.js';

const APPROACH = 'designs[0].cooling.liquid.rejection.dryCooler.approach';

describe('sweep chart data', () => {
  it("gives the issue's 2-axis sweep one line per design and node count: 4 lines of 2 points, not 2 lines joining node counts", () => {
    const table = fakeTable([`${APPROACH}=4 K,8 K`, 'workload.nodes.count=80,160']);
    const data = sweepChartData(table, 'pue')!;
    expect(data.mark).toBe('line');
    expect(data.x.title).toBe(`${APPROACH} (K)`);
    expect(data.series).toEqual(['air-chw · nodes.count=80', 'liquid-pod · nodes.count=80', 'air-chw · nodes.count=160', 'liquid-pod · nodes.count=160']);
    for (const series of data.series) {
      const points = data.rows.filter((r) => r.series === series);
      expect(points.map((p) => p.x)).toEqual([4, 8]);
    }
    // every point of a line comes from rows with that line's node count
    for (const r of data.rows) expect(r.series.endsWith(`=${table.rows.find((t) => t.pue === r.value && t[`${APPROACH}_K`] === r.x)!['workload.nodes.count']}`)).toBe(true);
  });

  it('never puts two points with the same x in one line of one panel, whatever the grid (property)', () => {
    const axis = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(axis, { minLength: 1, maxLength: 3 }), (axes) => {
        const flags = axes.map(([n, numeric], a) => `k${a}=${Array.from({ length: n }, (_, v) => (numeric ? `${v + 1} K` : `t${v}`)).join(',')}`);
        const data = sweepChartData(fakeTable(flags), 'pue')!;
        const keys = data.rows.map((r) => `${r.facet}|${r.series}|${r.x}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(data.rows).toHaveLength(2 * axes.reduce((p, [n]) => p * n, 1)); // every case and design drawn once
      }),
      { numRuns: 60 },
    );
  });

  it('names two axes with the same last parts by their whole paths', () => {
    const data = sweepChartData(fakeTable(['x=1,2', 'designs[0].racks.count=1,2', 'designs[1].racks.count=3,4']), 'pue')!;
    expect(data.series[0]).toBe('air-chw · designs[0].racks.count=1 · designs[1].racks.count=3');
  });

  it('splits into panels by the next axis when the lines would be more than 8', () => {
    const data = sweepChartData(fakeTable(['x=1,2', 'b=p,q,r,s,t']), 'pue')!;
    expect(data.facet).toBe('b');
    expect(data.series).toEqual(['air-chw', 'liquid-pod']);
    expect(new Set(data.rows.map((r) => r.facet))).toEqual(new Set(['b=p', 'b=q', 'b=r', 'b=s', 'b=t']));
  });

  it('draws a text axis (weather files) as grouped bars per design, by file name, in grid order', () => {
    const data = sweepChartData(fakeTable(['site.weather=weather/b.epw,weather/a.epw']), 'pue')!;
    expect(data.mark).toBe('bar');
    expect(data.x.categories).toEqual(['b.epw', 'a.epw']);
    expect(data.series).toEqual(['air-chw', 'liquid-pod']);
  });

  it('uses a numeric axis for x even when a text axis comes first, the text axis in the series', () => {
    const data = sweepChartData(fakeTable(['site.weather=w/a.epw,w/b.epw', 'n=1,2', 'seed=7']), 'pue')!;
    expect(data.mark).toBe('line');
    expect(data.series).toContain('air-chw · site.weather=a.epw');
    expect(data.fixed).toEqual(['site.weather']); // a one-value axis splits nothing
  });
});

describe('sweep report.html', () => {
  it('renders PUE, TCO and WUE charts that say what a line holds, and the case table in a scroll box with units in headers', async () => {
    const table = fakeTable([`${APPROACH}=4 K,8 K`, 'workload.nodes.count=80,160']);
    const specs = sweepSpecs(table);
    expect(specs.map((s) => (s.title as { text: string }).text)).toEqual([
      `Sweep: Annual PUE vs ${APPROACH} (K)`,
      `Sweep: TCO, present value (CNY) vs ${APPROACH} (K)`,
      `Sweep: WUE (L/kWh) vs ${APPROACH} (K)`,
    ]);
    expect((specs[0].title as { subtitle: string }).subtitle).toBe('Each line: one design at fixed nodes.count. 4 cases, 4 series.');
    const html = await sweepReportHtml(table);
    expect(html.match(/<svg/g)?.length).toBe(3);
    expect(html).toMatch(/\.cases\{[^}]*overflow:auto/);
    expect(html).toContain('<div class="cases"><table>');
    expect(html).toContain(`<th>${APPROACH}_K</th>`);
    expect(html).toContain('<th>wue_L_per_kWh</th>');
    expect(html).toContain('<th>tcoTotal_CNY</th>');
    expect(html).not.toMatch(/<script[^>]+src=|https?:\/\/(?!www\.w3\.org)/);
  });

  it('tells more than 8 lines in one panel apart by dash as well as colour', async () => {
    const table = fakeTable(['x=1,2', 'b=p,q,r,s,t', 'c=u,v']); // panels by b, 2 designs x 2 values of c = 4 lines each: no dashes
    expect(JSON.stringify(sweepSpecs(table)[0])).not.toContain('strokeDash');
    const many = fakeTable(['x=1,2', 'b=p,q', 'c=u,v,w,y,z']); // panels by b, 2 x 5 = 10 lines each
    const spec = JSON.stringify(sweepSpecs(many)[0]);
    expect(spec).toContain('"strokeDash"');
    expect((await sweepReportHtml(many)).match(/<svg/g)?.length).toBe(3);
  });

  it('renders panels and bars, and leaves out TCO when cases are in different currencies', async () => {
    const faceted = await sweepReportHtml(fakeTable(['x=1,2', 'b=p,q,r,s,t']));
    expect(faceted.match(/<svg/g)?.length).toBe(3);
    const table = fakeTable(['site.weather=w/a.epw,w/b.epw']);
    table.rows[0].currency = 'USD';
    expect(sweepSpecs(table).map((s) => (s.title as { text: string }).text)).toEqual(['Sweep: Annual PUE vs site.weather', 'Sweep: WUE (L/kWh) vs site.weather']);
    expect((await sweepReportHtml(table)).match(/<svg/g)?.length).toBe(2);
  });
});
