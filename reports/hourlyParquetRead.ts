/**
 * Reads hourly.parquet back into an HourlyTable, for `dctwin report`: the same columns as
 * hourly.csv at full precision, so a report rebuilt from a run's folder is byte-identical to the
 * run's. Each value goes to hourlyFromCells as its shortest round-trip text (String(x) reads back
 * as the same double), so both files pass the same checks and give the same messages; a problem
 * names the file and the row (0-based, as pandas and DuckDB number them). The timestamp column is
 * an instant (Parquet keeps no offset): it is written back as local text with the site's UTC
 * offset from summary.json (site.timeZone), as in hourly.csv.
 */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { HourlyTable } from '../sim/types/hourly.js';
import { InputError, locate } from '../sim/errors.js';
import { hourlyFromCells, type DesignCategories, type HourlyRow } from './hourlyCsvParse.js';
import { utcOffsetText } from './hourlyColumns.js';
import { sFromHours } from '../sim/units.js';

const MS_PER_S = 1000; // JavaScript Date counts milliseconds

/** A value as the text hourly.csv holds: numbers in shortest round-trip form, instants as local ISO 8601 with the offset. */
function cellText(value: unknown, timeZoneH: number): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${new Date(value.getTime() + sFromHours(timeZoneH) * MS_PER_S).toISOString().slice(0, 19)}${utcOffsetText(timeZoneH)}`;
  return String(value);
}

export async function parseHourlyParquet(bytes: Uint8Array, file: string, categoriesOf: DesignCategories, timeZoneH: number): Promise<HourlyTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let header: string[];
  let objects: Record<string, unknown>[];
  try {
    header = parquetMetadata(buffer).schema.slice(1).map((element) => element.name);
    objects = await parquetReadObjects({ file: buffer });
  } catch (err) {
    throw new InputError(`${locate(file)}expected a Parquet file, got ${(err as Error).message}`);
  }
  const rows: HourlyRow[] = objects.map((object, i) => ({ line: i + 2, cells: header.map((name) => cellText(object[name], timeZoneH)) }));
  return hourlyFromCells(header, rows, (line) => (line <= 1 ? locate(file) : `${locate(file)}row ${line - 2}: `), categoriesOf);
}
