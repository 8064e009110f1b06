/**
 * The few numbers per design that sweeps and `dctwin compare` put side by
 * side, read from a run's summary (output units: kWh -> MWh, kW, currency).
 * Costs are null when the design has no `costs:` block.
 */
import type { DesignSummary, Summary } from '../../types/summary.js';
import { jFromKWh, mWhFromJ } from '../../units.js';

export interface DesignKpis {
  pue: number;
  tue: number;
  wueLPerKWh: number;
  cueKgPerKWh: number;
  facilityEnergyMWh: number;
  peakFacilityKW: number;
  /** Present value of all costs over the horizon (scenario currency). */
  tcoTotal: number | null;
  capex: number | null;
  /** Present value of opex over the horizon. */
  opex: number | null;
  /** First design's TCO minus this one's (positive = this design is cheaper; 0 for the first). */
  tcoSavingsVsFirst: number | null;
}

/** KPI names in output order: the column suffixes of sweep.csv. */
export const KPI_NAMES: readonly (keyof DesignKpis)[] = [
  'pue',
  'tue',
  'wueLPerKWh',
  'cueKgPerKWh',
  'facilityEnergyMWh',
  'peakFacilityKW',
  'tcoTotal',
  'capex',
  'opex',
  'tcoSavingsVsFirst',
];

export function designKpis(design: DesignSummary, first: DesignSummary): DesignKpis {
  const m = design.metrics;
  const tco = design.tco;
  const firstTotal = first.tco?.total;
  return {
    pue: m.pue,
    tue: m.tue,
    wueLPerKWh: m.wueLPerKWh,
    cueKgPerKWh: m.cueKgPerKWh,
    facilityEnergyMWh: mWhFromJ(jFromKWh(m.facilityEnergyKWh)),
    peakFacilityKW: m.facilityPowerKW.peak,
    tcoTotal: tco?.total ?? null,
    capex: tco?.capex ?? null,
    opex: tco?.opex ?? null,
    tcoSavingsVsFirst: tco === undefined || firstTotal === undefined ? null : firstTotal - tco.total,
  };
}

/** Every design's KPIs, in the scenario's order (savings against its first design). */
export const summaryKpis = (summary: Summary): { id: string; kpis: DesignKpis }[] =>
  summary.designs.map((d) => ({ id: d.id, kpis: designKpis(d, summary.designs[0]) }));
