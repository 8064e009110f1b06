/**
 * Where the power goes over the year: daily mean power of IT, cooling,
 * power-chain losses and misc, stacked, one panel per design (same y scale, so
 * panels compare directly).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { HourlyTable } from '../../sim/types/hourly.js';
import { kWFromW } from '../../sim/units.js';
import { roundSignificant } from '../format.js';
import { dailyMeans, daysOf, sumSeries } from './aggregate.js';
import {
  CHART_CONFIG,
  CHART_WIDTH,
  COMPONENT_GROUPS,
  FACET_HEIGHT,
  MONTH_START_DAYS,
  VEGA_LITE_SCHEMA,
  designRowFacet,
  monthLabelExpr,
} from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export function powerBreakdownChart(table: HourlyTable, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
  const label = (category: string) => c.groups[category] ?? category;
  const days = daysOf(table);
  const values: { design: string; day: number; group: string; order: number; powerKW: number }[] = [];
  for (const design of table.designs) {
    COMPONENT_GROUPS.forEach(({ category }, order) => {
      const keys = Object.keys(design.componentPowerW).filter((k) => design.componentCategory[k] === category);
      const groupW = sumSeries(keys.map((k) => design.componentPowerW[k]), table.hours);
      dailyMeans(days, groupW).forEach((meanW, d) => {
        values.push({ design: design.id, day: days.dayOfYear[d], group: label(category), order, powerKW: roundSignificant(kWFromW(meanW), 5) });
      });
    });
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: c.powerBreakdown.title,
      subtitle: c.powerBreakdown.subtitle,
    },
    description: c.powerBreakdown.description(table.designs.map((d) => d.id).join(', ')),
    data: { values },
    mark: { type: 'area', tooltip: true, interpolate: 'step-after' },
    width: CHART_WIDTH,
    height: FACET_HEIGHT,
    encoding: {
      row: designRowFacet(table.designs.map((d) => d.id)),
      x: {
        field: 'day',
        type: 'quantitative',
        title: c.dayOfYear,
        scale: { domain: [1, 366], nice: false },
        axis: { values: MONTH_START_DAYS, labelExpr: monthLabelExpr(c.months) },
      },
      y: { field: 'powerKW', type: 'quantitative', stack: 'zero', title: c.powerBreakdown.power },
      color: {
        field: 'group',
        type: 'nominal',
        title: c.powerBreakdown.group,
        scale: { domain: COMPONENT_GROUPS.map((g) => label(g.category)), range: COMPONENT_GROUPS.map((g) => g.color) },
        legend: { orient: 'top' },
      },
      order: { field: 'order', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'design', type: 'nominal', title: c.design },
        { field: 'day', type: 'quantitative', title: c.dayOfYear },
        { field: 'group', type: 'nominal', title: c.powerBreakdown.groupShort },
        { field: 'powerKW', type: 'quantitative', title: c.powerBreakdown.powerTip, format: ',.1f' },
      ],
    },
    config: CHART_CONFIG,
  };
}
