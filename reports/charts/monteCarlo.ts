/**
 * Monte Carlo TCO distributions: a density curve of each design's sampled
 * totals (Vega-Lite's KDE transform) with its p10, p50 and p90 marked, so the
 * spread and the overlap between designs are visible.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { MonteCarloDesign } from '../run.js';
import { formatMoney, roundSignificant } from '../format.js';
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, VEGA_LITE_SCHEMA, designColorEncoding } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

/** Quantile by linear interpolation between order statistics (type 7, the R and NumPy default). */
export function quantile(sorted: number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
}

export function monteCarloChart(samples: MonteCarloDesign[], currency: string, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
  const ids = samples.map((s) => s.design);
  const values = samples.flatMap((s) => s.totals.map((total) => ({ design: s.design, total: roundSignificant(total, 6) })));
  const percentiles = samples.flatMap((s) => {
    const sorted = [...s.totals].sort((a, b) => a - b);
    return [0.1, 0.5, 0.9].map((p) => ({ design: s.design, percentile: `p${p * 100}`, total: roundSignificant(quantile(sorted, p), 6) }));
  });
  const medians = percentiles
    .filter((p) => p.percentile === 'p50')
    .map((p) => `${p.design} ${formatMoney(p.total, currency)}`)
    .join(', ');
  const x = { field: 'total', type: 'quantitative' as const, title: c.monteCarlo.x(currency), axis: { format: '~s' }, scale: { zero: false } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: c.monteCarlo.title, subtitle: c.monteCarlo.subtitle(String(samples[0]?.totals.length ?? 0)) },
    description: c.monteCarlo.description(ids.join(', '), medians),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    layer: [
      {
        data: { values },
        transform: [{ density: 'total', groupby: ['design'] }],
        mark: { type: 'area', opacity: 0.35, line: true },
        encoding: {
          x: { ...x, field: 'value' },
          y: { field: 'density', type: 'quantitative', title: c.monteCarlo.likelihood, stack: null, axis: { labels: false, ticks: false } },
          color: designColorEncoding(ids, c.design),
        },
      },
      {
        data: { values: percentiles },
        mark: { type: 'tick', thickness: 2, size: 18, tooltip: true },
        encoding: {
          x,
          color: designColorEncoding(ids, c.design),
          tooltip: [
            { field: 'design', type: 'nominal', title: c.design },
            { field: 'percentile', type: 'nominal', title: c.monteCarlo.percentile },
            { field: 'total', type: 'quantitative', title: c.monteCarlo.tco(currency), format: ',.0f' },
          ],
        },
      },
    ],
    config: CHART_CONFIG,
  };
}
