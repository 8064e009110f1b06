/**
 * The hourly grid-carbon file a scenario names in `site.gridCarbonHourly`: one emission factor per hour
 * of the year, read whole (size-capped, only read) and checked row by row when the scenario is parsed.
 *
 *   hour,carbon_kg_per_kWh            or   timestamp,carbon_g_per_kWh
 *   0,0.612                                2023-01-01T00:00,612
 *   1,0.598                                2023-01-01T01:00,598
 *   ...                                    ...
 *
 * - First column `hour` (0, 1, 2, ... in order) or `timestamp` (`YYYY-MM-DDTHH:MM`, a space also accepted,
 *   optional `:00` seconds, no zone: local standard time like the weather file, each the START of its hour,
 *   consecutive from Jan 1 00:00 to Dec 31 23:00 of one year). A column `carbon_kg_per_kWh` (or
 *   `carbon_g_per_kWh`, Electricity Maps' unit) anywhere; other columns are ignored.
 * - 8760 rows, or 8784 for a leap year: the 24 rows of Feb 29 (hours 1416-1439) are then dropped, as the
 *   weather readers drop that day (dctwin simulates 365-day years). Any other count is an error.
 * - Each value a number from 0 to 5 kg/kWh (GRID_CARBON_CAP). Blank lines are skipped (still counted).
 * Errors name the file and line: `carbon.csv:14: carbon_kg_per_kWh: expected a number from 0 to 5, got 'x'`.
 * The last file read is kept (keyed on its path, size and modification time): Monte Carlo samples and sweep
 * cases parse the scenario again per sample.
 */
import { statSync } from 'node:fs';
import { displayPath, readInputText, type InputFileKind } from '../inputFile.js';
import { locate } from '../errors.js';
import { splitCsvLine } from '../models/workload/csvLines.js';
import { HOURS_PER_YEAR, JOULES_PER_KWH, SECONDS_PER_HOUR } from '../units.js';
import { GRID_CARBON_CAP } from './schema/capped.js';

/** An hourly carbon CSV: 8784 rows of ~30 characters are ~0.3 MB; 4 MiB leaves room for extra columns. */
export const CARBON_SERIES_FILE: InputFileKind = { what: 'CSV of hourly grid carbon', maxBytes: 4 * 1024 * 1024 };
/** Hours of a leap year, and the first hour of Feb 29 in one (31 + 28 days). */
const LEAP_YEAR_HOURS = HOURS_PER_YEAR + 24;
const FEB_29_START_HOUR = (31 + 28) * 24;
const UNITS = { carbon_kg_per_kWh: 1, carbon_g_per_kWh: 1e-3 } as const;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::00)?$/;

/** A bad file's first problem: `problem` is `file:line: column: expected ..., got ...`; its parts for other grammars. */
export interface CarbonSeriesProblem {
  problem: string;
  /** `file:line` and the column, e.g. `carbon.csv:14 (carbon_kg_per_kWh)`. */
  at: string;
  expected: string;
  got: string;
}
/** The series, or the first problem found. */
export type CarbonSeriesResult = { kgPerJ: number[] } | CarbonSeriesProblem;

let last: { key: string; result: CarbonSeriesResult } | undefined;

/** Reads and checks an hourly carbon CSV (an InputError for an unreadable file; a row problem as data). */
export function readCarbonSeries(path: string): CarbonSeriesResult {
  const stats = statSync(path, { throwIfNoEntry: false });
  const key = JSON.stringify([path, stats?.size, stats?.mtimeMs]);
  if (last?.key === key) return last.result;
  const shown = displayPath(path);
  const result = parseCarbonSeries(readInputText(path, shown, CARBON_SERIES_FILE), shown);
  last = { key, result };
  return result;
}

/** `YYYY-MM-DDTHH:MM` of hour `k` after Jan 1 00:00 of `year` (calendar arithmetic in UTC: no zone shifts). */
function hourStamp(year: number, k: number): string {
  return new Date(Date.UTC(year, 0, 1) + k * SECONDS_PER_HOUR * 1000).toISOString().slice(0, 16);
}

/** Parses the CSV text (see the file's header for the format); `shown` is the file name messages print. */
export function parseCarbonSeries(text: string, shown: string): CarbonSeriesResult {
  const lines = text.split(/\r?\n/);
  let h = 0;
  while (h < lines.length && lines[h].trim() === '') h++;
  const fail = (line: number, column: string | undefined, expected: string, got: string): CarbonSeriesProblem => ({
    problem: `${locate(shown, line)}${column === undefined ? '' : `${column}: `}expected ${expected}, got ${got}`,
    at: `${shown}:${line}${column === undefined ? '' : ` (${column})`}`,
    expected,
    got,
  });
  if (h === lines.length) return fail(1, 'header', 'hour,carbon_kg_per_kWh (or timestamp,...)', 'an empty file');
  const header = splitCsvLine(lines[h]).map((s) => s.trim());
  const index = header[0];
  const valueColumn = header.findIndex((name) => name in UNITS);
  if ((index !== 'hour' && index !== 'timestamp') || valueColumn < 0) {
    return fail(h + 1, 'header', 'a first column hour or timestamp and a column carbon_kg_per_kWh or carbon_g_per_kWh', `'${lines[h].slice(0, 200)}'`);
  }
  const column = header[valueColumn] as keyof typeof UNITS;
  const scale = UNITS[column];
  const maxText = column === 'carbon_kg_per_kWh' ? `${GRID_CARBON_CAP.max}` : `${GRID_CARBON_CAP.max * 1000}`;
  const values: number[] = [];
  let year: number | undefined;
  let lastLine = h + 1;
  for (let i = h + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const fields = splitCsvLine(lines[i]);
    const k = values.length;
    const first = (fields[0] ?? '').trim();
    if (index === 'hour' && first !== String(k)) return fail(i + 1, 'hour', `${k} (hours in order from 0)`, `'${first.slice(0, 40)}'`);
    if (index === 'timestamp') {
      const m = TIMESTAMP.exec(first);
      if (k === 0 && m !== null) year = Number(m[1]);
      const expected = hourStamp(year ?? 1970, k);
      if (m === null || year === undefined || `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` !== expected) {
        const wanted = k === 0 ? 'YYYY-01-01T00:00 (local standard time, the start of the first hour)' : `${expected} (consecutive hours)`;
        return fail(i + 1, 'timestamp', wanted, `'${first.slice(0, 40)}'`);
      }
    }
    const text = fields[valueColumn];
    const v = text === undefined || text.trim() === '' ? Number.NaN : Number(text);
    if (!(v >= 0 && v * scale <= GRID_CARBON_CAP.max)) {
      const got = text === undefined ? 'nothing (row too short)' : `'${text.slice(0, 40)}'`;
      return fail(i + 1, column, `a number from 0 to ${maxText}`, got);
    }
    values.push((v * scale) / JOULES_PER_KWH);
    lastLine = i + 1;
    if (values.length > LEAP_YEAR_HOURS) return fail(i + 1, undefined, `${HOURS_PER_YEAR} hourly rows (${LEAP_YEAR_HOURS} in a leap year)`, 'more');
  }
  const n = values.length;
  const leap = year !== undefined && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  const ok = year === undefined ? index === 'hour' && (n === HOURS_PER_YEAR || n === LEAP_YEAR_HOURS) : n === (leap ? LEAP_YEAR_HOURS : HOURS_PER_YEAR);
  if (!ok) {
    const what = year === undefined ? `${HOURS_PER_YEAR} hourly rows (${LEAP_YEAR_HOURS} in a leap year)` : `${leap ? LEAP_YEAR_HOURS : HOURS_PER_YEAR} hourly rows for ${year}`;
    return fail(lastLine, undefined, what, String(n));
  }
  if (values.length === LEAP_YEAR_HOURS) values.splice(FEB_29_START_HOUR, 24);
  return { kgPerJ: values };
}
