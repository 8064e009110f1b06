/**
 * Cumulative discounted cost over the TCO horizon per design, and where a
 * design with a higher first cost catches up with the first design (payback).
 *
 * Equation:
 *   cumulative(t) = sum over y = 0..t of cashFlows[y] / (1 + discountRate)^y   (year 0 = capex, undiscounted)
 *   payback: the t where cumulative_a(t) - cumulative_b(t) changes sign, interpolated linearly between year ends
 *   (opex taken as spread evenly over each year, the usual simple-payback reading).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { DesignSummary, Summary } from '../../sim/types/summary.js';
import { formatNumber, roundSignificant } from '../format.js';
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, VEGA_LITE_SCHEMA, designColorEncoding } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

/** Cumulative present value of the cash flows at the end of each year 0..n. */
export function cumulativeDiscountedCost(cashFlows: number[], discountRate: number): number[] {
  let total = 0;
  return cashFlows.map((flow, year) => (total += flow / (1 + discountRate) ** year));
}

export interface Payback {
  /** The design with the higher first cost that catches up. */
  premium: string;
  /** The design it catches up with. */
  versus: string;
  years: number;
  /** Cumulative discounted cost at the crossing. */
  cost: number;
}

/** Years until the design with the higher year-0 cost of `a` and `b` becomes the cheaper one, or undefined. */
export function paybackBetween(a: DesignSummary, b: DesignSummary): Payback | undefined {
  if (!a.tco || !b.tco) return undefined;
  const ca = cumulativeDiscountedCost(a.tco.cashFlows, a.tco.discountRate);
  const cb = cumulativeDiscountedCost(b.tco.cashFlows, b.tco.discountRate);
  const [premium, versus, cp, cv] = ca[0] >= cb[0] ? [a, b, ca, cb] : [b, a, cb, ca];
  for (let year = 1; year < Math.min(cp.length, cv.length); year++) {
    const before = cp[year - 1] - cv[year - 1];
    const after = cp[year] - cv[year];
    if (before > 0 && after <= 0) {
      const fraction = before / (before - after);
      const cost = cp[year - 1] + fraction * (cp[year] - cp[year - 1]);
      return { premium: premium.id, versus: versus.id, years: year - 1 + fraction, cost };
    }
  }
  return undefined;
}

export function cumulativeCostChart(summary: Summary, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const all = messages(lang);
  const c = all.charts;
  const designs = summary.designs.filter((d) => d.tco);
  const ids = designs.map((d) => d.id);
  const currency = designs[0]?.tco?.currency ?? '';
  const values = designs.flatMap((d) =>
    cumulativeDiscountedCost(d.tco!.cashFlows, d.tco!.discountRate).map((cost, year) => ({
      design: d.id,
      year,
      cost: roundSignificant(cost, 6),
    })),
  );
  const paybacks = designs
    .slice(1)
    .map((d) => paybackBetween(d, designs[0]))
    .filter((p): p is Payback => p !== undefined)
    .map((p) => ({ ...p, years: roundSignificant(p.years, 4), cost: roundSignificant(p.cost, 6), label: c.cumulativeCost.paysBack(p.premium, p.versus, all.years(formatNumber(p.years, 1))) }));
  const paybackText = paybacks.length
    ? paybacks.map((p) => p.label).join('; ')
    : c.cumulativeCost.noPayback;
  const x = { field: 'year', type: 'quantitative' as const, title: c.cumulativeCost.x, axis: { tickMinStep: 1 } };
  const y = { field: 'cost', type: 'quantitative' as const, title: c.cumulativeCost.y(currency), axis: { format: '~s' }, scale: { zero: false } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: c.cumulativeCost.title, subtitle: c.cumulativeCost.subtitle(paybackText) },
    description: c.cumulativeCost.description(ids.join(', '), paybackText),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: true, tooltip: true },
        encoding: {
          x,
          y,
          color: designColorEncoding(ids, c.design),
          tooltip: [
            { field: 'design', type: 'nominal', title: c.design },
            { field: 'year', type: 'quantitative', title: c.cumulativeCost.year },
            { field: 'cost', type: 'quantitative', title: c.cumulativeCost.cumulative(currency), format: ',.0f' },
          ],
        },
      },
      ...(paybacks.length === 0 ? [] : [{
        data: { values: paybacks },
        layer: [
          { mark: { type: 'rule' as const, strokeDash: [4, 4], color: '#333' }, encoding: { x: { field: 'years', type: 'quantitative' as const } } },
          { mark: { type: 'point' as const, shape: 'diamond', size: 120, filled: true, color: '#333' }, encoding: { x: { field: 'years', type: 'quantitative' as const }, y: { field: 'cost', type: 'quantitative' as const } } },
          {
            mark: { type: 'text' as const, align: 'left' as const, dx: 6, dy: -10, fontSize: 11, color: '#333' },
            encoding: { x: { field: 'years', type: 'quantitative' as const }, y: { field: 'cost', type: 'quantitative' as const }, text: { field: 'label', type: 'nominal' as const } },
          },
        ],
      }]),
    ],
    config: CHART_CONFIG,
  };
}
