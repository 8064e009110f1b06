/**
 * Monthly PUE per design, side by side: bars rise from PUE 1 (no overhead), so
 * a bar's height is the facility overhead per unit of IT energy that month.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../sim/types/summary.js';
import { formatRatio, roundSignificant } from '../format.js';
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, MONTHS, VEGA_LITE_SCHEMA, designColorEncoding } from './theme.js';

export const MONTHLY_PUE_TITLE = 'Monthly PUE per design';

export function monthlyPueChart(summary: Summary): TopLevelSpec {
  const ids = summary.designs.map((d) => d.id);
  const values = summary.designs.flatMap((d) =>
    d.metrics.monthlyPue.map((pue, i) => ({ design: d.id, month: MONTHS[i], pue: roundSignificant(pue, 5) })),
  );
  const ranges = summary.designs.map((d) => {
    const finite = d.metrics.monthlyPue.filter(Number.isFinite);
    return `${d.id} from ${formatRatio(Math.min(...finite))} to ${formatRatio(Math.max(...finite))}`;
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: MONTHLY_PUE_TITLE,
      subtitle: 'Facility energy / IT energy in each month (ISO/IEC 30134-2 energy ratio); bars start at PUE 1',
    },
    description: `Grouped bar chart of monthly PUE for ${ids.length} designs. Monthly PUE ranges: ${ranges.join('; ')}.`,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: MONTHS, title: 'Month', axis: { labelAngle: 0 } },
      xOffset: { field: 'design', type: 'nominal', sort: ids },
      y: { field: 'pue', type: 'quantitative', title: 'PUE (-)', scale: { zero: false } },
      y2: { datum: 1 },
      color: designColorEncoding(ids),
      tooltip: [
        { field: 'design', type: 'nominal', title: 'Design' },
        { field: 'month', type: 'ordinal', title: 'Month' },
        { field: 'pue', type: 'quantitative', title: 'PUE (-)', format: '.3f' },
      ],
    },
    config: CHART_CONFIG,
  };
}
