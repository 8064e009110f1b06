/**
 * The answer a report opens with: which design wins and why, in two plain
 * sentences shared by report.html, summary.md and the terminal. With a TCO for
 * every design the winner is the lowest total cost over the horizon; otherwise
 * the lowest annual PUE. "Why" compares the winner with the runner-up. The
 * words come from the catalogue of the report's language (i18n/).
 */
import type { DesignSummary, Summary } from '../sim/types/summary.js';
import { HOURS_PER_YEAR } from '../sim/units.js';
import { paybackBetween } from './charts/cumulativeCost.js';
import { formatMWh, formatMoney, formatNumber, formatPercent, formatRatio } from './format.js';
import { DEFAULT_LANG, messages, type Lang, type Messages } from './i18n/lang.js';

export interface Answer {
  /** Id of the winning design. */
  winner: string;
  /** What is compared: total cost of ownership, or PUE when some design has no TCO. */
  basis: 'tco' | 'pue';
  headline: string;
  why: string;
}

const hasTco = (summary: Summary): boolean => summary.designs.length > 0 && summary.designs.every((d) => d.tco);

/** Designs ordered best first (lowest TCO, or lowest PUE), ties kept in scenario order. */
export function rankDesigns(summary: Summary): DesignSummary[] {
  const key = hasTco(summary) ? (d: DesignSummary) => d.tco!.total : (d: DesignSummary) => d.metrics.pue;
  return [...summary.designs].sort((a, b) => key(a) - key(b));
}

function energySentence(w: DesignSummary, r: DesignSummary, period: string, m: Messages): string {
  const deltaKWh = r.metrics.facilityEnergyKWh - w.metrics.facilityEnergyKWh;
  const pues = m.answer.pues(formatRatio(w.metrics.pue), formatRatio(r.metrics.pue));
  if (deltaKWh >= 0) return m.answer.usesLess(formatMWh(deltaKWh), formatPercent(deltaKWh / r.metrics.facilityEnergyKWh), period, r.id, pues);
  return m.answer.usesMore(formatMWh(-deltaKWh), period, r.id, pues);
}

function tcoWhy(w: DesignSummary, r: DesignSummary, period: string, m: Messages): string {
  const currency = w.tco!.currency;
  const capexDelta = w.tco!.capex - r.tco!.capex;
  const energy = energySentence(w, r, period, m);
  if (capexDelta > 0) {
    const payback = paybackBetween(w, r);
    const paid = payback ? m.answer.payingBack(m.years(formatNumber(payback.years, 1))) : '';
    return m.answer.outweighsCapex(energy, formatMoney(capexDelta, currency), paid);
  }
  const build = m.answer.costsLessToBuild(formatMoney(-capexDelta, currency));
  return r.metrics.facilityEnergyKWh >= w.metrics.facilityEnergyKWh ? m.answer.cheaperBoth(build, energy) : m.answer.cheaperToBuildOnly(build, energy);
}

function tueNote(summary: Summary, winner: DesignSummary, m: Messages): string {
  const byTue = [...summary.designs].sort((a, b) => a.metrics.tue - b.metrics.tue)[0];
  if (byTue.id === winner.id) return '';
  return m.answer.tueNote(byTue.id, formatRatio(byTue.metrics.tue), formatRatio(winner.metrics.tue));
}

/** The answer in `lang` (numbers formatted the same in every language). */
export function answerOf(summary: Summary, lang: Lang = DEFAULT_LANG): Answer {
  const m = messages(lang);
  const ranked = rankDesigns(summary);
  const [w, r] = ranked;
  if (!w) return { winner: '', basis: 'pue', headline: m.answer.noDesigns, why: '' };
  const basis = hasTco(summary) ? 'tco' : 'pue';
  const period = summary.simulatedHours === HOURS_PER_YEAR ? m.answer.aYear : m.answer.inHours(String(summary.simulatedHours));
  const name = w.name && w.name !== w.id ? `${w.id} (${w.name})` : w.id;
  if (basis === 'tco') {
    const t = w.tco!;
    const total = m.answer.tcoTotal(formatMoney(t.total, t.currency));
    const years = String(t.horizonYears);
    if (!r) return { winner: w.id, basis, headline: m.answer.tcoSingle(name, total, years), why: '' };
    const margins = ranked
      .slice(1)
      .map((o) => m.answer.margin(formatMoney(o.tco!.total - t.total, t.currency), formatPercent((o.tco!.total - t.total) / o.tco!.total), o.id));
    return { winner: w.id, basis, headline: m.answer.tcoHeadline(name, years, total, margins), why: tcoWhy(w, r, period, m) + tueNote(summary, w, m) };
  }
  const pue = m.answer.pueLabel(formatRatio(w.metrics.pue), w.metrics.pueCategory);
  if (!r) return { winner: w.id, basis, headline: m.answer.pueSingle(name, pue), why: '' };
  const others = ranked.slice(1).map((o) => m.answer.pueOther(formatRatio(o.metrics.pue), o.id));
  return {
    winner: w.id,
    basis,
    headline: m.answer.pueHeadline(name, pue, others),
    why: m.answer.pueWhy(energySentence(w, r, period, m), tueNote(summary, w, m)),
  };
}
