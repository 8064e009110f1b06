/**
 * The four weather fields dctwin reads, their missing-value markers and valid ranges, and the
 * rule for gaps: up to 6 consecutive missing hours are filled by linear interpolation; a longer
 * gap is an error, because a made-up day of weather would silently change every result.
 *
 * Equation (a gap of n hours between good values before and after it):
 *   value[gapStart + k] = before + (after - before) * (k + 1) / (n + 1),   k = 0 .. n-1
 * Assumptions: the typical year is cyclic (a gap at 1 Jan 00:00 interpolates from 31 Dec);
 *   a value is "missing" when it equals the field's marker (99.9, 999, 999999); any other value
 *   outside the field's range, 200 degC or 1000 % among them, is an error quoting it: a file
 *   that says 200 is broken, not silent, and reading it as a gap would hide that.
 * Validity: gaps of 1..6 hours; weather changes little within 6 hours compared with a year's range.
 * References: EnergyPlus Auxiliary Programs, "Weather Converter Program" > "EnergyPlus Weather File
 *   (EPW) Data Dictionary", fields N6 dry bulb (\missing 99.9, > -70, < 70 C), N7 dew point (\missing 99.9,
 *   > -70, < 70 C), N8 relative humidity (\missing 999, 0..110 %), N9 station pressure (\missing 999999,
 *   > 31000, < 120000 Pa). The 6-hour limit is dctwin's choice (the brief), stated in every message.
 * Validated by: test/models/climate/missingValues.test.ts
 * @example fillGaps(Float64Array.of(1, 99.9, 3), Uint8Array.of(0, 1, 0), 6) // => { filledHours: 1 }, value[1] = 2
 */

/** How a reader names a field in messages, and how it recognises bad values. */
export interface FieldSpec {
  /** Words used in messages: `dry bulb`. */
  name: string;
  /** Unit shown in messages. */
  unit: string;
  /** The missing-data marker: a value equal to it is a gap. */
  missingMarker: number;
  /** Valid range of a present value (inclusive here; the dictionary's strict bounds are never met by real data). */
  min: number;
  max: number;
}

export const DRY_BULB: FieldSpec = { name: 'dry bulb', unit: 'degC', missingMarker: 99.9, min: -70, max: 70 };
export const DEW_POINT: FieldSpec = { name: 'dew point', unit: 'degC', missingMarker: 99.9, min: -70, max: 70 };
export const RELATIVE_HUMIDITY: FieldSpec = { name: 'relative humidity', unit: '%', missingMarker: 999, min: 0, max: 110 };
export const STATION_PRESSURE: FieldSpec = { name: 'station pressure', unit: 'Pa', missingMarker: 999999, min: 31000, max: 120000 };

/** Most consecutive missing hours that are filled by interpolation. */
export const MAX_FILLED_GAP_HOURS = 6;

export interface GapFill {
  /** Hours filled by interpolation. */
  filledHours: number;
  /** The first (by start hour) gap longer than the limit, left unfilled. */
  tooLong?: { startHour: number; lengthHours: number };
}

/**
 * Fills, in place, runs of up to `maxGapHours` hours flagged in `missing` by linear interpolation
 * between the good hours around them (cyclically). Longer runs are left as they are and reported.
 */
export function fillGaps(values: Float64Array, missing: Uint8Array, maxGapHours: number): GapFill {
  const n = values.length;
  let anchor = -1;
  for (let i = 0; i < n; i++) {
    if (missing[i] === 0) {
      anchor = i;
      break;
    }
  }
  if (anchor < 0) return n === 0 ? { filledHours: 0 } : { filledHours: 0, tooLong: { startHour: 0, lengthHours: n } };
  let filledHours = 0;
  let tooLong: GapFill['tooLong'];
  let step = 1;
  while (step < n) {
    const start = (anchor + step) % n;
    if (missing[start] === 0) {
      step++;
      continue;
    }
    let length = 0;
    while (missing[(start + length) % n] === 1) length++;
    const before = values[(start - 1 + n) % n];
    const after = values[(start + length) % n];
    if (length > maxGapHours) {
      if (tooLong === undefined || start < tooLong.startHour) tooLong = { startHour: start, lengthHours: length };
    } else {
      for (let k = 0; k < length; k++) values[(start + k) % n] = before + ((after - before) * (k + 1)) / (length + 1);
      filledHours += length;
    }
    step += length;
  }
  return tooLong === undefined ? { filledHours } : { filledHours, tooLong };
}
