/**
 * The resilience figures of a run (summary.json designs[i].resilience) as table rows, one cell per design in
 * scenario order: topology and ride-through, the horizon's figures, the scripted what-if alone (when the
 * scenario scripts events), the Monte Carlo distributions (when histories were drawn) and the expected cost
 * per year. A heading row (no cells) opens each group. One builder for the terminal (sim/cli/resilienceTable.ts),
 * summary.md and report.html (resilienceSection.ts), so all three print the same digits.
 * Units at this edge: minutes, kWh, hours, degC, GPU-hours, percent (availability with three decimals, as the
 * Uptime tiers are quoted: 99.671 %), money in the TCO's currency per year.
 */
import { episodeWords } from './resilienceEvents.js';
import type { DesignSummary } from '../sim/types/summary.js';
import type { DesignResilience } from '../sim/types/resilience.js';
import { formatNumber } from './format.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

export interface ResilienceCell {
  text: string;
  design: string;
  /** Raw summary.json value behind the text (the value at `key` of the row). */
  value?: number;
}

export interface ResilienceRow {
  label: string;
  /** Dotted path of the value in a design of summary.json; absent on a heading row. */
  key?: string;
  /** A group heading: no cells. */
  heading?: boolean;
  cells: ResilienceCell[];
}

/** True when some design of the run carries resilience figures (a scenario with a `resilience:` block). */
export const hasResilience = (designs: readonly DesignSummary[]): boolean => designs.some((d) => d.resilience !== undefined);

/** A fraction 0-1 as a percentage with three decimals: 0.99741 -> "99.741 %". */
export const formatAvailability = (fraction: number): string => `${formatNumber(fraction * 100, 3)} %`;

type Pick = (r: DesignResilience) => number | null | undefined;

/** Every row, in order; empty when no design has resilience figures. */
export function resilienceRows(designs: readonly DesignSummary[], lang: Lang = DEFAULT_LANG): ResilienceRow[] {
  if (!hasResilience(designs)) return [];
  const w = messages(lang).resilience;
  const l = w.labels;
  const withR = designs.filter((d) => d.resilience).map((d) => d.resilience!);
  const heading = (label: string): ResilienceRow => ({ label, heading: true, cells: [] });
  /** A row of `pick` at `key` (under resilience.), `text` formatting it; — where a design has no such figure. */
  const row = (label: string, key: string, pick: Pick, text: (v: number, r: DesignResilience) => string): ResilienceRow => ({
    label, key: `resilience.${key}`,
    cells: designs.map((d) => {
      const r = d.resilience;
      const v = r === undefined ? undefined : pick(r);
      return v === undefined || v === null || !Number.isFinite(v) ? { text: w.none, design: d.id } : { text: text(v, r!), value: v, design: d.id };
    }),
  });
  const n = (decimals: number) => (v: number) => formatNumber(v, decimals);
  const pct = (v: number) => formatAvailability(v);
  const rows: ResilienceRow[] = [
    heading(w.headings.topology),
    row(l.uptimeTier, 'uptimeTier', (r) => r.uptimeTier, (v, r) => w.tier(String(v), formatAvailability(r.tierQuotedAvailability))),
    row(l.rideThroughRoom, 'rideThrough.roomMinutes', (r) => r.rideThrough.roomMinutes, n(1)),
    row(l.rideThroughLiquid, 'rideThrough.liquidLoopMinutes', (r) => r.rideThrough.liquidLoopMinutes, n(1)),
    heading(w.headings.horizon(formatNumber(withR[0].horizonYears))),
    row(l.unmetCooling, 'unmetCoolingKWh', (r) => r.unmetCoolingKWh, n(1)),
    row(l.hoursLostRedundancy, 'hoursLostRedundancy', (r) => r.hoursLostRedundancy, n(0)),
    row(l.peakInlet, 'peakInletC', (r) => r.peakInletC, n(1)),
    ...(withR.some((r) => r.peakCoolantSupplyC !== null) ? [row(l.peakCoolant, 'peakCoolantSupplyC', (r) => r.peakCoolantSupplyC, n(1))] : []),
    row(l.minutesAboveAllowable, 'minutesAboveAllowable', (r) => r.minutesAboveAllowable, n(0)),
    row(l.gpuHoursLost, 'gpuHoursLost', (r) => r.gpuHoursLost, n(0)),
    row(l.jobsFailed, 'jobsFailed', (r) => r.jobsFailed, n(0)),
    row(l.availability, 'availability', (r) => r.availability, pct),
    row(l.shutdowns, 'shutdowns', (r) => r.shutdowns, n(0)),
  ];
  const scripted = withR.find((r) => r.scripted)?.scripted;
  if (scripted) {
    rows.push(
      heading(w.headings.scripted(episodeWords(scripted.timeline.events, lang))),
      row(l.unmetCooling, 'scripted.unmetCoolingKWh', (r) => r.scripted?.unmetCoolingKWh, n(1)),
      row(l.peakInlet, 'scripted.peakInletC', (r) => r.scripted?.peakInletC, n(1)),
      row(l.gpuHoursLost, 'scripted.gpuHoursLost', (r) => r.scripted?.gpuHoursLost, n(0)),
      row(l.shutdowns, 'scripted.shutdowns', (r) => r.scripted?.shutdowns, n(0)),
    );
  }
  const mc = withR.find((r) => r.monteCarlo)?.monteCarlo;
  if (mc) {
    // One row per percentile: three numbers in one cell made the report's table too wide for four designs.
    rows.push(
      heading(w.headings.monteCarlo(formatNumber(mc.samples), formatNumber(withR[0].horizonYears))),
      ...(['p10', 'p50', 'p90'] as const).map((p) =>
        row(l.gpuHoursLostPercentile(p), `monteCarlo.gpuHoursLost.${p}`, (r) => r.monteCarlo?.gpuHoursLost[p], n(0))),
      row(l.probabilityOfShutdown, 'monteCarlo.probabilityOfShutdown', (r) => r.monteCarlo?.probabilityOfShutdown, (v) => `${formatNumber(v * 100, 1)} %`),
    );
  }
  const currency = withR[0].costs.currency;
  rows.push(
    heading(w.headings.costs),
    row(l.lostWork(currency), 'costs.lostWorkPerYear', (r) => r.costs.lostWorkPerYear, n(0)),
    row(l.repairs(currency), 'costs.repairsPerYear', (r) => r.costs.repairsPerYear, n(0)),
  );
  return rows;
}
