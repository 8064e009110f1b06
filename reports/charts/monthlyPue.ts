/**
 * Monthly PUE per design, side by side: bars rise from PUE 1 (no overhead), so
 * a bar's height is the facility overhead per unit of IT energy that month.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../sim/types/summary.js';
import { formatRatio, roundSignificant } from '../format.js';
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, VEGA_LITE_SCHEMA, designColorEncoding } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export function monthlyPueChart(summary: Summary, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
  const MONTHS = c.months;
  const ids = summary.designs.map((d) => d.id);
  const values = summary.designs.flatMap((d) =>
    d.metrics.monthlyPue.map((pue, i) => ({ design: d.id, month: MONTHS[i], pue: roundSignificant(pue, 5) })),
  );
  const ranges = summary.designs.map((d) => {
    const finite = d.metrics.monthlyPue.filter(Number.isFinite);
    return c.monthlyPue.range(d.id, formatRatio(Math.min(...finite)), formatRatio(Math.max(...finite)));
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: c.monthlyPue.title,
      subtitle: c.monthlyPue.subtitle,
    },
    description: c.monthlyPue.description(String(ids.length), ranges.join('; ')),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: MONTHS, title: c.month, axis: { labelAngle: 0 } },
      xOffset: { field: 'design', type: 'nominal', sort: ids },
      y: { field: 'pue', type: 'quantitative', title: c.pueAxis, scale: { zero: false } },
      y2: { datum: 1 },
      color: designColorEncoding(ids, c.design),
      tooltip: [
        { field: 'design', type: 'nominal', title: c.design },
        { field: 'month', type: 'ordinal', title: c.month },
        { field: 'pue', type: 'quantitative', title: c.pueAxis, format: '.3f' },
      ],
    },
    config: CHART_CONFIG,
  };
}
