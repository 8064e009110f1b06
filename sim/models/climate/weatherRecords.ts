/**
 * From the hourly records a reader has parsed (EPW or .mos) to a complete `Weather`: check each
 * value, fill short gaps, reject long ones with the file and line, add psychrometric properties.
 *
 * Equation: relativeHumidity = min(percent / 100, 1); a station-pressure gap longer than 6 hours
 *   takes the standard-atmosphere pressure at the station's elevation (ASHRAE 2017 ch. 1 eq. 3);
 *   other gaps follow missingValues.ts.
 * Assumptions: pressure changes psychrometric results by about 1 % per 1 kPa, so the standard
 *   atmosphere is an acceptable stand-in for a missing barometer; temperatures and humidity are not.
 * Validity: 8760 records in time order (checked by the reader).
 * References: EnergyPlus Auxiliary Programs, EPW data dictionary (fields N6-N9, \missing);
 *   ASHRAE Handbook Fundamentals 2017, ch. 1, eq. 3 (standard atmosphere).
 * Validated by: test/models/climate/weatherRecords.test.ts, test/models/climate/epw.test.ts
 * @example parseField('99.9', DRY_BULB, 7, 'a.epw', 12) // => { value: NaN, missing: true }
 */
import { InputError, locate } from '../../errors.js';
import { HOURS_PER_YEAR } from '../../units.js';
import { yearCalendar } from './calendar.js';
import {
  DEW_POINT, DRY_BULB, MAX_FILLED_GAP_HOURS, RELATIVE_HUMIDITY, STATION_PRESSURE, fillGaps, type FieldSpec,
} from './missingValues.js';
import { standardPressurePa, withPsychrometrics } from './psychrometrics.js';
import type { Station, Weather } from './weather.js';

/** One column as read: values (NaN where missing), missing flags, and its 1-based column number in the file. */
export interface RecordColumn {
  values: Float64Array;
  missing: Uint8Array;
  column: number;
}

export interface WeatherRecords {
  station: Station;
  sourcePath: string;
  /** Path shown in messages. */
  shownPath: string;
  dryBulb: RecordColumn;
  dewPoint: RecordColumn;
  relativeHumidityPercent: RecordColumn;
  stationPressure: RecordColumn;
  /** 1-based line in the file of each hour's record. */
  lineOfHour: Int32Array;
  notes: string[];
}

/** An empty column of 8760 hours. */
export function recordColumn(column: number): RecordColumn {
  return { values: new Float64Array(HOURS_PER_YEAR), missing: new Uint8Array(HOURS_PER_YEAR), column };
}

const where = (spec: FieldSpec, column: number) => `${spec.name} (column ${column})`;

/** Parses one field; a missing marker gives `missing: true`; anything else invalid throws an InputError. */
export function parseField(text: string, spec: FieldSpec, column: number, file: string, line: number) {
  const trimmed = text.trim();
  const value = trimmed === '' ? NaN : Number(trimmed);
  if (Number.isNaN(value)) {
    throw new InputError(`${locate(file, line)}${where(spec, column)}: expected a number in ${spec.unit}, got '${text}'`);
  }
  if (value === spec.missingMarker) return { value: NaN, missing: true };
  if (value < spec.min || value > spec.max) {
    throw new InputError(
      `${locate(file, line)}${where(spec, column)}: expected a number between ${spec.min} and ${spec.max} ${spec.unit} (EPW data dictionary), got ${trimmed}`,
    );
  }
  return { value, missing: false };
}

/** Stores one parsed field into its column at `hour`. */
export function storeField(target: RecordColumn, hour: number, text: string, spec: FieldSpec, file: string, line: number): void {
  const { value, missing } = parseField(text, spec, target.column, file, line);
  target.values[hour] = value;
  target.missing[hour] = missing ? 1 : 0;
}

function fillOrThrow(records: WeatherRecords, spec: FieldSpec, col: RecordColumn, notes: string[]): void {
  const fill = fillGaps(col.values, col.missing, MAX_FILLED_GAP_HOURS);
  if (fill.tooLong !== undefined) {
    const { startHour, lengthHours } = fill.tooLong;
    if (spec === STATION_PRESSURE) {
      const pressurePa = standardPressurePa(records.station.elevationM);
      for (let i = 0; i < col.values.length; i++) if (Number.isNaN(col.values[i])) col.values[i] = pressurePa;
      notes.push(
        `station pressure missing for ${lengthHours} hours in a row from line ${records.lineOfHour[startHour]}: used the standard atmosphere at ${records.station.elevationM} m (${pressurePa.toFixed(0)} Pa)`,
      );
    } else {
      const marker = spec.missingMarker;
      throw new InputError(
        `${locate(records.shownPath, records.lineOfHour[startHour])}${where(spec, col.column)}: expected a measured value, got ${marker} (missing for ${lengthHours} hours in a row; at most ${MAX_FILLED_GAP_HOURS} are filled)`,
      );
    }
  }
  if (fill.filledHours > 0) {
    notes.push(`filled ${fill.filledHours} missing ${spec.name} values by linear interpolation (gaps of at most ${MAX_FILLED_GAP_HOURS} hours)`);
  }
}

/** Checks gaps, converts relative humidity to 0-1 and adds psychrometrics: the finished `Weather`. */
export function weatherFromRecords(records: WeatherRecords): Weather {
  const notes = records.notes.slice();
  fillOrThrow(records, DRY_BULB, records.dryBulb, notes);
  fillOrThrow(records, DEW_POINT, records.dewPoint, notes);
  fillOrThrow(records, RELATIVE_HUMIDITY, records.relativeHumidityPercent, notes);
  fillOrThrow(records, STATION_PRESSURE, records.stationPressure, notes);
  const percent = records.relativeHumidityPercent.values;
  const relativeHumidity = new Float64Array(percent.length);
  let above100 = 0;
  for (let i = 0; i < percent.length; i++) {
    if (percent[i] > 100) above100++;
    relativeHumidity[i] = Math.min(percent[i] / 100, 1);
  }
  if (above100 > 0) notes.push(`capped relative humidity above 100 % at 100 % in ${above100} hours`);
  return withPsychrometrics({
    station: records.station,
    sourcePath: records.sourcePath,
    hours: HOURS_PER_YEAR,
    ...yearCalendar(),
    dryBulbC: records.dryBulb.values,
    dewPointC: records.dewPoint.values,
    relativeHumidity,
    pressurePa: records.stationPressure.values,
    notes,
  });
}
