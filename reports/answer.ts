/**
 * The answer a report opens with: which design wins and why, in two plain
 * sentences shared by report.html, summary.md and the terminal. With a TCO for
 * every design the winner is the lowest total cost over the horizon; otherwise
 * the lowest annual PUE. "Why" compares the winner with the runner-up.
 */
import type { DesignSummary, Summary } from '../sim/types/summary.js';
import { HOURS_PER_YEAR } from '../sim/units.js';
import { paybackBetween } from './charts/cumulativeCost.js';
import { formatMWh, formatMoney, formatPercent, formatRatio, formatYears } from './format.js';

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

function energySentence(w: DesignSummary, r: DesignSummary, period: string): string {
  const deltaKWh = r.metrics.facilityEnergyKWh - w.metrics.facilityEnergyKWh;
  const pues = `PUE ${formatRatio(w.metrics.pue)} vs ${formatRatio(r.metrics.pue)}`;
  if (deltaKWh >= 0) {
    return `uses ${formatMWh(deltaKWh)} MWh (${formatPercent(deltaKWh / r.metrics.facilityEnergyKWh)}) less facility energy ${period} than ${r.id} (${pues})`;
  }
  return `uses ${formatMWh(-deltaKWh)} MWh more facility energy ${period} than ${r.id} (${pues})`;
}

function tcoWhy(w: DesignSummary, r: DesignSummary, period: string): string {
  const currency = w.tco!.currency;
  const capexDelta = w.tco!.capex - r.tco!.capex;
  const energy = energySentence(w, r, period);
  if (capexDelta > 0) {
    const payback = paybackBetween(w, r);
    const paid = payback ? `, paying back after ${formatYears(payback.years)}` : '';
    return `It ${energy}, which outweighs its ${formatMoney(capexDelta, currency)} higher capex${paid}.`;
  }
  const build = `costs ${formatMoney(-capexDelta, currency)} less to build`;
  return r.metrics.facilityEnergyKWh >= w.metrics.facilityEnergyKWh
    ? `It ${build} and ${energy}.`
    : `It ${build}, which outweighs that it ${energy}.`;
}

function tueNote(summary: Summary, winner: DesignSummary): string {
  const byTue = [...summary.designs].sort((a, b) => a.metrics.tue - b.metrics.tue)[0];
  if (byTue.id === winner.id) return '';
  return ` By TUE, which also counts server fans and power supplies as overhead, ${byTue.id} is ahead (${formatRatio(byTue.metrics.tue)} vs ${formatRatio(winner.metrics.tue)}).`;
}

export function answerOf(summary: Summary): Answer {
  const ranked = rankDesigns(summary);
  const [w, r] = ranked;
  if (!w) return { winner: '', basis: 'pue', headline: 'The run has no designs.', why: '' };
  const basis = hasTco(summary) ? 'tco' : 'pue';
  const period = summary.simulatedHours === HOURS_PER_YEAR ? 'a year' : `in the ${summary.simulatedHours} simulated hours`;
  const name = w.name && w.name !== w.id ? `${w.id} (${w.name})` : w.id;
  if (basis === 'tco') {
    const t = w.tco!;
    const total = `TCO ${formatMoney(t.total, t.currency)}`;
    if (!r) return { winner: w.id, basis, headline: `${name}: ${total} over ${t.horizonYears} years.`, why: '' };
    const margins = ranked
      .slice(1)
      .map((o) => `${formatMoney(o.tco!.total - t.total, t.currency)} (${formatPercent((o.tco!.total - t.total) / o.tco!.total)}) less than ${o.id}`);
    return {
      winner: w.id,
      basis,
      headline: `${name} is the cheapest design over ${t.horizonYears} years: ${total}, ${margins.join(', ')}.`,
      why: tcoWhy(w, r, period) + tueNote(summary, w),
    };
  }
  const pue = `PUE ${formatRatio(w.metrics.pue)} (${w.metrics.pueCategory})`;
  if (!r) return { winner: w.id, basis, headline: `${name}: ${pue}.`, why: '' };
  const others = ranked.slice(1).map((o) => `${formatRatio(o.metrics.pue)} for ${o.id}`);
  return {
    winner: w.id,
    basis,
    headline: `${name} has the lowest PUE: ${pue}, vs ${others.join(', ')}.`,
    why: `It ${energySentence(w, r, period)}.${tueNote(summary, w)}`,
  };
}
