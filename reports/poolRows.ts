/**
 * The XPU pool's per-group figures of one design (summary.json designs[i].jobs.groups) as table cells, one
 * row per node group in group order and one cell per column of i18n pool.columns. One builder for the terminal
 * (sim/cli/poolTable.ts), summary.md and report.html (poolSection.ts), so all three print the same digits.
 * Units at this edge: waits in hours, IT energy in MWh, kWh per GPU-hour, per work hour and per job, Wh per 1,000 tokens.
 */
import type { DesignSummary, PoolGroupSummary } from '../sim/types/summary.js';
import { hoursFromS, whFromKWh } from '../sim/units.js';
import { formatMWh, formatNumber, formatPercent } from './format.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

export interface PoolCell {
  text: string;
  /** Raw summary.json value behind the text (a fraction, seconds or kWh as the summary holds it). */
  value?: number;
}

export interface PoolRow {
  group: string;
  cells: PoolCell[];
}

/** The designs whose summary has per-group results (a workload of several node groups). */
export const poolDesigns = (designs: readonly DesignSummary[]): DesignSummary[] => designs.filter((d) => d.jobs.groups?.length);

/** One row per group of `design` (none when it has no groups). */
export function poolRows(design: DesignSummary, lang: Lang = DEFAULT_LANG): PoolRow[] {
  const w = messages(lang).pool;
  const of = (value: number | null, text: (v: number) => string): PoolCell => (value === null || !Number.isFinite(value) ? { text: w.none } : { text: text(value), value });
  const hours = (s: number) => formatNumber(hoursFromS(s), 1);
  return (design.jobs.groups ?? []).map((g: PoolGroupSummary) => ({
    group: g.id,
    cells: [
      { text: g.accelerator ?? w.noAccelerator },
      { text: `${formatNumber(g.nodes)} / ${formatNumber(g.gpus)}`, value: g.gpus },
      { text: formatPercent(g.allocation), value: g.allocation },
      { text: formatPercent(g.busyFraction), value: g.busyFraction },
      { text: formatNumber(g.started), value: g.started },
      // A group that started no job has no wait (summary.json says 0): shown as none, not as "0.0 h".
      of(g.started > 0 ? g.meanWaitS : null, hours),
      of(g.started > 0 ? g.p95WaitS : null, hours),
      { text: formatMWh(g.energyKWh), value: g.energyKWh },
      of(g.energyPerGpuHourKWh, (v) => formatNumber(v, 3)),
      of(g.facilityEnergyPerGpuHourKWh, (v) => formatNumber(v, 3)),
      of(g.energyPerWorkHourKWh, (v) => formatNumber(v, 3)),
      of(g.energyPerJobKWh, (v) => formatNumber(v, 1)),
      of(g.energyPer1kTokensKWh, (v) => formatNumber(whFromKWh(v), 3)),
    ],
  }));
}

/** "effective compute X % (policy P)" figures of a design: the formatted fraction and the policy's name. */
export function poolHeadline(design: DesignSummary, lang: Lang = DEFAULT_LANG): { effective: string; policy: string } {
  const w = messages(lang).pool;
  const e = design.jobs.effectiveCompute;
  return { effective: e === undefined ? w.none : formatPercent(e), policy: design.jobs.policy ? w.policyNames[design.jobs.policy] : w.none };
}
