/**
 * EnergyPlus weather (EPW) reader: station from the LOCATION header (its ASHRAE design conditions from the
 * DESIGN CONDITIONS line, stationDesign.ts), then 8760 hourly records of
 * dry bulb, dew point, relative humidity and station pressure.
 *
 * Equation: record with hour h (1..24, hour-ending) describes the interval [h - 1, h), so
 *   hourOfDay = h - 1; columns (0-based) 6 dry bulb degC, 7 dew point degC, 8 RH %, 9 pressure Pa.
 * Assumptions: one record per hour (DATA PERIODS records-per-hour = 1); records in time order;
 *   a leap day (Feb 29) is dropped and noted, so every year has 8760 hours. Header lines may quote
 *   commas (csv-parse reads them); data records never do, so they are split directly (about 10x faster
 *   than csv-parse on 8760 x 35 fields) and only a record containing a quote goes through csv-parse.
 * Validity: the 8 standard header lines; every data record has the dictionary's 35 fields (a shorter
 *   one is an error naming its line); missing markers per missingValues.ts; a file of at most
 *   WEATHER_FILE.maxBytes (sim/inputFile.ts), UTF-8 (a byte-order mark is skipped).
 * References: EnergyPlus Auxiliary Programs, "Weather Converter Program" > "EnergyPlus Weather File
 *   (EPW) Data Dictionary" (LOCATION fields N1-N5; DATA PERIODS; data fields N1-N9); its note that
 *   the hour field "corresponds to the period from (Hour-1) to (Hour)".
 * Validated by: test/models/climate/epw.test.ts (Hangzhou CSWD file: monthly means vs an independent parse)
 * @example readEpw('scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw').station.elevationM // => 41.7
 */
import { parse } from 'csv-parse/sync';
import { InputError, locate } from '../../errors.js';
import { readInputText, WEATHER_FILE } from '../../inputFile.js';
import { HOURS_PER_YEAR } from '../../units.js';
import { DAYS_IN_MONTH, hourOfYear } from './calendar.js';
import { DEW_POINT, DRY_BULB, RELATIVE_HUMIDITY, STATION_PRESSURE } from './missingValues.js';
import type { Station, Weather } from './weather.js';
import { parseStationDesign } from './stationDesign.js';
import { recordColumn, storeField, weatherFromRecords, type WeatherRecords } from './weatherRecords.js';

const HEADER_LINES = 8;
const FIELDS_READ = 10;
/** Fields of a data record: year, month, day, hour, minute, data source flags, then N6-N34 (EPW data dictionary). */
const RECORD_FIELDS = 35;

/**
 * Reads a whole weather file as text: a regular UTF-8 file of at most WEATHER_FILE.maxBytes
 * (inputFile.ts); anything else is an InputError naming the file and what it is.
 */
export function readWeatherText(path: string, shownPath: string): string {
  return readInputText(path, shownPath, WEATHER_FILE);
}

/** Splits one CSV line (csv-parse, so quoted commas in header lines are kept together). */
export function csvFields(line: string): string[] {
  const rows = parse(line, { relax_column_count: true, relax_quotes: true, trim: false }) as string[][];
  return rows[0] ?? [];
}

function numberField(fields: string[], index: number, what: string, min: number, max: number, file: string, line: number): number {
  const text = fields[index] ?? '';
  const value = text.trim() === '' ? NaN : Number(text);
  if (!(value >= min && value <= max)) {
    throw new InputError(`${locate(file, line)}LOCATION ${what} (field ${index + 1}): expected a number between ${min} and ${max}, got '${text}'`);
  }
  return value;
}

/** Station from a LOCATION line: LOCATION, city, state, country, source, WMO, latitude, longitude, time zone h, elevation m. */
export function parseLocation(line: string, file: string, lineNumber: number): Station {
  const fields = csvFields(line);
  if (fields[0]?.trim().toUpperCase() !== 'LOCATION') {
    throw new InputError(`${locate(file, lineNumber)}header: expected a LOCATION line, got '${line.slice(0, 40)}'`);
  }
  return {
    name: (fields[1] ?? '').trim(),
    region: (fields[2] ?? '').trim(),
    country: (fields[3] ?? '').trim(),
    source: (fields[4] ?? '').trim(),
    wmo: (fields[5] ?? '').trim(),
    latitude: numberField(fields, 6, 'latitude', -90, 90, file, lineNumber),
    longitude: numberField(fields, 7, 'longitude', -180, 180, file, lineNumber),
    timeZoneH: numberField(fields, 8, 'time zone', -12, 14, file, lineNumber),
    elevationM: numberField(fields, 9, 'elevation', -1000, 9999.9, file, lineNumber),
  };
}

/** The first `count` comma-separated fields of a data record. */
function leadingFields(line: string, count: number): string[] {
  if (line.includes('"')) return csvFields(line).slice(0, count);
  const out: string[] = [];
  let start = 0;
  while (out.length < count) {
    const comma = line.indexOf(',', start);
    if (comma < 0) {
      out.push(line.slice(start));
      break;
    }
    out.push(line.slice(start, comma));
    start = comma + 1;
  }
  return out;
}

/** Comma-separated fields in a data record (csv-parse only when the record has a quote). */
function fieldCount(line: string): number {
  if (line.includes('"')) return csvFields(line).length;
  let count = 1;
  for (let comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', comma + 1)) count++;
  return count;
}

const DATE_FIELDS = ['month', 'day', 'hour'] as const;

/** Parses EPW text. `shownPath` names the file in messages; `sourcePath` is recorded in the result. */
export function parseEpw(text: string, shownPath: string, sourcePath = shownPath): Weather {
  const lines = text.split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length < HEADER_LINES) {
    throw new InputError(`${locate(shownPath, lines.length)}header: expected ${HEADER_LINES} header lines (LOCATION ... DATA PERIODS), got ${lines.length} lines in all`);
  }
  const ashraeDesign = parseStationDesign(lines[1]);
  const station = { ...parseLocation(lines[0], shownPath, 1), ...(ashraeDesign !== undefined ? { ashraeDesign } : {}) };
  const periods = csvFields(lines[HEADER_LINES - 1]);
  if (periods[0]?.trim().toUpperCase() === 'DATA PERIODS' && periods[2] !== undefined && Number(periods[2]) !== 1) {
    throw new InputError(`${locate(shownPath, HEADER_LINES)}DATA PERIODS records per hour (field 3): expected 1 (hourly data), got '${periods[2]}'`);
  }
  const records: WeatherRecords = {
    station, sourcePath, shownPath, notes: [], lineOfHour: new Int32Array(HOURS_PER_YEAR),
    dryBulb: recordColumn(7), dewPoint: recordColumn(8), relativeHumidityPercent: recordColumn(9), stationPressure: recordColumn(10),
  };
  let hour = 0;
  let leapRows = 0;
  for (let index = HEADER_LINES; index < lines.length; index++) {
    const lineNumber = index + 1;
    const count = fieldCount(lines[index]);
    if (count < RECORD_FIELDS) {
      throw new InputError(`${locate(shownPath, lineNumber)}record: expected ${RECORD_FIELDS} comma-separated fields (year ... liquid precipitation quantity), got ${count}`);
    }
    const fields = leadingFields(lines[index], FIELDS_READ);
    const [month, day, hourEnding] = [1, 2, 3].map((i) => Number(fields[i]));
    if (month === 2 && day === 29) {
      leapRows++;
      continue;
    }
    if (hour >= HOURS_PER_YEAR) {
      throw new InputError(`${locate(shownPath, lineNumber)}record: expected ${HOURS_PER_YEAR} hourly records (plus 24 for a leap day), got more`);
    }
    if (hourOfYear(month, day, hourEnding - 1) !== hour) {
      const expected = dateOf(hour);
      const got = DATE_FIELDS.map((_, k) => fields[k + 1]).join(' ');
      throw new InputError(`${locate(shownPath, lineNumber)}month day hour (columns 2-4): expected ${expected} (one record per hour, in time order), got ${got}`);
    }
    storeField(records.dryBulb, hour, fields[6], DRY_BULB, shownPath, lineNumber);
    storeField(records.dewPoint, hour, fields[7], DEW_POINT, shownPath, lineNumber);
    storeField(records.relativeHumidityPercent, hour, fields[8], RELATIVE_HUMIDITY, shownPath, lineNumber);
    storeField(records.stationPressure, hour, fields[9], STATION_PRESSURE, shownPath, lineNumber);
    records.lineOfHour[hour] = lineNumber;
    hour++;
  }
  if (hour < HOURS_PER_YEAR) {
    throw new InputError(`${locate(shownPath, lines.length)}record: expected ${HOURS_PER_YEAR} hourly records, got ${hour} (the file ends after month day hour ${dateOf(hour - 1)})`);
  }
  if (leapRows > 0) records.notes.push(`dropped the ${leapRows} records of Feb 29 (dctwin simulates a 365-day year)`);
  return weatherFromRecords(records);
}

/** `month day hour` (EPW's hour-ending numbering) of hour-of-year `hour`, for messages. */
function dateOf(hour: number): string {
  if (hour < 0) return 'the header';
  let remaining = Math.floor(hour / 24);
  let month = 0;
  while (remaining >= DAYS_IN_MONTH[month]) remaining -= DAYS_IN_MONTH[month++];
  return `${month + 1} ${remaining + 1} ${(hour % 24) + 1}`;
}

/** Reads an EPW file (see parseEpw). */
export function readEpw(path: string, shownPath = path): Weather {
  return parseEpw(readWeatherText(path, shownPath), shownPath, path);
}
