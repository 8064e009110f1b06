/**
 * Reader for the Modelica Buildings Library's TMY3 text format (.mos): the EPW header kept as `#`
 * comments, a `double tab1(8760,30)` line, then tab-separated rows.
 *
 * Equation (1-based columns): 1 time s, 2 dry bulb degC, 3 dew point degC, 4 RH %, 5 pressure Pa.
 *   Modelica's converter writes the EPW record with hour-ending h at time 3600 * h and copies the
 *   first record to time 0, dropping the record at 31 536 000 s. So row k >= 1 (time 3600 * k) is
 *   the EPW hour k, the interval [k - 1, k): hour index = k - 1. The year's last hour (31 Dec
 *   23:00-24:00) is not in the file; it repeats the hour before, and a note says so.
 * Assumptions: the file came from Modelica's ConvertWeatherData (true of the SWERA Shenzhen file
 *   shipped here: its rows at 0 s and 3600 s are identical); rows in time order, 3600 s apart.
 * Validity: 8760 rows, at least 5 columns; missing markers and ranges as for EPW (missingValues.ts).
 * References: Modelica Buildings Library, Buildings.BoundaryConditions.WeatherData.ReaderTMY3 and its
 *   converter Buildings/Resources/bin/ConvertWeatherData (Java, v1.0 2010, getSimulationTime() and
 *   write(): "do not write data at t = 31536000s since we duplicate data at t = 0s").
 * Validated by: test/models/climate/mos.test.ts (Shenzhen rows checked against the file's text)
 * @example readMos('scenarios/weather/CHN_Guangdong.Shenzhen.594930_SWERA.mos').dryBulbC[0] // => 13.8
 */
import { InputError, locate } from '../../errors.js';
import { HOURS_PER_YEAR, SECONDS_PER_HOUR } from '../../units.js';
import { parseLocation, readWeatherText } from './epw.js';
import { DEW_POINT, DRY_BULB, RELATIVE_HUMIDITY, STATION_PRESSURE } from './missingValues.js';
import type { Station, Weather } from './weather.js';
import { recordColumn, storeField, weatherFromRecords, type RecordColumn, type WeatherRecords } from './weatherRecords.js';

const TABLE_LINE = /^\s*double\s+\w+\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)/;

/** Parses .mos text. `shownPath` names the file in messages; `sourcePath` is recorded in the result. */
export function parseMos(text: string, shownPath: string, sourcePath = shownPath): Weather {
  const lines = text.split(/\r\n|\r|\n/);
  let station: Station | undefined;
  let rows = -1;
  let columns = 0;
  let first = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.startsWith('#')) {
      if (/^#\s*LOCATION,/i.test(line)) station = parseLocation(line.replace(/^#\s*/, ''), shownPath, index + 1);
      continue;
    }
    const table = TABLE_LINE.exec(line);
    if (table) {
      [rows, columns] = [Number(table[1]), Number(table[2])];
      continue;
    }
    if (line.trim() !== '') {
      first = index;
      break;
    }
  }
  if (station === undefined) throw new InputError(`${locate(shownPath)}header: expected a '#LOCATION,...' comment line, got none`);
  if (rows !== HOURS_PER_YEAR || columns < 5) {
    throw new InputError(`${locate(shownPath)}header: expected a 'double tab1(${HOURS_PER_YEAR},30)' line (hourly rows, at least 5 columns), got ${rows < 0 ? 'none' : `(${rows},${columns})`}`);
  }
  const records: WeatherRecords = {
    station, sourcePath, shownPath, notes: [], lineOfHour: new Int32Array(HOURS_PER_YEAR),
    dryBulb: recordColumn(2), dewPoint: recordColumn(3), relativeHumidityPercent: recordColumn(4), stationPressure: recordColumn(5),
  };
  const targets: [RecordColumn, typeof DRY_BULB][] = [
    [records.dryBulb, DRY_BULB], [records.dewPoint, DEW_POINT],
    [records.relativeHumidityPercent, RELATIVE_HUMIDITY], [records.stationPressure, STATION_PRESSURE],
  ];
  let row = 0;
  for (let index = first; first >= 0 && index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '' || line.startsWith('#')) continue;
    const lineNumber = index + 1;
    if (row >= HOURS_PER_YEAR) throw new InputError(`${locate(shownPath, lineNumber)}row: expected ${HOURS_PER_YEAR} rows, got more`);
    const fields = line.trim().split(/\s+/);
    if (fields.length < 5) throw new InputError(`${locate(shownPath, lineNumber)}row: expected at least 5 tab-separated columns, got ${fields.length}`);
    const timeS = Number(fields[0]);
    if (Math.abs(timeS - row * SECONDS_PER_HOUR) > 1) {
      throw new InputError(`${locate(shownPath, lineNumber)}time (column 1): expected ${row * SECONDS_PER_HOUR} s (rows 3600 s apart from 0), got '${fields[0]}'`);
    }
    // Row 0 is a copy of row 1 (see above); row k >= 1 is hour k - 1.
    if (row >= 1) {
      const hour = row - 1;
      targets.forEach(([target, spec], k) => storeField(target, hour, fields[k + 1], spec, shownPath, lineNumber));
      records.lineOfHour[hour] = lineNumber;
    }
    row++;
  }
  if (row < HOURS_PER_YEAR) {
    throw new InputError(`${locate(shownPath, lines.length)}row: expected ${HOURS_PER_YEAR} rows, got ${row} (the file ends early)`);
  }
  const last = HOURS_PER_YEAR - 1;
  for (const [target] of targets) {
    target.values[last] = target.values[last - 1];
    target.missing[last] = target.missing[last - 1];
  }
  records.lineOfHour[last] = records.lineOfHour[last - 1];
  records.notes.push('the .mos format has no record for 31 Dec 23:00-24:00 (Modelica\'s converter drops it); repeated the hour before');
  return weatherFromRecords(records);
}

/** Reads a Modelica .mos weather file (see parseMos). */
export function readMos(path: string, shownPath = path): Weather {
  return parseMos(readWeatherText(path, shownPath), shownPath, path);
}
