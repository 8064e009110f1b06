/**
 * The scripted failure episode minute by minute (summary.json designs[i].resilience.scripted.timeline), x in
 * minutes from the event. Top: room (server inlet) air and coolant supply temperatures of every design (colour:
 * design; dash: loop), with the loops' allowable (throttle) and shutdown limits as grey rules. Bottom, a row per
 * design: cooling capacity in service per loop (share of the capacity the heat needs now, capped at 1) and the IT
 * load against its unthrottled draw, 0-1. Built only when some design has a scripted timeline.
 */
import { episodeWords } from '../resilienceEvents.js';
import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../sim/types/summary.js';
import { formatNumber } from '../format.js';
import { CHART_CONFIG, CHART_WIDTH, CHART_HEIGHT, VEGA_LITE_SCHEMA, designColorEncoding, designRowFacet } from './theme.js';
import { fractionPoints, limitRules, minutesExtent, temperaturePoints, timelineDesigns, type FractionSeries, type TemperatureSeries } from './resilienceTimelineData.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

/** Height of one design's capacity and load row, px. */
const ROW_HEIGHT = 70;
/** Tick spacings of the minutes axis, min: the first that gives at most 20 ticks. */
const TICK_STEPS_MIN = [10, 15, 30, 60, 120, 240, 360, 720, 1440];

/** Multiples of a round number of minutes across [fromMin, toMin]: whole hours and half hours read at a glance. */
export function minuteTicks(fromMin: number, toMin: number): number[] {
  const step = TICK_STEPS_MIN.find((s) => (toMin - fromMin) / s <= 20) ?? Math.ceil((toMin - fromMin) / 20 / 1440) * 1440;
  const out: number[] = [];
  for (let m = Math.ceil(fromMin / step) * step; m <= toMin; m += step) out.push(m);
  return out;
}
/** Dash patterns by series: solid for the room air and the IT load, dashed for the liquid loop and capacities. */
const DASHES: Record<TemperatureSeries | FractionSeries, number[]> = { air: [1, 0], liquid: [6, 3], airCapacity: [2, 2], liquidCapacity: [6, 3], itLoad: [1, 0] };

export function resilienceTimelineChart(summary: Summary, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
  const w = messages(lang).resilience.chart;
  const designs = timelineDesigns(summary.designs);
  const ids = designs.map((d) => d.id);
  const label = episodeWords(designs[0].resilience.scripted!.timeline.events, lang);
  const [fromMin, toMin] = minutesExtent(summary.designs);
  const named = <S extends string>(series: S[]) => series.map((s) => w.seriesNames[s as keyof typeof w.seriesNames]);
  const rename = (rows: { series: string }[]) => rows.map((r) => ({ ...r, series: w.seriesNames[r.series as keyof typeof w.seriesNames] }));
  const tempSeries: TemperatureSeries[] = designs.some((d) => d.resilience.scripted!.timeline.liquidC) ? ['air', 'liquid'] : ['air'];
  const fracSeries: FractionSeries[] = designs.some((d) => d.resilience.scripted!.timeline.liquidCapacity) ? ['airCapacity', 'liquidCapacity', 'itLoad'] : ['airCapacity', 'itLoad'];
  const rules = limitRules(summary.designs).map((r) => ({ tempC: r.tempC, minutes: toMin, limit: `${r.names.map((n) => w.limitNames[n]).join(', ')} ${formatNumber(r.tempC, 1)} °C` }));
  const x = { field: 'minutes', type: 'quantitative' as const, title: w.minutesAxis, scale: { domain: [fromMin, toMin], nice: false }, axis: { values: minuteTicks(fromMin, toMin) } };
  const color = designColorEncoding(ids, c.design);
  const dash = (series: (TemperatureSeries | FractionSeries)[]) => ({
    field: 'series', type: 'nominal' as const, title: w.series,
    scale: { domain: named(series), range: series.map((s) => DASHES[s]) }, legend: { orient: 'top' as const, labelLimit: 260 },
  });
  const tooltip = (valueTitle: string, format: string) => [
    { field: 'design', type: 'nominal' as const, title: c.design },
    { field: 'series', type: 'nominal' as const, title: w.series },
    { field: 'minutes', type: 'quantitative' as const, title: w.minutesAxis, format: '.0f' },
    { field: 'value', type: 'quantitative' as const, title: valueTitle, format },
  ];
  const items = designs.map((d) => {
    const t = d.resilience.scripted!.timeline;
    const peak = (v: number[]) => formatNumber(Math.max(...v.filter(Number.isFinite)), 1);
    return w.item(d.id, peak(t.airC), t.liquidC ? peak(t.liquidC) : '', formatNumber(Math.min(...t.itLoad), 2));
  });
  const temperatures = {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    layer: [
      {
        // The event: minute 0.
        data: { values: [{ minutes: 0 }] },
        mark: { type: 'rule' as const, color: '#888' },
        encoding: { x: { ...x, title: null } },
      },
      {
        data: { values: rules },
        mark: { type: 'rule' as const, color: '#888', strokeDash: [3, 3] },
        encoding: { y: { field: 'tempC', type: 'quantitative' as const, title: w.temperatureAxis }, tooltip: [{ field: 'limit', type: 'nominal' as const, title: w.limit }] },
      },
      {
        data: { values: rules },
        mark: { type: 'text' as const, align: 'right' as const, baseline: 'bottom' as const, dy: -2, color: '#555', fontSize: 10 },
        encoding: { x: { ...x, title: null }, y: { field: 'tempC', type: 'quantitative' as const, title: w.temperatureAxis }, text: { field: 'limit', type: 'nominal' as const } },
      },
      {
        data: { values: rename(temperaturePoints(summary.designs)) },
        mark: { type: 'line' as const, tooltip: true, interpolate: 'linear' as const },
        encoding: {
          x: { ...x, axis: { ...x.axis, labels: false, ticks: false }, title: null },
          y: { field: 'value', type: 'quantitative' as const, title: w.temperatureAxis, scale: { zero: false } },
          color, strokeDash: dash(tempSeries), tooltip: tooltip(w.temperatureAxis, '.1f'),
        },
      },
    ],
  };
  const fractions = {
    data: { values: rename(fractionPoints(summary.designs)) },
    facet: { row: designRowFacet(ids) },
    spec: {
      width: CHART_WIDTH,
      height: ROW_HEIGHT,
      mark: { type: 'line' as const, tooltip: true, interpolate: 'linear' as const },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative' as const, title: w.fractionAxis, scale: { domain: [0, 1.05] }, axis: { values: [0, 0.5, 1] } },
        color, strokeDash: dash(fracSeries), tooltip: tooltip(w.fractionAxis, '.2f'),
      },
    },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: w.title, subtitle: w.subtitle(label) },
    description: w.description(String(ids.length), label, items.join('; ')),
    vconcat: [temperatures, fractions],
    resolve: { scale: { strokeDash: 'independent', x: 'shared' }, legend: { strokeDash: 'independent' } },
    config: CHART_CONFIG,
  };
}
