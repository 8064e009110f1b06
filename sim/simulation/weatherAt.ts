/**
 * Weather of one control interval. With hourly steps, the weather file's row
 * for that hour. With sub-hourly steps, linear interpolation between the
 * previous and the current hour's values at the end of each step, as
 * EnergyPlus does for sub-hourly time steps (Engineering Reference, "Weather
 * Data Interpolation"): the last step of an hour equals the hour's value.
 * A run longer than the file repeats it year after year.
 */
import { SECONDS_PER_HOUR } from '../units.js';
import type { Weather } from '../models/climate/weather.js';

export interface IntervalWeather {
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
}

export function weatherAt(w: Weather, startS: number, stepsPerHour: number, out: IntervalWeather): void {
  const absoluteHour = Math.floor(startS / SECONDS_PER_HOUR);
  const h = absoluteHour % w.hours;
  if (stepsPerHour === 1) {
    out.dryBulbC = w.dryBulbC[h];
    out.wetBulbC = w.wetBulbC[h];
    out.pressurePa = w.pressurePa[h];
    return;
  }
  const prev = (h + w.hours - 1) % w.hours;
  const step = Math.round((startS - absoluteHour * SECONDS_PER_HOUR) / (SECONDS_PER_HOUR / stepsPerHour));
  const f = (step + 1) / stepsPerHour;
  out.dryBulbC = w.dryBulbC[prev] + (w.dryBulbC[h] - w.dryBulbC[prev]) * f;
  out.wetBulbC = w.wetBulbC[prev] + (w.wetBulbC[h] - w.wetBulbC[prev]) * f;
  out.pressurePa = w.pressurePa[prev] + (w.pressurePa[h] - w.pressurePa[prev]) * f;
}
