/**
 * The KPI table shared by report.html and summary.md: one row per indicator,
 * one column per design. Each cell keeps its raw value (as in summary.json) and
 * its text, so HTML can carry the raw value in data attributes for checking.
 * `key` is the dotted path of the value inside a design of summary.json, or
 * `savingsVsFirst` (first design's TCO minus this design's; positive = cheaper).
 */
import type { DesignSummary, LoopMetrics, Summary } from '../sim/types/summary.js';
import { formatHours, formatKW, formatMWh, formatMoney, formatPerKWh, formatRatio } from './format.js';

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
  label: string;
  value: (d: DesignSummary, first: DesignSummary) => number | undefined;
  text: (value: number, d: DesignSummary) => string;
}

const DEFS: KpiDef[] = [
  { key: 'metrics.pue', label: 'PUE (annual, energy-based)', value: (d) => d.metrics.pue, text: (v, d) => `${formatRatio(v)} (${d.metrics.pueCategory})` },
  {
    key: 'metrics.boundaryPue.pue', label: 'PUE at a stated metering boundary', value: (d) => d.metrics.boundaryPue?.pue,
    text: (v, d) => `${formatRatio(v)} (${d.metrics.boundaryPue!.boundary})`,
  },
  { key: 'metrics.tue', label: 'TUE (PUE x ITUE)', value: (d) => d.metrics.tue, text: formatRatio },
  { key: 'metrics.wueLPerKWh', label: 'WUE (L/kWh IT)', value: (d) => d.metrics.wueLPerKWh, text: formatPerKWh },
  // ERE and ERF only where a design reuses heat (without reuse ERE = PUE and ERF = 0 say nothing new).
  { key: 'metrics.ere', label: 'ERE ((facility - reused) / IT)', value: (d) => (d.metrics.heatReuse ? d.metrics.ere : undefined), text: formatRatio },
  { key: 'metrics.erf', label: 'ERF (reused / facility energy)', value: (d) => (d.metrics.heatReuse ? d.metrics.erf : undefined), text: formatRatio },
  { key: 'metrics.cueKgPerKWh', label: 'CUE (kg CO2e/kWh IT)', value: (d) => d.metrics.cueKgPerKWh, text: formatPerKWh },
  // With a contracted green share (site.greenShare) the CUE above is market-based; this one counts every kWh at the grid factor.
  { key: 'metrics.cueLocationKgPerKWh', label: 'CUE location-based (kg CO2e/kWh IT)', value: (d) => d.metrics.cueLocationKgPerKWh, text: formatPerKWh },
  { key: 'metrics.facilityPowerKW.peak', label: 'Peak facility power (kW)', value: (d) => d.metrics.facilityPowerKW.peak, text: formatKW },
  { key: 'metrics.itEnergyKWh', label: 'IT energy (MWh)', value: (d) => d.metrics.itEnergyKWh, text: formatMWh },
  { key: 'metrics.facilityEnergyKWh', label: 'Facility energy (MWh)', value: (d) => d.metrics.facilityEnergyKWh, text: formatMWh },
  { key: 'metrics.chillerHours', label: 'Compressor hours (any loop)', value: (d) => d.metrics.chillerHours, text: formatHours },
  loopRow('liquid', 'Liquid loop'),
  loopRow('air', 'Air loop (chilled water)'),
  { key: 'tco.total', label: 'TCO (present value)', value: (d) => d.tco?.total, text: (v, d) => formatMoney(v, d.tco!.currency) },
  {
    key: 'savingsVsFirst',
    label: 'Savings vs first design',
    value: (d, first) => (d === first || !d.tco || !first.tco ? undefined : first.tco.total - d.tco.total),
    text: (v, d) => formatMoney(v, d.tco!.currency),
  },
];

/** One cooling loop's hours (value: its compressor hours): compressor (of which partial) / free, and compressor energy. */
function loopRow(loop: 'liquid' | 'air', name: string): KpiDef {
  const of = (d: DesignSummary): LoopMetrics | undefined => d.metrics.loops?.[loop];
  return {
    key: `metrics.loops.${loop}.compressorHours`,
    label: `${name}: compressor (partial) / free hours, compressor MWh`,
    value: (d) => of(d)?.compressorHours,
    text: (v, d) => `${formatHours(v)} (${formatHours(of(d)!.partialHours)}) / ${formatHours(of(d)!.freeHours)} h, ${formatMWh(of(d)!.compressorEnergyKWh)} MWh`,
  };
}

/** The KPI rows for a run's designs, in a fixed order; rows that apply to no design are left out. */
export function kpiRows(summary: Summary): KpiRow[] {
  const first = summary.designs[0];
  const dualCarbon = summary.designs.some((d) => d.metrics.cueLocationKgPerKWh !== undefined);
  const label = (def: KpiDef) => {
    if (def.key === 'savingsVsFirst' && first) return `Savings vs ${first.id}`;
    return def.key === 'metrics.cueKgPerKWh' && dualCarbon ? 'CUE market-based, green share at 0 (kg CO2e/kWh IT)' : def.label;
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
