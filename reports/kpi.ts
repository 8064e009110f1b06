/**
 * The KPI table shared by report.html and summary.md: one row per indicator,
 * one column per design. Each cell keeps its raw value (as in summary.json) and
 * its text, so HTML can carry the raw value in data attributes for checking.
 * `key` is the dotted path of the value inside a design of summary.json, or
 * `savingsVsFirst` (first design's TCO minus this design's; positive = cheaper).
 */
import type { DesignSummary, LoopMetrics, Summary } from '../sim/types/summary.js';
import { formatHours, formatKW, formatMWh, formatMoney, formatPerKWh, formatRatio } from './format.js';
import { DEFAULT_LANG, messages, type Lang, type Messages } from './i18n/lang.js';

export interface KpiCell {
  design: string;
  /** Raw value, or undefined when it does not apply (no TCO; the first design's own savings). */
  value: number | undefined;
  text: string;
}

export interface KpiRow {
  key: string;
  label: string;
  cells: KpiCell[];
}

interface KpiDef {
  key: string;
  /** The row's words in the report's language. */
  label: (m: Messages) => string;
  value: (d: DesignSummary, first: DesignSummary) => number | undefined;
  text: (value: number, d: DesignSummary) => string;
}

const DEFS: KpiDef[] = [
  { key: 'metrics.pue', label: (m) => m.kpi.pue, value: (d) => d.metrics.pue, text: (v, d) => `${formatRatio(v)} (${d.metrics.pueCategory})` },
  {
    key: 'metrics.boundaryPue.pue', label: (m) => m.kpi.boundaryPue, value: (d) => d.metrics.boundaryPue?.pue,
    text: (v, d) => `${formatRatio(v)} (${d.metrics.boundaryPue!.boundary})`,
  },
  { key: 'metrics.tue', label: (m) => m.kpi.tue, value: (d) => d.metrics.tue, text: formatRatio },
  { key: 'metrics.wueLPerKWh', label: (m) => m.kpi.wue, value: (d) => d.metrics.wueLPerKWh, text: formatPerKWh },
  // ERE and ERF only where a design reuses heat (without reuse ERE = PUE and ERF = 0 say nothing new).
  { key: 'metrics.ere', label: (m) => m.kpi.ere, value: (d) => (d.metrics.heatReuse ? d.metrics.ere : undefined), text: formatRatio },
  { key: 'metrics.erf', label: (m) => m.kpi.erf, value: (d) => (d.metrics.heatReuse ? d.metrics.erf : undefined), text: formatRatio },
  { key: 'metrics.cueKgPerKWh', label: (m) => m.kpi.cue, value: (d) => d.metrics.cueKgPerKWh, text: formatPerKWh },
  // With a contracted green share (site.greenShare) the CUE above is market-based; this one counts every kWh at the grid factor.
  { key: 'metrics.cueLocationKgPerKWh', label: (m) => m.kpi.cueLocation, value: (d) => d.metrics.cueLocationKgPerKWh, text: formatPerKWh },
  { key: 'metrics.facilityPowerKW.peak', label: (m) => m.kpi.peakFacilityPower, value: (d) => d.metrics.facilityPowerKW.peak, text: formatKW },
  { key: 'metrics.itEnergyKWh', label: (m) => m.kpi.itEnergy, value: (d) => d.metrics.itEnergyKWh, text: formatMWh },
  { key: 'metrics.facilityEnergyKWh', label: (m) => m.kpi.facilityEnergy, value: (d) => d.metrics.facilityEnergyKWh, text: formatMWh },
  { key: 'metrics.chillerHours', label: (m) => m.kpi.compressorHours, value: (d) => d.metrics.chillerHours, text: formatHours },
  loopRow('liquid', (m) => m.kpi.liquidLoop),
  loopRow('air', (m) => m.kpi.airLoop),
  { key: 'tco.total', label: (m) => m.kpi.tco, value: (d) => d.tco?.total, text: (v, d) => formatMoney(v, d.tco!.currency) },
  {
    key: 'savingsVsFirst',
    label: (m) => m.kpi.savingsVsFirst,
    value: (d, first) => (d === first || !d.tco || !first.tco ? undefined : first.tco.total - d.tco.total),
    text: (v, d) => formatMoney(v, d.tco!.currency),
  },
];

/** One cooling loop's hours (value: its compressor hours): compressor (of which partial) / free, and compressor energy. */
function loopRow(loop: 'liquid' | 'air', name: (m: Messages) => string): KpiDef {
  const of = (d: DesignSummary): LoopMetrics | undefined => d.metrics.loops?.[loop];
  return {
    key: `metrics.loops.${loop}.compressorHours`,
    label: (m) => m.kpi.loop(name(m)),
    value: (d) => of(d)?.compressorHours,
    text: (v, d) => `${formatHours(v)} (${formatHours(of(d)!.partialHours)}) / ${formatHours(of(d)!.freeHours)} h, ${formatMWh(of(d)!.compressorEnergyKWh)} MWh`,
  };
}

/** The KPI rows for a run's designs, in a fixed order; rows that apply to no design are left out. */
export function kpiRows(summary: Summary, lang: Lang = DEFAULT_LANG): KpiRow[] {
  const m = messages(lang);
  const first = summary.designs[0];
  const dualCarbon = summary.designs.some((d) => d.metrics.cueLocationKgPerKWh !== undefined);
  const label = (def: KpiDef) => {
    if (def.key === 'savingsVsFirst' && first) return m.kpi.savingsVs(first.id);
    return def.key === 'metrics.cueKgPerKWh' && dualCarbon ? m.kpi.cueMarket : def.label(m);
  };
  return DEFS.map((def) => ({
    key: def.key,
    label: label(def),
    cells: summary.designs.map((d) => {
      const value = def.value(d, first);
      return { design: d.id, value, text: value === undefined || !Number.isFinite(value) ? '–' : def.text(value, d) };
    }),
  })).filter((row) => row.cells.some((c) => c.value !== undefined));
}
