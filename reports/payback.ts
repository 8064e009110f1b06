/**
 * The payback of a capex premium, in words, for each design after the first
 * (summary.designs[i].comparison), shared by the terminal, summary.md and
 * report.html: the line names the design that costs more
 * to build, whichever of the two it is, and says "no capex premium" when the
 * design that is cheaper to build is also cheaper to run (nothing to pay back).
 *
 *   liquid-pod vs air-cooled: air-cooled costs CNY 12.30 M more to build and pays it back in 2.1 years (discounted: 2.4 years)
 *   liquid-pod vs air-cooled: air-cooled costs CNY 12.30 M more to build and does not pay it back within 5 years
 *   liquid-pod vs air-cooled: no capex premium: liquid-pod is cheaper to build and to run
 *   liquid-pod vs air-cooled: no capex premium: both cost CNY 12.30 M to build
 */
import type { DesignSummary, Summary } from '../sim/types/summary.js';
import { formatNumber as num } from './format.js';

const MILLION = 1e6;

/** `CNY 12.30 M`, or `CNY 4,200` below ten thousand. */
const money = (amount: number, currency: string): string =>
  Math.abs(amount) >= 1e4 ? `${currency} ${num(amount / MILLION, 2)} M` : `${currency} ${num(amount)}`;

const years = (v: number): string => `${num(v, 1)} year${num(v, 1) === '1.0' ? '' : 's'}`;

/** The payback line of `design` against `first`, or undefined when either has no TCO. */
export function paybackLine(first: DesignSummary, design: DesignSummary): string | undefined {
  const c = design.comparison;
  if (!first.tco || !design.tco || c?.capex === undefined || c.opex === undefined) return undefined;
  const { currency } = design.tco;
  const horizon = `${design.tco.horizonYears} year${design.tco.horizonYears === 1 ? '' : 's'}`;
  const head = `${first.id} vs ${design.id}: `;
  if (Math.abs(c.capex) < 1) return `${head}no capex premium: both cost ${money(design.tco.capex, currency)} to build`;
  // The premium is the capex difference; it pays back only if the design that has it costs less to run.
  const [premium, other] = c.capex > 0 ? [design, first] : [first, design];
  const opexSaving = c.capex > 0 ? -c.opex : c.opex;
  if (opexSaving <= 0) return `${head}no capex premium: ${other.id} is cheaper to build and to run`;
  const cost = `${premium.id} costs ${money(Math.abs(c.capex), currency)} more to build`;
  const simple = c.simplePaybackYears;
  if (simple === null || simple === undefined) return `${head}${cost} and does not pay it back within ${horizon}`;
  const discounted = c.discountedPaybackYears;
  const within = discounted === null || discounted === undefined ? `not within ${horizon}` : years(discounted);
  return `${head}${cost} and pays it back in ${years(simple)} (discounted: ${within})`;
}

/** One payback line per design after the first that has a comparison with costs. */
export function paybackLines(summary: Summary): string[] {
  const [first, ...rest] = summary.designs;
  return rest.map((d) => paybackLine(first, d)).filter((l): l is string => l !== undefined);
}
