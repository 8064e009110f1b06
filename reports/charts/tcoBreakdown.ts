/**
 * Total cost of ownership per design as stacked horizontal bars of its present
 * value lines (capex items, energy, water, maintenance, ...). Only designs with
 * a TCO are shown.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../sim/types/summary.js';
import { formatMoney, roundSignificant } from '../format.js';
import { CHART_CONFIG, CHART_WIDTH, VEGA_LITE_SCHEMA } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

/** Cost lines in first-seen order over the designs (a stable stacking and legend order). */
export function costLines(summary: Summary): string[] {
  const lines: string[] = [];
  for (const d of summary.designs) for (const line of Object.keys(d.tco?.lines ?? {})) if (!lines.includes(line)) lines.push(line);
  return lines;
}

export function tcoBreakdownChart(summary: Summary, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
  const designs = summary.designs.filter((d) => d.tco);
  const tco = designs[0]?.tco;
  const currency = tco?.currency ?? '';
  const lines = costLines(summary);
  const values = designs.flatMap((d) =>
    lines
      .filter((line) => d.tco!.lines[line] !== undefined)
      .map((line) => ({ design: d.id, line, order: lines.indexOf(line), cost: roundSignificant(d.tco!.lines[line], 6) })),
  );
  const totals = designs.map((d) => `${d.id} ${formatMoney(d.tco!.total, currency)}`).join(', ');
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: c.tcoBreakdown.title,
      subtitle: c.tcoBreakdown.subtitle(String(tco?.horizonYears ?? '?'), String(roundSignificant((tco?.discountRate ?? 0) * 100, 3)), currency),
    },
    description: c.tcoBreakdown.description(totals),
    width: CHART_WIDTH,
    height: { step: 36 },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'design', type: 'nominal', sort: designs.map((d) => d.id), title: null },
      x: {
        field: 'cost',
        type: 'quantitative',
        stack: 'zero',
        title: c.tcoBreakdown.presentValue(currency),
        axis: { format: '~s' },
      },
      color: { field: 'line', type: 'nominal', title: c.tcoBreakdown.line, sort: lines, scale: { scheme: 'tableau10' }, legend: { orient: 'bottom', columns: 4 } },
      order: { field: 'order', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'design', type: 'nominal', title: c.design },
        { field: 'line', type: 'nominal', title: c.tcoBreakdown.line },
        { field: 'cost', type: 'quantitative', title: c.tcoBreakdown.presentValue(currency), format: ',.0f' },
      ],
    },
    config: CHART_CONFIG,
  };
}
