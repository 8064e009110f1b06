/**
 * Hourly PUE as a day-of-year x hour-of-day heatmap, one row per design: shows
 * at a glance when (season, time of day) the overhead is high. One cell per
 * hour (8760 per design); marks carry no per-cell ARIA labels to keep the SVG small.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { HourlyTable } from '../../sim/types/hourly.js';
import { roundSignificant } from '../format.js';
import { dayOfYear } from './aggregate.js';
import { CHART_CONFIG, CHART_WIDTH, MONTH_START_DAYS, VEGA_LITE_SCHEMA, designRowFacet, monthLabelExpr } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export function pueHeatmapChart(table: HourlyTable, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
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
      text: c.pueHeatmap.title,
      subtitle: c.pueHeatmap.subtitle,
    },
    description: c.pueHeatmap.description(table.designs.map((d) => d.id).join(', ')),
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
        title: c.dayOfYear,
        axis: { values: MONTH_START_DAYS, labelExpr: monthLabelExpr(c.months), labelAngle: 0, ticks: false },
      },
      y: {
        field: 'hour',
        type: 'ordinal',
        scale: { domain: Array.from({ length: 24 }, (_, i) => i) },
        title: c.hourOfDay,
        axis: { values: [0, 6, 12, 18] },
      },
      color: {
        field: 'pue',
        type: 'quantitative',
        title: c.pueAxis,
        scale: { scheme: 'yelloworangered' },
        legend: { orient: 'right', format: '.2f' },
      },
      tooltip: [
        { field: 'design', type: 'nominal', title: c.design },
        { field: 'day', type: 'ordinal', title: c.dayOfYear },
        { field: 'hour', type: 'ordinal', title: c.hourOfDay },
        { field: 'pue', type: 'quantitative', title: c.pueAxis, format: '.3f' },
      ],
    },
    config: CHART_CONFIG,
  };
}
