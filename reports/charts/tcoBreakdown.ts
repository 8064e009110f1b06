/**
 * Total cost of ownership per design as stacked horizontal bars of its present
 * value lines (capex items, energy, water, maintenance, ...). Only designs with
 * a TCO are shown.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../sim/types/summary.js';
import { formatMoney, roundSignificant } from '../format.js';
import { CHART_CONFIG, CHART_WIDTH, VEGA_LITE_SCHEMA } from './theme.js';

export const TCO_BREAKDOWN_TITLE = 'Total cost of ownership by cost line';

/** Cost lines in first-seen order over the designs (a stable stacking and legend order). */
export function costLines(summary: Summary): string[] {
  const lines: string[] = [];
  for (const d of summary.designs) for (const line of Object.keys(d.tco?.lines ?? {})) if (!lines.includes(line)) lines.push(line);
  return lines;
}

export function tcoBreakdownChart(summary: Summary): TopLevelSpec {
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
      text: TCO_BREAKDOWN_TITLE,
      subtitle: `Present value over ${tco?.horizonYears ?? '?'} years at a ${roundSignificant((tco?.discountRate ?? 0) * 100, 3)} % discount rate, ${currency}`,
    },
    description: `Stacked bar chart of the total cost of ownership of each design by cost line. Totals: ${totals}.`,
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
        title: `Present value (${currency})`,
        axis: { format: '~s' },
      },
      color: { field: 'line', type: 'nominal', title: 'Cost line', sort: lines, scale: { scheme: 'tableau10' }, legend: { orient: 'bottom', columns: 4 } },
      order: { field: 'order', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'design', type: 'nominal', title: 'Design' },
        { field: 'line', type: 'nominal', title: 'Cost line' },
        { field: 'cost', type: 'quantitative', title: `Present value (${currency})`, format: ',.0f' },
      ],
    },
    config: CHART_CONFIG,
  };
}
