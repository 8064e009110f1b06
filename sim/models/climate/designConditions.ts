/**
 * Design-point weather of a site, from the hours of ITS OWN weather file, following the
 * definitions of the ASHRAE Handbook Fundamentals climatic design tables: the dry bulb exceeded in
 * 0.4 %, 1 % and 2 % of the year's hours with its mean coincident wet bulb, the wet bulb exceeded
 * in 0.4 % of hours with its mean coincident dry bulb, and the extreme (hottest) hour.
 *
 * Equation (N hours, fraction p):
 *   k = max(1, round(p * N));  designValue = the k-th highest hourly value  (0.4 % of 8760 h -> 35th)
 *   meanCoincidentWetBulbC = mean wet bulb of the hours whose dry bulb is within +-0.5 K of the design dry bulb
 *   (and the same with dry and wet bulb swapped for the evaporation condition)
 * Assumptions: the file is one typical year, so these are the file's own percentiles. ASHRAE's
 *   station tables use 20-30 years of observations and are NOT what this computes: a typical year
 *   is chosen for typical months, so its extremes are usually milder than the long-term design values.
 *   The +-0.5 K coincidence bin is dctwin's choice (files report 0.1 K steps; a bin this wide
 *   holds enough hours for a stable mean).
 * Validity: a year of hourly data (any N >= 1 works; the percent meaning needs a full year).
 * References: ASHRAE Handbook Fundamentals 2017, ch. 14 "Climatic Design Information", section
 *   "Annual Design Conditions" (cooling and evaporation design conditions at 0.4/1/2 % annual
 *   cumulative frequency; mean coincident values; extreme annual conditions).
 * Validated by: test/models/climate/designConditions.test.ts (known ranks; Hangzhou vs the ASHRAE 2009
 *   values in its own DESIGN CONDITIONS header, within the typical-year difference)
 * @example designConditions(weather).cooling04.dryBulbC // => the 35th-hottest hour's dry bulb
 */
import type { Weather } from './weather.js';

/** Half width of the coincidence bin, K. */
export const COINCIDENCE_HALF_WIDTH_K = 0.5;

export interface CoolingDesign {
  /** Annual fraction of hours at or above the design value, 0-1 (0.004 = 0.4 %). */
  exceedance: number;
  dryBulbC: number;
  meanCoincidentWetBulbC: number;
}

export interface EvaporationDesign {
  exceedance: number;
  wetBulbC: number;
  meanCoincidentDryBulbC: number;
}

export interface ExtremeHour {
  tempC: number;
  /** Hour of year (0-8759) of the first hour with that value. */
  hourOfYear: number;
}

export interface DesignConditions {
  /** What the numbers are computed from, for reports. */
  basis: string;
  hours: number;
  cooling04: CoolingDesign;
  cooling1: CoolingDesign;
  cooling2: CoolingDesign;
  evaporation04: EvaporationDesign;
  maxDryBulb: ExtremeHour;
  maxWetBulb: ExtremeHour;
}

/** The value exceeded in `exceedance` of the hours: the k-th highest, k = max(1, round(exceedance * N)). */
export function exceededValue(values: ArrayLike<number>, exceedance: number): number {
  const sorted = Float64Array.from(values).sort();
  const k = Math.min(sorted.length, Math.max(1, Math.round(exceedance * sorted.length)));
  return sorted[sorted.length - k];
}

/** Mean of `other` over the hours whose `key` is within the coincidence bin of `designValue`. */
export function meanCoincident(key: ArrayLike<number>, other: ArrayLike<number>, designValue: number): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    if (Math.abs(key[i] - designValue) <= COINCIDENCE_HALF_WIDTH_K) {
      sum += other[i];
      n++;
    }
  }
  return sum / n;
}

function maxHour(values: ArrayLike<number>): ExtremeHour {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return { tempC: values[best], hourOfYear: best };
}

function cooling(w: Weather, exceedance: number): CoolingDesign {
  const dryBulbC = exceededValue(w.dryBulbC, exceedance);
  return { exceedance, dryBulbC, meanCoincidentWetBulbC: meanCoincident(w.dryBulbC, w.wetBulbC, dryBulbC) };
}

/** Design conditions of a year of weather, from its own hourly distribution. */
export function designConditions(weather: Weather): DesignConditions {
  const wetBulbC = exceededValue(weather.wetBulbC, 0.004);
  return {
    basis: `this weather file's own ${weather.hours} hours (ASHRAE Handbook Fundamentals ch. 14 definitions), not the ASHRAE station table`,
    hours: weather.hours,
    cooling04: cooling(weather, 0.004),
    cooling1: cooling(weather, 0.01),
    cooling2: cooling(weather, 0.02),
    evaporation04: { exceedance: 0.004, wetBulbC, meanCoincidentDryBulbC: meanCoincident(weather.wetBulbC, weather.dryBulbC, wetBulbC) },
    maxDryBulb: maxHour(weather.dryBulbC),
    maxWetBulb: maxHour(weather.wetBulbC),
  };
}
