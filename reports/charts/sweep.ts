/**
 * A parameter sweep: one KPI against the swept parameter, one line per series
 * (by default per design), so the break-even point of a parameter is visible.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { SweepData } from '../run.js';
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, VEGA_LITE_SCHEMA, designColor } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export function sweepChart(sweep: SweepData, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const w = messages(lang).charts.sweep;
  const series = sweep.series ?? 'design';
  const names = [...new Set(sweep.rows.map((r) => String(r[series] ?? '')))];
  const rows = [...sweep.rows].sort((a, b) => Number(a[sweep.x.field]) - Number(b[sweep.x.field]));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: w.heading(w.title, sweep.y.title, sweep.x.title), subtitle: w.subtitle(String(sweep.rows.length), series) },
    description: w.description(sweep.y.title, sweep.x.title, names.join(', ')),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    data: { values: rows },
    mark: { type: 'line', point: true, tooltip: true },
    encoding: {
      x: { field: sweep.x.field, type: 'quantitative', title: sweep.x.title, scale: { zero: false } },
      y: { field: sweep.y.field, type: 'quantitative', title: sweep.y.title, scale: { zero: false } },
      color: {
        field: series,
        type: 'nominal',
        title: series,
        scale: { domain: names, range: names.map((_, i) => designColor(i)) },
        legend: { orient: 'top' },
      },
      tooltip: [
        { field: series, type: 'nominal' },
        { field: sweep.x.field, type: 'quantitative', title: sweep.x.title },
        { field: sweep.y.field, type: 'quantitative', title: sweep.y.title, format: '.4~g' },
      ],
    },
    config: CHART_CONFIG,
  };
}
