/**
 * The few numbers per design that sweeps and `dctwin compare` put side by
 * side, read from a run's summary (output units: kWh -> MWh, kW, h, currency),
 * and their names as table columns (the unit after an underscore; money
 * columns end in `_currency`: they are in the row's `currency`, which may
 * differ between rows of a compare). Costs are null when the design has no
 * `costs:` block.
 */
import type { DesignSummary, Summary } from '../../types/summary.js';
import { jFromKWh, mWhFromJ } from '../../units.js';

export interface DesignKpis {
  pue: number;
  tue: number;
  wueLPerKWh: number;
  cueKgPerKWh: number;
  facilityEnergyMWh: number;
  itEnergyMWh: number;
  peakFacilityKW: number;
  p95FacilityKW: number;
  /** Hours any compressor ran (partial hours included). */
  chillerHours: number;
  /** Hours no compressor ran. */
  freeCoolingHours: number;
  /** Present value of all costs over the horizon (scenario currency). */
  tcoTotal: number | null;
  capex: number | null;
  /** Present value of opex over the horizon. */
  opex: number | null;
  /** First design's TCO minus this one's (positive = this design is cheaper; 0 for the first). */
  tcoSavingsVsFirst: number | null;
}

/** Each KPI and its tidy column name, in output order (sweep.csv, compare.csv). */
export const KPI_COLUMNS: readonly (readonly [keyof DesignKpis, string])[] = [
  ['pue', 'pue'],
  ['tue', 'tue'],
  ['wueLPerKWh', 'wue_L_per_kWh'],
  ['cueKgPerKWh', 'cue_kg_per_kWh'],
  ['facilityEnergyMWh', 'facilityEnergy_MWh'],
  ['itEnergyMWh', 'itEnergy_MWh'],
  ['peakFacilityKW', 'peakFacility_kW'],
  ['p95FacilityKW', 'p95Facility_kW'],
  ['chillerHours', 'chiller_h'],
  ['freeCoolingHours', 'freeCooling_h'],
  ['tcoTotal', 'tcoTotal_currency'],
  ['capex', 'capex_currency'],
  ['opex', 'opex_currency'],
  ['tcoSavingsVsFirst', 'tcoSavingsVsFirst_currency'],
];

const mWh = (kWh: number): number => mWhFromJ(jFromKWh(kWh));

export function designKpis(design: DesignSummary, first: DesignSummary): DesignKpis {
  const m = design.metrics;
  const tco = design.tco;
  const firstTotal = first.tco?.total;
  return {
    pue: m.pue,
    tue: m.tue,
    wueLPerKWh: m.wueLPerKWh,
    cueKgPerKWh: m.cueKgPerKWh,
    facilityEnergyMWh: mWh(m.facilityEnergyKWh),
    itEnergyMWh: mWh(m.itEnergyKWh),
    peakFacilityKW: m.facilityPowerKW.peak,
    p95FacilityKW: m.facilityPowerKW.p95,
    chillerHours: m.chillerHours,
    freeCoolingHours: m.freeCoolingHours,
    tcoTotal: tco?.total ?? null,
    capex: tco?.capex ?? null,
    opex: tco?.opex ?? null,
    tcoSavingsVsFirst: tco === undefined || firstTotal === undefined ? null : firstTotal - tco.total,
  };
}

/** Every design's KPIs and TCO currency (null without costs), in the scenario's order (savings against its first design). */
export const summaryKpis = (summary: Summary): { id: string; currency: string | null; kpis: DesignKpis }[] =>
  summary.designs.map((d) => ({ id: d.id, currency: d.tco?.currency ?? null, kpis: designKpis(d, summary.designs[0]) }));
