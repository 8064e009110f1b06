/**
 * Failure rates and repair times per component class (issue 16), each entry cited or marked assumption.
 *
 * Equation (an entry may list several failure modes, e.g. OREDA's "major" failures and "random trips"; modes
 *   are independent Poisson processes, so they superpose):
 *   failuresPerYear = sum_m failuresPerYear_m
 *   meanRepairS = sum_m failuresPerYear_m * meanRepairS_m / failuresPerYear   (which mode strikes is
 *     proportional to its rate, so the mean repair is the rate-weighted mean)
 *   mtbfS = SECONDS_PER_YEAR / failuresPerYear (a year of 8760 h, the unit of the sources' rates)
 * Assumptions: time to failure is exponential (weibullShape 1, a constant hazard) for every class: no source
 *   below gives a Weibull shape, so none is invented. Repair times are log-normal with the mean of the source
 *   and an assumed log standard deviation REPAIR_LOG_STD_DEV (MIL-HDBK-472 Procedure II models corrective
 *   maintenance times as log-normal; the sources give means only, not spreads). "generatorStart" is a per-demand
 *   failure (a start that fails), not a rate in time: its failuresPerYear is 0 and startFailureProbability
 *   carries it. Rates are per unit as the source counted it; "unit" says what one unit is here.
 * Validity: rates and repairs > 0 (generatorStart: rate 0); 0 <= startFailureProbability < 1. The OREDA figures
 *   are offshore process equipment, the nearest public field data for chillers, pumps and towers.
 * References: OREDA-2009 values as tabulated in a chilled-water-plant availability calculation,
 *   https://pl.scribd.com/document/338528572/Availability-Calculation (chiller 0.588/yr 12 h major + 0.249/yr 13 h
 *   trips; pump 0.347/yr 18 h + 0.079/yr 13 h; cooling tower 0.220/yr 13 h + 0.121/yr 9.9 h);
 *   IEEE 1366-1998 North-American medians SAIFI 1.10 /yr, SAIDI 1.50 h/yr (CAIDI = SAIDI / SAIFI), quoted in
 *   https://github.com/hashimxali123/SQE-Assignment4 Reliability2.md;
 *   NUREG-0933 Item B-56 "Diesel Reliability" Rev. 2 (US NRC): emergency diesel generators' average starting
 *   reliability about 0.94 per demand (goal 0.99, Regulatory Guide 1.108);
 *   MIL-HDBK-472 (1966) Procedure II (log-normal corrective maintenance times);
 *   research notes ../shared/reference/costs-accelerators-resilience-policy.md section 3.
 * Validated by: test/models/resilience/componentReliability.test.ts (the combined rates against the cited modes)
 * @example failuresPerYear(COMPONENT_RELIABILITY.chiller) // => 0.588 + 0.249
 */
import { SECONDS_PER_YEAR, sFromHours } from '../../units.js';

export type ComponentClass =
  | 'chiller' | 'coolingTowerCell' | 'dryCoolerFanBank' | 'cduPump' | 'crah'
  | 'upsModule' | 'transformer' | 'utilityFeed' | 'generatorStart';

export const COMPONENT_CLASSES: readonly ComponentClass[] = [
  'chiller', 'coolingTowerCell', 'dryCoolerFanBank', 'cduPump', 'crah', 'upsModule', 'transformer', 'utilityFeed', 'generatorStart',
];

export interface FailureMode { name: string; failuresPerYear: number; meanRepairS: number }

export type RepairDistribution =
  | { kind: 'exponential' }
  | { kind: 'lognormal'; logStdDev: number };

export interface ComponentReliability {
  /** What one unit of this class is (the thing that fails as a whole). */
  unit: string;
  modes: readonly FailureMode[];
  /** Weibull shape of the time to failure; 1 is exponential (constant hazard). */
  weibullShape: number;
  repair: RepairDistribution;
  /** Probability that one start on demand fails (generator start only). */
  startFailureProbability?: number;
  provenance: 'cited' | 'assumption';
  source: string;
}

/** Assumed log standard deviation of repair times (no source gives a spread); median = mean * exp(-s^2 / 2). */
export const REPAIR_LOG_STD_DEV = 0.8;
const LOGNORMAL: RepairDistribution = { kind: 'lognormal', logStdDev: REPAIR_LOG_STD_DEV };
const OREDA = 'OREDA-2009 via the chilled-water-plant availability calculation (pl.scribd.com/document/338528572)';
const mode = (name: string, failuresPerYear: number, meanRepairH: number): FailureMode =>
  ({ name, failuresPerYear, meanRepairS: sFromHours(meanRepairH) });

export const COMPONENT_RELIABILITY: Readonly<Record<ComponentClass, ComponentReliability>> = {
  chiller: {
    unit: 'one electric centrifugal chiller (compressor, motor, its heat exchangers and controls)',
    modes: [mode('major', 0.588, 12), mode('trip', 0.249, 13)],
    weibullShape: 1, repair: LOGNORMAL, provenance: 'cited', source: OREDA,
  },
  coolingTowerCell: {
    unit: 'one cooling-tower cell (fan, motor, fill); OREDA counts towers, applied here per cell',
    modes: [mode('major', 0.220, 13), mode('trip', 0.121, 9.9)],
    weibullShape: 1, repair: LOGNORMAL, provenance: 'cited', source: OREDA,
  },
  cduPump: {
    unit: 'one CDU pump (a CDU with two pumps is two units); chilled/condenser-water pump as proxy',
    modes: [mode('major', 0.347, 18), mode('trip', 0.079, 13)],
    weibullShape: 1, repair: LOGNORMAL, provenance: 'cited',
    source: `${OREDA}; no CDU-specific field rate found, centrifugal water pump used as proxy`,
  },
  dryCoolerFanBank: {
    unit: 'the fans of one dry-cooler module (EC fans on one controller)',
    modes: [mode('fan bank', 0.2, 8)],
    weibullShape: 1, repair: LOGNORMAL, provenance: 'assumption',
    source: 'assumption: no published field rate found (research notes 3a); order of a tower fan, EC fan swap in a shift',
  },
  crah: {
    unit: 'one computer-room air handler (fans, coil valve, controls)',
    modes: [mode('unit', 0.3, 8)],
    weibullShape: 1, repair: LOGNORMAL, provenance: 'assumption',
    source: 'assumption: PREP/TM 5-698-5 Appendix B lists air handlers but its values were not extracted',
  },
  upsModule: {
    unit: 'one UPS power module of a modular or parallel UPS',
    modes: [mode('module', 0.1, 4)],
    weibullShape: 1, repair: LOGNORMAL, provenance: 'assumption',
    source: 'assumption: vendor MTBF claims only (research notes 3a); hot-swap module replacement within 4 h',
  },
  transformer: {
    unit: 'one MV/LV distribution transformer',
    modes: [mode('unit', 0.01, 168)],
    weibullShape: 1, repair: LOGNORMAL, provenance: 'assumption',
    source: 'assumption: IEEE 493 tables not extracted; a secondary summary gives 0.005-0.015 /yr for oil-filled units; a week to swap in a spare',
  },
  utilityFeed: {
    unit: 'one utility supply (incoming feeder)',
    modes: [mode('interruption', 1.10, 1.50 / 1.10)],
    weibullShape: 1, repair: LOGNORMAL, provenance: 'cited',
    source: 'IEEE 1366-1998 medians SAIFI 1.10 /yr, SAIDI 1.50 h/yr; mean duration CAIDI = SAIDI / SAIFI (China provincial values not found)',
  },
  generatorStart: {
    unit: 'one start of one standby diesel generator on demand',
    modes: [mode('failed start', 0, 4)],
    weibullShape: 1, repair: LOGNORMAL, startFailureProbability: 1 - 0.94, provenance: 'cited',
    source: 'NUREG-0933 Item B-56: average EDG starting reliability ~0.94 per demand (nuclear EDGs; well-maintained modern sets do better, ' +
      'NREL Marqusee & Jenket 2020); 4 h to recover a failed start is an assumption',
  },
};

/** Failures a year of one unit, all modes. */
export function failuresPerYear(entry: ComponentReliability): number {
  return entry.modes.reduce((sum, m) => sum + m.failuresPerYear, 0);
}

/** Mean repair time of one failure, weighted by the modes' rates (the first mode's when the rate is 0). */
export function meanRepairS(entry: ComponentReliability): number {
  const rate = failuresPerYear(entry);
  if (rate === 0) return entry.modes[0].meanRepairS;
  return entry.modes.reduce((sum, m) => sum + m.failuresPerYear * m.meanRepairS, 0) / rate;
}

/** Mean time between failures of one unit, s (Infinity for a class that fails only on demand). */
export function mtbfS(entry: ComponentReliability): number {
  const rate = failuresPerYear(entry);
  return rate > 0 ? SECONDS_PER_YEAR / rate : Infinity;
}
