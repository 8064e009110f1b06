/**
 * The shape of summary.json (and `dctwin run --json`): the contract of
 * ../shared/design.md. Core keys are stable because scripts read them; new keys
 * may be added beside them. Units are in the key names; energy in kWh, power in
 * kW and water in L only here, at the output edge.
 */

import type { PoolGroupSummary } from './pool.js';
import type { DesignResilience } from './resilience.js';
export type { PoolGroupSummary } from './pool.js';
import type { SizingSummary } from './sizingSummary.js';
import type { TcoSummary } from './tcoSummary.js';
import type { MonteCarloSensitivity } from './sensitivity.js';
import type { SiteRankingRow, SiteSummary } from './sites.js';
import type { ComponentCategory } from './hourly.js';

export type { RejectionMarginSummary, SizingSummary } from './sizingSummary.js';
export type { CostInput, MoneyAssumption, TcoSummary } from './tcoSummary.js';
export type { InputSensitivity, MonteCarloSensitivity } from './sensitivity.js';
export type { SiteRankingRow, SiteSummary } from './sites.js';

export interface PowerStatsKW {
  mean: number;
  p95: number;
  peak: number;
}

export interface DesignMetrics {
  pue: number;
  /** With the design's `meteringBoundary`: PUE without the meters it excludes, and the boundary's name. */
  boundaryPue?: { boundary: string; pue: number };
  /** ISO/IEC 30134-2 measurement category: PUE1 (UPS output), PUE2 (PDU output), PUE3 (IT input). */
  pueCategory: 'PUE1' | 'PUE2' | 'PUE3';
  tue: number;
  itue: number;
  wueLPerKWh: number;
  /** kg CO2e per kWh of IT energy (ISO/IEC 30134-8), market-based: site.greenShare counted at 0 (sim/metrics/carbon.ts). */
  cueKgPerKWh: number;
  /** With site.greenShare: CUE location-based (every kWh at the grid factor). */
  cueLocationKgPerKWh?: number;
  /** Energy reuse effectiveness (facility - reused) / IT (The Green Grid WP#29); equals pue when no heat is reused. */
  ere: number;
  /** Energy reuse factor, reused / facility energy (ISO/IEC 30134-6); 0 when no heat is reused. */
  erf: number;
  /** With the design's `heatReuse`: the needed temperature, the liquid-loop heat available at it and the heat reused. */
  heatReuse?: { temperatureC: number; availableKWh: number; reusedKWh: number };
  itEnergyKWh: number;
  facilityEnergyKWh: number;
  waterL: number;
  /** kg CO2e over the simulated period, market-based (= location-based without site.greenShare); the TCO's carbon price uses it. */
  emissionsKg: number;
  /** With site.greenShare: kg CO2e location-based (grid factor, hourly when given, on all facility energy). */
  emissionsLocationKg?: number;
  itPowerKW: PowerStatsKW;
  facilityPowerKW: PowerStatsKW;
  /** Hour of the year (0-based) with the highest facility power, and its weather. */
  peakHour: { hour: number; timestamp: string; dryBulbC: number; wetBulbC: number };
  /** Hours any compressor of any loop ran (partial hours included); per loop in `loops`. */
  chillerHours: number;
  /** Hours no compressor of any loop ran. */
  freeCoolingHours: number;
  /** Per cooling loop the design has (liquid: facility water; air: chilled water for room air). */
  loops: { liquid?: LoopMetrics; air?: LoopMetrics };
  /** Hours in which any model was driven outside its validity range and clamped. */
  clampedHours: number;
  monthlyPue: number[];
  /** pPUE per subsystem: (subsystem energy + IT energy) / IT energy. */
  ppue: Record<string, number>;
  /** Every meter, IT included; adds up to facilityEnergyKWh. */
  energyByComponentKWh: Record<string, number>;
  /** The PUE group of every meter of energyByComponentKWh (same keys, same order); hourly.csv's `<meter>_kW` columns. */
  componentCategories: Record<string, ComponentCategory>;
}

/** One cooling loop over the run: compressorHours includes partialHours; compressorHours + freeHours = hours it carried heat. */
export interface LoopMetrics {
  compressorHours: number;
  partialHours: number;
  freeHours: number;
  compressorEnergyKWh: number;
}

export interface JobStats {
  /** The scenario's job source; `profile` and `diurnal` are utilization profiles (no jobs, no queue). */
  source: 'trace' | 'poisson' | 'profile' | 'diurnal';
  /** GPU-seconds allocated to jobs / GPU-seconds installed over the simulated years, 0-1 (a profile's mean utilization). */
  allocation: number;
  /** GPU-seconds asked for by the jobs submitted in the simulated years (gpus x duration, jobs that fit) / installed, 0-1 or above. */
  offeredLoad: number;
  submitted: number;
  completed: number;
  /** Jobs too large for the cluster, never started. */
  rejected: number;
  meanWaitS: number;
  p95WaitS: number;
  skippedLines: number;
  /** Several node groups (the XPU pool): the matching policy, per-group figures in group order, effective compute. */
  policy?: 'siloed' | 'pooled' | 'energy-aware';
  groups?: PoolGroupSummary[];
  /** Useful work delivered / installed capacity, both in reference-accelerator hours for the offered class mix (poolMeters.ts), 0-1. */
  effectiveCompute?: number;
}




/** This design minus the first design of the scenario (negative = less). */
export interface ComparisonSummary {
  versus: string;
  facilityEnergyKWh: number;
  pue: number;
  waterL: number;
  emissionsKg: number;
  capex?: number;
  opex?: number;
  tco?: number;
  /** TCO saving as a fraction of the first design's TCO (positive = cheaper). */
  tcoSavingsFraction?: number;
  /**
   * Years for the capex premium to pay back: this design's over the first when `capex` > 0, else the first's
   * over this one (sim/cli/paybackLines.ts names it); 0 without premium; null if never within the horizon.
   */
  simplePaybackYears?: number | null;
  discountedPaybackYears?: number | null;
}

/** How many racks of this design fit under the site's grid limit, judged by facility power. */
export interface CapacitySummary {
  gridLimitKW: number;
  racks: number;
  /** Worst hour of the simulated year: facility power per rack, and the racks that fit at that rate. */
  peakFacilityKWPerRack: number;
  racksFitAtSimulatedLoad: number;
  /** Design point (every node at full load, design weather): per rack, and the racks that fit. */
  designFacilityKWPerRack: number;
  racksFitAtDesignLoad: number;
  /** The hour that binds: the year's highest facility power. */
  bindingHour: { hour: number; timestamp: string; facilityKW: number; dryBulbC: number; wetBulbC: number };
  /** Current design within the limit in every simulated hour. */
  fits: boolean;
}

export interface DesignSummary {
  id: string;
  name: string;
  metrics: DesignMetrics;
  jobs: JobStats;
  sizing?: SizingSummary;
  tco?: TcoSummary;
  comparison?: ComparisonSummary;
  capacity?: CapacitySummary;
  /** With site.pueLimit (or a site record), else with costs.energy.pueSurcharge: the simulated PUE against the limit (design.md `policy`). */
  policy?: PolicySummary;
  /** With a `resilience:` block: failures, ride-through and what they cost (sim/types/resilience.ts). */
  resilience?: DesignResilience;
}

export interface PolicySummary {
  /** The limit the annual PUE is held to: site.pueLimit, else the surcharge's first tier. */
  pueLimit: number;
  source: string;
  /** metrics.pue at or below the limit. */
  pass: boolean;
  /** Present value of the surcharge over the horizon (tco.lines.pueSurchargeOpex, 0 without one), in tco.currency. */
  surchargeTotal: number;
}

export interface Summary {
  scenario: string;
  seed: number;
  weather: string;
  /** The run's `--set path=value` texts, in order; [] without any. */
  overrides: string[];
  site: { latitude: number; longitude: number; elevationM: number; timeZone: number };
  simulatedHours: number;
  designs: DesignSummary[];
  warnings: string[];
  /** Present with `dctwin run --samples N` (sim/studies/montecarlo). */
  monteCarlo?: MonteCarloSummary;
  /** Present when the scenario lists several sites (`sites:`) or `dctwin sites` adds them: every site, the first included. */
  sites?: SiteSummary[];
  /** Every simulated site x design, best first (sim/types/sites.ts). */
  siteRanking?: SiteRankingRow[];
}

/** Spread of one KPI over Monte Carlo samples (type-7 percentiles). */
export interface KpiSpread {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

/** Monte Carlo over the scenario's `uncertainty:` block. */
export interface MonteCarloSummary {
  samples: number;
  /** Sample i draws from streamSeed(seed, 'uncertainty#' + i); the simulation seed is the run's. */
  seed: number;
  /** Uncertain inputs in path order; numbers in the unit written in the file (`unit`). */
  inputs: Array<{ path: string; unit: string; moneyOnly: boolean; distribution: { kind: string } & Record<string, number | string> }>;
  /** Simulations run for the samples: 0 when every input only changes money (the run's physics is reused). */
  simulations: number;
  designs: Array<{
    id: string;
    /** By KPI path in the design's summary (`pue`, `tco.total`, ...); only KPIs the design has. */
    kpis: Record<string, KpiSpread>;
    /** Share of samples in which this design has the lowest tco.total (ties split); when every design has costs. */
    probabilityCheapest?: number;
  }>;
  /** Tornado and rank correlations of the TCO difference of the two leading designs; when two designs have costs. */
  sensitivity?: MonteCarloSensitivity;
}

