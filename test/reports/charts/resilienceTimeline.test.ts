/**
 * The scripted failure episode chart (resilience-timeline.vl.json): built only when a design has a scripted
 * timeline, valid Vega-Lite, rendered offline to SVG without warnings, x in minutes from the event (timeline
 * eventS), the temperatures and fractions of summary.json with constant runs thinned to their ends (same lines),
 * the loops' limits as rules with their values, designs in their run-wide colours; the same data in zh-CN.
 * Summary: test/fixtures/run/resilienceRun.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../reports/charts/index.js';
import { resilienceTimelineChart } from '../../../reports/charts/resilienceTimeline.js';
import { fractionPoints, limitRules, temperaturePoints } from '../../../reports/charts/resilienceTimelineData.js';
import { designColor } from '../../../reports/charts/theme.js';
import { renderSvg } from '../../../reports/render.js';
import { fakeRun } from '../../fixtures/run/fakeRun.js';
import { resilienceRun, trippingAirC } from '../../fixtures/run/resilienceRun.js';
import { validateVegaLite } from './vegaLiteSchema.js';

describe('the resilience timeline chart', () => {
  const run = resilienceRun(30);
  const chart = buildCharts(run).find((c) => c.name === 'resilience-timeline')!;

  it('is built when a design has a scripted episode, after the cost charts, and not otherwise', () => {
    expect(buildCharts(run).map((c) => c.name).slice(0, 3)).toEqual(['tco-breakdown', 'cumulative-cost', 'resilience-timeline']);
    expect(buildCharts(fakeRun(30)).map((c) => c.name)).not.toContain('resilience-timeline');
    const noScripted = resilienceRun(30);
    for (const d of noScripted.summary.designs) delete d.resilience!.scripted;
    expect(buildCharts(noScripted).map((c) => c.name)).not.toContain('resilience-timeline');
  });

  it('validates against the Vega-Lite schema, with units on its axes', () => {
    expect(validateVegaLite(chart.spec), JSON.stringify(validateVegaLite.errors?.slice(0, 3))).toBe(true);
    const text = JSON.stringify(chart.spec);
    expect(text).toContain('(°C)');
    expect(text).toContain('(min)');
    expect(text).toContain('0-1');
  });

  it('plots the room air from the event in minutes, constant runs thinned to their ends (the same line)', () => {
    const air = temperaturePoints(run.summary.designs).filter((p) => p.design === 'liquid-pod' && p.series === 'air');
    // 24 degC from -30 min to the event, the ramp +3 K a minute, held at 40 degC from minute 6 to the last sample (29).
    expect(air.map((p) => [p.minutes, p.value])).toEqual([[-30, 24], [0, 24], [1, 27], [2, 30], [3, 33], [4, 36], [5, 39], [6, 40], [29, 40]]);
    for (let k = 0; k < 60; k++) {
      const m = k - 30;
      const [a, b] = [air.filter((p) => p.minutes <= m).at(-1)!, air.find((p) => p.minutes >= m)!];
      const drawn = a.minutes === b.minutes ? a.value : a.value + ((b.value - a.value) * (m - a.minutes)) / (b.minutes - a.minutes);
      expect(drawn).toBeCloseTo(trippingAirC(k), 9);
    }
    const flat = temperaturePoints(run.summary.designs).filter((p) => p.design === 'air-chw');
    expect(flat).toEqual([{ design: 'air-chw', series: 'air', minutes: -30, value: 24 }, { design: 'air-chw', series: 'air', minutes: 29, value: 24 }]);
  });

  it('plots capacity in service and IT load 0-1 per design, the liquid loop only where there is one', () => {
    const points = fractionPoints(run.summary.designs);
    expect(new Set(points.filter((p) => p.design === 'air-chw').map((p) => p.series))).toEqual(new Set(['airCapacity', 'itLoad']));
    expect(new Set(points.filter((p) => p.design === 'liquid-pod').map((p) => p.series))).toEqual(new Set(['airCapacity', 'liquidCapacity', 'itLoad']));
    for (const p of points) expect(p.value >= 0 && p.value <= 1, `${p.design} ${p.series} ${p.minutes}`).toBe(true);
    const load = points.filter((p) => p.design === 'liquid-pod' && p.series === 'itLoad').map((p) => [p.minutes, p.value]);
    expect(load).toEqual([[-30, 1], [5, 1], [6, 0], [29, 0]]);
  });

  it('draws the limits as rules with their values, coolant limits only for a liquid loop', () => {
    expect(limitRules(run.summary.designs).map((r) => [r.tempC, r.names])).toEqual([
      [32, ['throttleInlet']], [40, ['shutdownInlet']], [45, ['throttleCoolant']], [50, ['shutdownCoolant']],
    ]);
    const airOnly = resilienceRun(30);
    airOnly.summary.designs = airOnly.summary.designs.filter((d) => d.id === 'air-chw');
    expect(limitRules(airOnly.summary.designs).map((r) => r.tempC)).toEqual([32, 40]);
    const text = JSON.stringify(chart.spec);
    for (const t of ['32.0 °C', '40.0 °C', '45.0 °C', '50.0 °C']) expect(text).toContain(t);
  });

  it('gives each design its run-wide colour', () => {
    const text = JSON.stringify(chart.spec);
    expect(text).toContain(JSON.stringify({ domain: ['air-chw', 'liquid-pod'], range: [designColor(0), designColor(1)] }));
  });

  it('renders to an SVG with its title and without warnings', async () => {
    const warnings: string[] = [];
    const svg = await renderSvg(chart.spec, { onWarning: (w) => warnings.push(w) });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(chart.title);
    expect(warnings).toEqual([]);
  });

  it('has the same data in zh-CN, words in Chinese', () => {
    /** Every inline data row of a spec, its words (series and limit names) left out. */
    const data = (node: unknown): unknown[] => {
      if (Array.isArray(node)) return node.flatMap(data);
      if (typeof node !== 'object' || node === null) return [];
      const o = node as Record<string, unknown>;
      const own = o.data && Array.isArray((o.data as { values?: unknown }).values)
        ? ((o.data as { values: Record<string, unknown>[] }).values).map(({ series: _s, limit: _l, ...rest }) => rest) : [];
      return [...own, ...Object.entries(o).filter(([k]) => k !== 'data').flatMap(([, v]) => data(v))];
    };
    const zh = resilienceTimelineChart(run.summary, 'zh-CN');
    expect(data(zh)).toEqual(data(resilienceTimelineChart(run.summary)));
    expect(data(zh).length).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(zh.title)).toMatch(/\p{Script=Han}/u);
  });
});
