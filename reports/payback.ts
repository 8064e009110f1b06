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
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

const MILLION = 1e6;

/** `CNY 12.30 M`, or `CNY 4,200` below ten thousand. */
const money = (amount: number, currency: string): string =>
  Math.abs(amount) >= 1e4 ? `${currency} ${num(amount / MILLION, 2)} M` : `${currency} ${num(amount)}`;

/** The payback line of `design` against `first` in `lang`, or undefined when either has no TCO. */
export function paybackLine(first: DesignSummary, design: DesignSummary, lang: Lang = DEFAULT_LANG): string | undefined {
  const m = messages(lang).sections.payback;
  const years = (v: number): string => m.yearCount(num(v, 1), num(v, 1) === '1.0');
  const c = design.comparison;
  if (!first.tco || !design.tco || c?.capex === undefined || c.opex === undefined) return undefined;
  const { currency } = design.tco;
  const horizon = m.yearCount(String(design.tco.horizonYears), design.tco.horizonYears === 1);
  const head = m.head(first.id, design.id);
  if (Math.abs(c.capex) < 1) return `${head}${m.bothCost(money(design.tco.capex, currency))}`;
  // The premium is the capex difference; it pays back only if the design that has it costs less to run.
  const [premium, other] = c.capex > 0 ? [design, first] : [first, design];
  const opexSaving = c.capex > 0 ? -c.opex : c.opex;
  if (opexSaving <= 0) return `${head}${m.cheaperBoth(other.id)}`;
  const cost = m.costsMore(premium.id, money(Math.abs(c.capex), currency));
  const simple = c.simplePaybackYears;
  if (simple === null || simple === undefined) return `${head}${m.noPayback(cost, horizon)}`;
  const discounted = c.discountedPaybackYears;
  const within = discounted === null || discounted === undefined ? m.notWithin(horizon) : years(discounted);
  return `${head}${m.paysBack(cost, years(simple), within)}`;
}

/** One payback line per design after the first that has a comparison with costs, in `lang`. */
export function paybackLines(summary: Summary, lang: Lang = DEFAULT_LANG): string[] {
  const [first, ...rest] = summary.designs;
  return rest.map((d) => paybackLine(first, d, lang)).filter((l): l is string => l !== undefined);
}
