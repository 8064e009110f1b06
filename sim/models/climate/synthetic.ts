/**
 * A synthetic climate for quick what-ifs: dry bulb as an annual plus a diurnal sinusoid, humidity
 * as a constant relative humidity or a constant dew-point depression, pressure from elevation.
 *
 * Equation (hour i of the year, dayOfYear = floor(i / 24) + 1, hourOfDay = i mod 24):
 *   dryBulbC = meanDryBulbC
 *            + annualAmplitudeK  * cos(2 * pi * (dayOfYear - hottestDayOfYear) / 365)
 *            + diurnalAmplitudeK * cos(2 * pi * (hourOfDay - hottestHour) / 24)
 *   dewPointC = dewPoint(dryBulbC, relativeHumidity)   or   dryBulbC - dewPointDepressionK
 *   pressurePa = 101325 * (1 - 2.25577e-5 * elevationM)^5.2559        (ASHRAE 2017 ch. 1 eq. 3)
 * Assumptions: both cycles are pure cosines, so the year's mean is exactly meanDryBulbC and the
 *   hottest hour is meanDryBulbC + annualAmplitudeK + diurnalAmplitudeK on hottestDayOfYear at
 *   hottestHour. Real diurnal profiles rise faster than they fall (ASHRAE ch. 14 gives a tabulated
 *   fraction-of-daily-range profile); a cosine is the simple, symmetric stand-in. No weather noise.
 * Validity: -60 <= dryBulbC <= 60 everywhere (RangeError otherwise: the schema bounds the inputs);
 *   0 < relativeHumidity <= 1; dewPointDepressionK >= 0.
 * References: ASHRAE Handbook Fundamentals 2017, ch. 1 eq. 3 (standard atmosphere); ch. 14
 *   "Climatic Design Information", design-day temperature profile (for the known difference).
 * Validated by: test/models/climate/synthetic.test.ts (mean, amplitudes and timing of the peak)
 * @example syntheticWeather({ meanDryBulbC: 16, annualAmplitudeK: 10, diurnalAmplitudeK: 4, hottestDayOfYear: 200, hottestHour: 15, relativeHumidity: 0.7, elevationM: 10 }).dryBulbC[199 * 24 + 15] // => 30
 */
import { HOURS_PER_YEAR } from '../../units.js';
import { yearCalendar } from './calendar.js';
import {
  dewPointFromRelativeHumidityC, relativeHumidityFromDewPoint, standardPressurePa, withPsychrometrics,
} from './psychrometrics.js';
import type { Weather } from './weather.js';

export interface SyntheticClimate {
  /** Station name in reports; default 'synthetic climate'. */
  name?: string;
  meanDryBulbC: number;
  annualAmplitudeK: number;
  diurnalAmplitudeK: number;
  /** 1-365. */
  hottestDayOfYear: number;
  /** 0-23, start of the hottest interval. */
  hottestHour: number;
  /** Constant relative humidity, 0-1 (give this or dewPointDepressionK). */
  relativeHumidity?: number;
  /** Constant dryBulbC - dewPointC (give this or relativeHumidity). */
  dewPointDepressionK?: number;
  elevationM: number;
}

const DAYS_PER_YEAR = 365;

/** A year of hourly weather from the sinusoid climate above. */
export function syntheticWeather(climate: SyntheticClimate): Weather {
  const { relativeHumidity, dewPointDepressionK } = climate;
  if ((relativeHumidity === undefined) === (dewPointDepressionK === undefined)) {
    throw new RangeError('syntheticWeather: give exactly one of relativeHumidity and dewPointDepressionK');
  }
  if (relativeHumidity !== undefined && !(relativeHumidity > 0 && relativeHumidity <= 1)) {
    throw new RangeError(`syntheticWeather: relativeHumidity must be in (0, 1], got ${relativeHumidity}`);
  }
  if (dewPointDepressionK !== undefined && !(dewPointDepressionK >= 0)) {
    throw new RangeError(`syntheticWeather: dewPointDepressionK must be >= 0, got ${dewPointDepressionK}`);
  }
  const dryBulbC = new Float64Array(HOURS_PER_YEAR);
  const dewPointC = new Float64Array(HOURS_PER_YEAR);
  const relative = new Float64Array(HOURS_PER_YEAR);
  const pressurePa = new Float64Array(HOURS_PER_YEAR).fill(standardPressurePa(climate.elevationM));
  for (let i = 0; i < HOURS_PER_YEAR; i++) {
    const dayOfYear = Math.floor(i / 24) + 1;
    const hourOfDay = i % 24;
    const tempC =
      climate.meanDryBulbC +
      climate.annualAmplitudeK * Math.cos((2 * Math.PI * (dayOfYear - climate.hottestDayOfYear)) / DAYS_PER_YEAR) +
      climate.diurnalAmplitudeK * Math.cos((2 * Math.PI * (hourOfDay - climate.hottestHour)) / 24);
    if (!(tempC >= -60 && tempC <= 60)) throw new RangeError(`syntheticWeather: dry bulb ${tempC} degC outside -60..60 degC`);
    dryBulbC[i] = tempC;
    if (relativeHumidity !== undefined) {
      dewPointC[i] = dewPointFromRelativeHumidityC(tempC, relativeHumidity);
      relative[i] = relativeHumidity;
    } else {
      dewPointC[i] = tempC - (dewPointDepressionK as number);
      relative[i] = relativeHumidityFromDewPoint(tempC, dewPointC[i]);
    }
  }
  return withPsychrometrics({
    station: { name: climate.name ?? 'synthetic climate', country: '', source: 'dctwin synthetic', latitude: 0, longitude: 0, timeZoneH: 0, elevationM: climate.elevationM },
    sourcePath: '',
    hours: HOURS_PER_YEAR,
    ...yearCalendar(),
    dryBulbC,
    dewPointC,
    relativeHumidity: relative,
    pressurePa,
    notes: [describe(climate)],
  });
}

function describe(c: SyntheticClimate): string {
  const humidity = c.relativeHumidity !== undefined ? `relative humidity ${(c.relativeHumidity * 100).toFixed(0)} %` : `dew point ${c.dewPointDepressionK} K below dry bulb`;
  return `synthetic climate: mean ${c.meanDryBulbC} degC, annual amplitude ${c.annualAmplitudeK} K (hottest day ${c.hottestDayOfYear}), diurnal amplitude ${c.diurnalAmplitudeK} K (hottest hour ${c.hottestHour}), ${humidity}, elevation ${c.elevationM} m`;
}
