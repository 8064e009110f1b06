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
  MONTH_LABEL_EXPR,
  MONTH_START_DAYS,
  VEGA_LITE_SCHEMA,
  designRowFacet,
} from './theme.js';

export const POWER_BREAKDOWN_TITLE = 'Where the power goes: daily mean by component group';

export function powerBreakdownChart(table: HourlyTable): TopLevelSpec {
  const days = daysOf(table);
  const values: { design: string; day: number; group: string; order: number; powerKW: number }[] = [];
  for (const design of table.designs) {
    COMPONENT_GROUPS.forEach(({ category, label }, order) => {
      const keys = Object.keys(design.componentPowerW).filter((k) => design.componentCategory[k] === category);
      const groupW = sumSeries(keys.map((k) => design.componentPowerW[k]), table.hours);
      dailyMeans(days, groupW).forEach((meanW, d) => {
        values.push({ design: design.id, day: days.dayOfYear[d], group: label, order, powerKW: roundSignificant(kWFromW(meanW), 5) });
      });
    });
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: POWER_BREAKDOWN_TITLE,
      subtitle: 'Stacked daily means; the top edge is facility power, the blue base is IT power',
    },
    description:
      `Stacked area charts, one per design (${table.designs.map((d) => d.id).join(', ')}), of daily mean power in kW ` +
      'by group: IT, cooling, power-chain losses, lighting and misc.',
    data: { values },
    mark: { type: 'area', tooltip: true, interpolate: 'step-after' },
    width: CHART_WIDTH,
    height: FACET_HEIGHT,
    encoding: {
      row: designRowFacet(table.designs.map((d) => d.id)),
      x: {
        field: 'day',
        type: 'quantitative',
        title: 'Day of year',
        scale: { domain: [1, 366], nice: false },
        axis: { values: MONTH_START_DAYS, labelExpr: MONTH_LABEL_EXPR },
      },
      y: { field: 'powerKW', type: 'quantitative', stack: 'zero', title: 'Power (kW, daily mean)' },
      color: {
        field: 'group',
        type: 'nominal',
        title: 'Component group',
        scale: { domain: COMPONENT_GROUPS.map((g) => g.label), range: COMPONENT_GROUPS.map((g) => g.color) },
        legend: { orient: 'top' },
      },
      order: { field: 'order', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'design', type: 'nominal', title: 'Design' },
        { field: 'day', type: 'quantitative', title: 'Day of year' },
        { field: 'group', type: 'nominal', title: 'Group' },
        { field: 'powerKW', type: 'quantitative', title: 'Power (kW)', format: ',.1f' },
      ],
    },
    config: CHART_CONFIG,
  };
}
