/**
 * The KPIs Monte Carlo reports for each design, named by their path in
 * summary.json, and their compact form: one Float64Array per sample holding
 * designs x KPIs (design-major), NaN where a design lacks the KPI (no costs:
 * block, no TCO). Workers return only this vector.
 */
import type { DesignSummary, Summary } from '../../types/summary.js';

const KPI_GETTERS = {
  pue: (d) => d.metrics.pue,
  tue: (d) => d.metrics.tue,
  wueLPerKWh: (d) => d.metrics.wueLPerKWh,
  cueKgPerKWh: (d) => d.metrics.cueKgPerKWh,
  itEnergyKWh: (d) => d.metrics.itEnergyKWh,
  facilityEnergyKWh: (d) => d.metrics.facilityEnergyKWh,
  'facilityPowerKW.peak': (d) => d.metrics.facilityPowerKW.peak,
  waterL: (d) => d.metrics.waterL,
  emissionsKg: (d) => d.metrics.emissionsKg,
  'tco.total': (d) => d.tco?.total,
  'tco.capex': (d) => d.tco?.capex,
  'tco.opex': (d) => d.tco?.opex,
} satisfies Record<string, (d: DesignSummary) => number | undefined>;

export type KpiName = keyof typeof KPI_GETTERS;
/** KPI names in vector order. */
export const KPI_NAMES = Object.keys(KPI_GETTERS) as KpiName[];
/** Position of TCO total within one design's KPIs (for the probability of being cheapest). */
export const TCO_TOTAL_INDEX = KPI_NAMES.indexOf('tco.total');

/** The KPI vector of one evaluated sample: index design * KPI_NAMES.length + kpi. */
export function kpiVector(summary: Summary): Float64Array {
  const out = new Float64Array(summary.designs.length * KPI_NAMES.length);
  summary.designs.forEach((d, i) => {
    KPI_NAMES.forEach((name, k) => {
      out[i * KPI_NAMES.length + k] = KPI_GETTERS[name](d) ?? Number.NaN;
    });
  });
  return out;
}
