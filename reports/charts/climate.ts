/**
 * The site's climate by month: range (min to max) and mean of dry- and
 * wet-bulb temperature, with a rule per design at the lowest wet bulb in which
 * its chiller ran (below it, the year's hours were all free cooling). The
 * threshold is read from the run's hours, not assumed.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { HourlyTable } from '../../sim/types/hourly.js';
import { formatTempC, roundSignificant } from '../format.js';
import { monthlyRange } from './aggregate.js';
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, VEGA_LITE_SCHEMA } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

/** Per design, the lowest outdoor wet bulb of an hour with the chiller on (absent if it never ran). */
export function chillerThresholds(table: HourlyTable): { design: string; wetBulbC: number }[] {
  const out: { design: string; wetBulbC: number }[] = [];
  for (const design of table.designs) {
    let lowestC = Infinity;
    for (let h = 0; h < table.hours; h++) if (design.chillerOn[h]) lowestC = Math.min(lowestC, table.wetBulbC[h]);
    if (Number.isFinite(lowestC)) out.push({ design: design.id, wetBulbC: lowestC });
  }
  return out;
}

export function climateChart(table: HourlyTable, weather: string, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
  const MONTHS = c.months;
  const SERIES = [
    { name: c.climate.dryBulb, color: '#D95F02' },
    { name: c.climate.wetBulb, color: '#1B9E77' },
  ];
  const values = [
    ...monthlyRange(table, table.dryBulbC).map((r) => ({ series: SERIES[0].name, ...r })),
    ...monthlyRange(table, table.wetBulbC).map((r) => ({ series: SERIES[1].name, ...r })),
  ].map((r) => ({
    series: r.series,
    month: MONTHS[r.month - 1],
    minC: roundSignificant(r.min, 4),
    meanC: roundSignificant(r.mean, 4),
    maxC: roundSignificant(r.max, 4),
  }));
  const thresholds = chillerThresholds(table).map((t) => ({
    design: t.design,
    wetBulbC: roundSignificant(t.wetBulbC, 4),
    label: c.climate.chillerFrom(t.design, formatTempC(t.wetBulbC)),
  }));
  const x = { field: 'month', type: 'ordinal' as const, sort: MONTHS, title: c.month, axis: { labelAngle: 0 } };
  const color = {
    field: 'series',
    type: 'nominal' as const,
    title: c.climate.temperature,
    scale: { domain: SERIES.map((s) => s.name), range: SERIES.map((s) => s.color) },
    legend: { orient: 'top' as const },
  };
  const thresholdText = thresholds.length
    ? c.climate.thresholds(thresholds.map((t) => t.label).join('; '))
    : c.climate.noChiller;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: c.climate.title, subtitle: [c.climate.subtitle(weather), thresholdText] },
    description: c.climate.description(weather, thresholdText),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    layer: [
      {
        data: { values },
        layer: [
          {
            mark: { type: 'bar', opacity: 0.45, tooltip: true },
            encoding: {
              x,
              xOffset: { field: 'series', type: 'nominal', sort: SERIES.map((s) => s.name) },
              y: { field: 'minC', type: 'quantitative', title: c.climate.temperatureAxis },
              y2: { field: 'maxC' },
              color,
              tooltip: [
                { field: 'series', type: 'nominal', title: c.climate.series },
                { field: 'month', type: 'ordinal', title: c.month },
                { field: 'minC', type: 'quantitative', title: c.climate.min, format: '.1f' },
                { field: 'meanC', type: 'quantitative', title: c.climate.mean, format: '.1f' },
                { field: 'maxC', type: 'quantitative', title: c.climate.max, format: '.1f' },
              ],
            },
          },
          {
            mark: { type: 'tick', thickness: 2 },
            encoding: {
              x,
              xOffset: { field: 'series', type: 'nominal', sort: SERIES.map((s) => s.name) },
              y: { field: 'meanC', type: 'quantitative' },
              color,
            },
          },
        ],
      },
      ...(thresholds.length === 0 ? [] : [{
        data: { values: thresholds },
        layer: [
          { mark: { type: 'rule' as const, strokeDash: [6, 4], color: '#333' }, encoding: { y: { field: 'wetBulbC', type: 'quantitative' as const } } },
          {
            mark: { type: 'text' as const, align: 'right' as const, dy: -6, x: 'width' as const, color: '#333', fontSize: 11 },
            encoding: { y: { field: 'wetBulbC', type: 'quantitative' as const }, text: { field: 'label', type: 'nominal' as const } },
          },
        ],
      }]),
    ],
    config: CHART_CONFIG,
  };
}
