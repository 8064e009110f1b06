/**
 * The XPU pool per node group, for each design with several groups: left, allocation (share of installed
 * GPU-hours held by jobs); right, IT energy of the group's nodes per GPU-hour allocated (idle share included).
 * A group that sits idle shows a low bar on the left and a high one on the right. Designs side by side per group.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../sim/types/summary.js';
import { formatNumber, formatPercent, roundSignificant } from '../format.js';
import { poolDesigns } from '../poolRows.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, designColorEncoding } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

/** Width of each of the two panels, px (together about one chart's width). */
const PANEL_WIDTH = 330;
/** Height per group row, px. */
const ROW_HEIGHT = 34;

export function poolGroupsChart(summary: Summary, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
  const w = messages(lang).pool.chart;
  const designs = poolDesigns(summary.designs);
  const ids = designs.map((d) => d.id);
  const groups = [...new Set(designs.flatMap((d) => d.jobs.groups!.map((g) => g.id)))];
  const values = designs.flatMap((d) => d.jobs.groups!.map((g) => ({
    design: d.id,
    group: g.id,
    allocationPct: roundSignificant(g.allocation * 100, 5),
    perGpuHourKWh: g.energyPerGpuHourKWh === null ? null : roundSignificant(g.energyPerGpuHourKWh, 5),
  })));
  const items = designs.flatMap((d) => d.jobs.groups!.map((g) =>
    w.groupItem(ids.length > 1 ? `${d.id}/${g.id}` : g.id, formatPercent(g.allocation), g.energyPerGpuHourKWh === null ? '—' : formatNumber(g.energyPerGpuHourKWh, 3))));
  const panel = (field: string, title: string, format: string) => ({
    width: PANEL_WIDTH,
    height: ROW_HEIGHT * groups.length,
    mark: { type: 'bar' as const, tooltip: true },
    encoding: {
      y: { field: 'group', type: 'nominal' as const, sort: groups, title: w.group },
      yOffset: { field: 'design', type: 'nominal' as const, sort: ids },
      x: { field, type: 'quantitative' as const, title },
      color: designColorEncoding(ids, c.design),
      tooltip: [
        { field: 'design', type: 'nominal' as const, title: c.design },
        { field: 'group', type: 'nominal' as const, title: w.group },
        { field, type: 'quantitative' as const, title, format },
      ],
    },
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: w.title, subtitle: w.subtitle },
    description: w.description(String(ids.length), items.join('; ')),
    data: { values },
    hconcat: [panel('allocationPct', w.allocationAxis, '.1f'), panel('perGpuHourKWh', w.perGpuHourAxis, '.3f')],
    config: CHART_CONFIG,
  };
}
