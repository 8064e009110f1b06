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
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, MONTHS, VEGA_LITE_SCHEMA } from './theme.js';

export const CLIMATE_TITLE = 'Climate: monthly dry- and wet-bulb temperature';

const SERIES = [
  { name: 'Dry bulb', color: '#D95F02' },
  { name: 'Wet bulb', color: '#1B9E77' },
];

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

export function climateChart(table: HourlyTable, weather: string): TopLevelSpec {
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
    label: `${t.design}: chiller ran from ${formatTempC(t.wetBulbC)} wet bulb`,
  }));
  const x = { field: 'month', type: 'ordinal' as const, sort: MONTHS, title: 'Month', axis: { labelAngle: 0 } };
  const color = {
    field: 'series',
    type: 'nominal' as const,
    title: 'Temperature',
    scale: { domain: SERIES.map((s) => s.name), range: SERIES.map((s) => s.color) },
    legend: { orient: 'top' as const },
  };
  const thresholdText = thresholds.length
    ? `Dashed lines: lowest wet bulb with a chiller running (${thresholds.map((t) => t.label).join('; ')})`
    : 'No design ran a chiller: every hour was free cooling';
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: CLIMATE_TITLE, subtitle: [`Weather: ${weather}; bars span each month's hourly min to max, ticks mark the mean`, thresholdText] },
    description: `Monthly ranges of outdoor dry-bulb and wet-bulb temperature at ${weather}. ${thresholdText}.`,
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
              y: { field: 'minC', type: 'quantitative', title: 'Temperature (°C)' },
              y2: { field: 'maxC' },
              color,
              tooltip: [
                { field: 'series', type: 'nominal', title: 'Series' },
                { field: 'month', type: 'ordinal', title: 'Month' },
                { field: 'minC', type: 'quantitative', title: 'Min (°C)', format: '.1f' },
                { field: 'meanC', type: 'quantitative', title: 'Mean (°C)', format: '.1f' },
                { field: 'maxC', type: 'quantitative', title: 'Max (°C)', format: '.1f' },
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
