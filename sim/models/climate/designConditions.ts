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
 *   Design point for sizing (designPointOf): dry-bulb-driven equipment (dry coolers, air-cooled chillers, CRAH coils'
 *   outdoor side) is sized at the cooling dry bulb of the chosen basis, wet-bulb-driven equipment (towers, adiabatic
 *   pre-cooling) at the evaporation wet bulb of the same basis, as the handbook assigns them (cooling DB/MCWB for
 *   cooling loads and air-cooled condensers, evaporation WB/MCDB for cooling towers and evaporative coolers).
 *   'file-extreme' = the file's hottest and its most humid hour (dctwin's behaviour before bases existed).
 *   'station-0.4%', 'station-1%', 'station-2%': the same conditions from the ASHRAE station table in the EPW header
 *   (20-30 years of observations); 'station-20-year': the 20-year return-period maximum dry bulb with the station's
 *   0.4 % evaporation wet bulb (coincident values: the 0.4 % ones). Hours above: the file's hours above the value.
 * Validity: a year of hourly data (any N >= 1 works; the percent meaning needs a full year).
 * References: ASHRAE Handbook Fundamentals 2017, ch. 14 "Climatic Design Information", section
 *   "Annual Design Conditions" (cooling and evaporation design conditions at 0.4/1/2 % annual
 *   cumulative frequency; mean coincident values; extreme annual conditions).
 * Validated by: test/models/climate/designConditions.test.ts (known ranks; Hangzhou vs the ASHRAE 2009
 *   values in its own DESIGN CONDITIONS header, within the typical-year difference; each basis's design point)
 * @example designConditions(weather).cooling04.dryBulbC // => the 35th-hottest hour's dry bulb
 * @example designPointOf(designConditions(weather), '1%').dryBulbC // => the 88th-hottest hour's dry bulb
 */
import { InputError } from '../../errors.js';
import type { Weather } from './weather.js';
import type { StationDesignConditions } from './stationDesign.js';

/** The station values with the file's hours above each: cooling dry bulbs, evaporation wet bulbs (0.4/1/2 %), 20-year dry bulb. */
export interface StationConditions {
  values: StationDesignConditions;
  hoursAboveCooling: number[];
  hoursAboveEvaporation: number[];
  hoursAbove20Year: number;
}

/** Half width of the coincidence bin, K. */
export const COINCIDENCE_HALF_WIDTH_K = 0.5;

export interface CoolingDesign {
  /** Annual fraction of hours at or above the design value, 0-1 (0.004 = 0.4 %). */
  exceedance: number;
  dryBulbC: number;
  meanCoincidentWetBulbC: number;
  /** Hours of the file with a dry bulb above dryBulbC. */
  hoursAbove: number;
}

export interface EvaporationDesign {
  exceedance: number;
  wetBulbC: number;
  meanCoincidentDryBulbC: number;
  /** Hours of the file with a wet bulb above wetBulbC. */
  hoursAbove: number;
}

export interface ExtremeHour {
  tempC: number;
  /** Hour of year (0-8759) of the first hour with that value. */
  hourOfYear: number;
  /** The other temperature in that hour (wet bulb of the hottest hour, dry bulb of the most humid), degC. */
  coincidentC: number;
}

export interface DesignConditions {
  /** What the numbers are computed from, for reports. */
  basis: string;
  hours: number;
  cooling04: CoolingDesign;
  cooling1: CoolingDesign;
  cooling2: CoolingDesign;
  evaporation04: EvaporationDesign;
  evaporation1: EvaporationDesign;
  evaporation2: EvaporationDesign;
  maxDryBulb: ExtremeHour;
  maxWetBulb: ExtremeHour;
  /** The EPW header's ASHRAE station values, with the file's hours above each (undefined: the file has none). */
  station?: StationConditions;
  /** Where the weather came from, for messages. */
  sourcePath: string;
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

function maxHour(values: ArrayLike<number>, other: ArrayLike<number>): ExtremeHour {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return { tempC: values[best], hourOfYear: best, coincidentC: other[best] };
}

function countAbove(values: ArrayLike<number>, limit: number): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > limit) n++;
  return n;
}

function cooling(w: Weather, exceedance: number): CoolingDesign {
  const dryBulbC = exceededValue(w.dryBulbC, exceedance);
  return { exceedance, dryBulbC, meanCoincidentWetBulbC: meanCoincident(w.dryBulbC, w.wetBulbC, dryBulbC), hoursAbove: countAbove(w.dryBulbC, dryBulbC) };
}

function evaporation(w: Weather, exceedance: number): EvaporationDesign {
  const wetBulbC = exceededValue(w.wetBulbC, exceedance);
  return { exceedance, wetBulbC, meanCoincidentDryBulbC: meanCoincident(w.wetBulbC, w.dryBulbC, wetBulbC), hoursAbove: countAbove(w.wetBulbC, wetBulbC) };
}

/** Design conditions of a year of weather, from its own hourly distribution. */
export function designConditions(weather: Weather): DesignConditions {
  return {
    basis: `this weather file's own ${weather.hours} hours (ASHRAE Handbook Fundamentals ch. 14 definitions), not the ASHRAE station table`,
    hours: weather.hours,
    cooling04: cooling(weather, 0.004),
    cooling1: cooling(weather, 0.01),
    cooling2: cooling(weather, 0.02),
    evaporation04: evaporation(weather, 0.004),
    evaporation1: evaporation(weather, 0.01),
    evaporation2: evaporation(weather, 0.02),
    maxDryBulb: maxHour(weather.dryBulbC, weather.wetBulbC),
    maxWetBulb: maxHour(weather.wetBulbC, weather.dryBulbC),
    ...(weather.station.ashraeDesign === undefined ? {} : {
      station: {
        values: weather.station.ashraeDesign,
        hoursAboveCooling: weather.station.ashraeDesign.cooling.map((x) => countAbove(weather.dryBulbC, x.dryBulbC)),
        hoursAboveEvaporation: weather.station.ashraeDesign.evaporation.map((x) => countAbove(weather.wetBulbC, x.wetBulbC)),
        hoursAbove20Year: countAbove(weather.dryBulbC, weather.station.ashraeDesign.returnPeriodMaxDryBulbC[20]),
      },
    }),
    sourcePath: weather.sourcePath,
  };
}

/** Which of a file's design conditions the plant is sized at (scenario `site.designBasis`). */
export const DESIGN_BASES = ['file-extreme', '0.4%', '1%', '2%', 'station-0.4%', 'station-1%', 'station-2%', 'station-20-year'] as const;
export type DesignBasis = (typeof DESIGN_BASES)[number];

/** The weather a plant is sized at: dry bulb for dry equipment, wet bulb for evaporative, each with its coincident value. */
export interface DesignWeather {
  basis: DesignBasis;
  dryBulbC: number;
  meanCoincidentWetBulbC: number;
  wetBulbC: number;
  meanCoincidentDryBulbC: number;
  /** Hours of the file above the design dry bulb and above the design wet bulb (the plant may fall short in them). */
  hoursAboveDryBulb: number;
  hoursAboveWetBulb: number;
}

export function designPointOf(c: DesignConditions, basis: DesignBasis): DesignWeather {
  if (basis === 'file-extreme') {
    return {
      basis, dryBulbC: c.maxDryBulb.tempC, meanCoincidentWetBulbC: c.maxDryBulb.coincidentC,
      wetBulbC: c.maxWetBulb.tempC, meanCoincidentDryBulbC: c.maxWetBulb.coincidentC, hoursAboveDryBulb: 0, hoursAboveWetBulb: 0,
    };
  }
  if (basis.startsWith('station-')) return stationPoint(c, basis);
  const [dry, wet] = basis === '0.4%' ? [c.cooling04, c.evaporation04] : basis === '1%' ? [c.cooling1, c.evaporation1] : [c.cooling2, c.evaporation2];
  return {
    basis, dryBulbC: dry.dryBulbC, meanCoincidentWetBulbC: dry.meanCoincidentWetBulbC, wetBulbC: wet.wetBulbC,
    meanCoincidentDryBulbC: wet.meanCoincidentDryBulbC, hoursAboveDryBulb: dry.hoursAbove, hoursAboveWetBulb: wet.hoursAbove,
  };
}

function stationPoint(c: DesignConditions, basis: DesignBasis): DesignWeather {
  if (c.station === undefined) {
    throw new InputError(`site.designBasis: '${basis}' needs the ASHRAE design conditions of an EPW header (DESIGN CONDITIONS line), ` +
      `got none in ${c.sourcePath === '' ? 'a synthetic climate' : c.sourcePath}: use 'file-extreme', '0.4%', '1%' or '2%' (the file's own hours)`);
  }
  const s = c.station;
  const v = s.values;
  const i = basis === 'station-1%' ? 1 : basis === 'station-2%' ? 2 : 0;
  const extreme = basis === 'station-20-year';
  const wet = v.evaporation[i];
  return {
    basis, dryBulbC: extreme ? v.returnPeriodMaxDryBulbC[20] : v.cooling[i].dryBulbC, meanCoincidentWetBulbC: v.cooling[i].meanCoincidentWetBulbC,
    wetBulbC: wet.wetBulbC, meanCoincidentDryBulbC: wet.meanCoincidentDryBulbC,
    hoursAboveDryBulb: extreme ? s.hoursAbove20Year : s.hoursAboveCooling[i], hoursAboveWetBulb: s.hoursAboveEvaporation[i],
  };
}
