/**
 * Hourly PUE as a day-of-year x hour-of-day heatmap, one row per design: shows
 * at a glance when (season, time of day) the overhead is high. One cell per
 * hour (8760 per design); marks carry no per-cell ARIA labels to keep the SVG small.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { HourlyTable } from '../../sim/types/hourly.js';
import { roundSignificant } from '../format.js';
import { dayOfYear } from './aggregate.js';
import { CHART_CONFIG, CHART_WIDTH, MONTH_LABEL_EXPR, MONTH_START_DAYS, VEGA_LITE_SCHEMA, designRowFacet } from './theme.js';

export const PUE_HEATMAP_TITLE = 'Hourly PUE through the year';

export function pueHeatmapChart(table: HourlyTable): TopLevelSpec {
  const values: { design: string; day: number; hour: number; pue: number }[] = [];
  for (const design of table.designs) {
    for (let h = 0; h < table.hours; h++) {
      const itW = design.itPowerW[h];
      if (!(itW > 0)) continue; // PUE is undefined in an hour without IT load
      values.push({
        design: design.id,
        day: dayOfYear(table.month[h], table.day[h]),
        hour: table.hourOfDay[h],
        pue: roundSignificant(design.facilityPowerW[h] / itW, 4),
      });
    }
  }
  const days = [...new Set(values.map((v) => v.day))].sort((a, b) => a - b);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: PUE_HEATMAP_TITLE,
      subtitle: 'Each cell is one hour (local standard time): facility power / IT power; darker is more overhead',
    },
    description:
      `Heatmap of hourly PUE for ${table.designs.map((d) => d.id).join(', ')}: ` +
      'day of the year on the horizontal axis, hour of the day on the vertical axis, colour is PUE.',
    data: { values },
    mark: { type: 'rect', aria: false },
    width: { step: CHART_WIDTH / 365 },
    height: 24 * 5,
    encoding: {
      row: designRowFacet(table.designs.map((d) => d.id)),
      x: {
        field: 'day',
        type: 'ordinal',
        scale: { domain: days },
        title: 'Day of year',
        axis: { values: MONTH_START_DAYS, labelExpr: MONTH_LABEL_EXPR, labelAngle: 0, ticks: false },
      },
      y: {
        field: 'hour',
        type: 'ordinal',
        scale: { domain: Array.from({ length: 24 }, (_, i) => i) },
        title: 'Hour of day',
        axis: { values: [0, 6, 12, 18] },
      },
      color: {
        field: 'pue',
        type: 'quantitative',
        title: 'PUE (-)',
        scale: { scheme: 'yelloworangered' },
        legend: { orient: 'right', format: '.2f' },
      },
      tooltip: [
        { field: 'design', type: 'nominal', title: 'Design' },
        { field: 'day', type: 'ordinal', title: 'Day of year' },
        { field: 'hour', type: 'ordinal', title: 'Hour of day' },
        { field: 'pue', type: 'quantitative', title: 'PUE (-)', format: '.3f' },
      ],
    },
    config: CHART_CONFIG,
  };
}
