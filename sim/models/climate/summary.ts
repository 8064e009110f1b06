/**
 * Climate summary of a year of weather: per month and for the year, mean/min/max dry bulb and
 * mean/max wet bulb, hours above given thresholds, and hours of free cooling for a supply
 * temperature and approach.
 *
 * Equation (each hour counts 1 h):
 *   hoursAbove(threshold) = count(tempC > threshold)
 *   free cooling hour: outdoorC + approachK <= supplyC, outdoorC = wetBulbC ('wetbulb': cooling
 *   tower, adiabatic cooler) or dryBulbC ('drybulb': dry cooler)
 * Assumptions: "free" means heat rejection alone holds the supply temperature with the given approach
 *   (full economizer hours); partial economizer hours are the plant model's business, not this summary's.
 * Validity: any year of hourly weather.
 * References: economizer hour counting per reference/metrics-parameters-tco.md section 2.3
 *   (T_supply_available = T_wb + approach; dry cooler: approach to dry bulb), after Energies 2023,
 *   16(9), 3661, doi:10.3390/en16093661; ASHRAE Handbook Fundamentals 2017 ch. 14 (monthly means).
 * Validated by: test/models/climate/summary.test.ts; test/cli/climate.test.ts (Hangzhou monthly means
 *   vs an independent parse of the file's column 7)
 * @example climateSummary(weather, { freeCooling: { supplyC: 32, approachK: 6, basis: 'wetbulb' } }).year.freeCoolingHours
 */
import type { Weather } from './weather.js';

export type FreeCoolingBasis = 'wetbulb' | 'drybulb';

export interface FreeCooling {
  supplyC: number;
  approachK: number;
  basis: FreeCoolingBasis;
}

export interface SummaryOptions {
  aboveDryBulbC?: number[];
  aboveWetBulbC?: number[];
  freeCooling?: FreeCooling;
}

export interface PeriodSummary {
  hours: number;
  meanDryBulbC: number;
  minDryBulbC: number;
  maxDryBulbC: number;
  meanWetBulbC: number;
  maxWetBulbC: number;
  /** Hours with dry bulb above each of `aboveDryBulbC`, same order. */
  hoursAboveDryBulb: number[];
  hoursAboveWetBulb: number[];
  /** Present when `freeCooling` was given. */
  freeCoolingHours?: number;
}

export interface ClimateSummary {
  station: Weather['station'];
  sourcePath: string;
  aboveDryBulbC: number[];
  aboveWetBulbC: number[];
  freeCooling?: FreeCooling;
  /** January first. */
  months: (PeriodSummary & { month: number })[];
  year: PeriodSummary;
  notes: string[];
}

/** True when heat rejection alone reaches the supply temperature this hour. */
export function isFreeCoolingHour(dryBulbC: number, wetBulbC: number, freeCooling: FreeCooling): boolean {
  const outdoorC = freeCooling.basis === 'wetbulb' ? wetBulbC : dryBulbC;
  return outdoorC + freeCooling.approachK <= freeCooling.supplyC;
}

interface Accumulator {
  hours: number;
  sumDry: number;
  sumWet: number;
  minDry: number;
  maxDry: number;
  maxWet: number;
  aboveDry: number[];
  aboveWet: number[];
  free: number;
}

const empty = (options: SummaryOptions): Accumulator => ({
  hours: 0, sumDry: 0, sumWet: 0, minDry: Infinity, maxDry: -Infinity, maxWet: -Infinity,
  aboveDry: (options.aboveDryBulbC ?? []).map(() => 0), aboveWet: (options.aboveWetBulbC ?? []).map(() => 0), free: 0,
});

function finish(a: Accumulator, options: SummaryOptions): PeriodSummary {
  const out: PeriodSummary = {
    hours: a.hours,
    meanDryBulbC: a.sumDry / a.hours,
    minDryBulbC: a.minDry,
    maxDryBulbC: a.maxDry,
    meanWetBulbC: a.sumWet / a.hours,
    maxWetBulbC: a.maxWet,
    hoursAboveDryBulb: a.aboveDry,
    hoursAboveWetBulb: a.aboveWet,
  };
  if (options.freeCooling !== undefined) out.freeCoolingHours = a.free;
  return out;
}

/** Monthly and annual climate summary of `weather`. */
export function climateSummary(weather: Weather, options: SummaryOptions = {}): ClimateSummary {
  const dryThresholds = options.aboveDryBulbC ?? [];
  const wetThresholds = options.aboveWetBulbC ?? [];
  const months = Array.from({ length: 12 }, () => empty(options));
  const year = empty(options);
  for (let i = 0; i < weather.hours; i++) {
    const dry = weather.dryBulbC[i];
    const wet = weather.wetBulbC[i];
    const free = options.freeCooling !== undefined && isFreeCoolingHour(dry, wet, options.freeCooling);
    for (const a of [months[weather.month[i] - 1], year]) {
      a.hours++;
      a.sumDry += dry;
      a.sumWet += wet;
      if (dry < a.minDry) a.minDry = dry;
      if (dry > a.maxDry) a.maxDry = dry;
      if (wet > a.maxWet) a.maxWet = wet;
      dryThresholds.forEach((t, k) => { if (dry > t) a.aboveDry[k]++; });
      wetThresholds.forEach((t, k) => { if (wet > t) a.aboveWet[k]++; });
      if (free) a.free++;
    }
  }
  return {
    station: weather.station,
    sourcePath: weather.sourcePath,
    aboveDryBulbC: dryThresholds,
    aboveWetBulbC: wetThresholds,
    ...(options.freeCooling !== undefined ? { freeCooling: options.freeCooling } : {}),
    months: months.map((a, k) => ({ month: k + 1, ...finish(a, options) })),
    year: finish(year, options),
    notes: weather.notes,
  };
}
