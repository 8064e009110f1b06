/**
 * Reads hourly.parquet back into an HourlyTable, for `dctwin report`: the same columns as
 * hourly.csv at full precision, so a report rebuilt from a run's folder is byte-identical to the
 * run's. Each value goes to hourlyFromCells as its shortest round-trip text (String(x) reads back
 * as the same double), so both files pass the same checks and give the same messages; a problem
 * names the file and the row (0-based, as pandas and DuckDB number them).
 */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { HourlyTable } from '../sim/types/hourly.js';
import { InputError, locate } from '../sim/errors.js';
import { hourlyFromCells, type DesignCategories, type HourlyRow } from './hourlyCsvParse.js';

const cellText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export async function parseHourlyParquet(bytes: Uint8Array, file: string, categoriesOf: DesignCategories): Promise<HourlyTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let header: string[];
  let objects: Record<string, unknown>[];
  try {
    header = parquetMetadata(buffer).schema.slice(1).map((element) => element.name);
    objects = await parquetReadObjects({ file: buffer });
  } catch (err) {
    throw new InputError(`${locate(file)}expected a Parquet file, got ${(err as Error).message}`);
  }
  const rows: HourlyRow[] = objects.map((object, i) => ({ line: i + 2, cells: header.map((name) => cellText(object[name])) }));
  return hourlyFromCells(header, rows, (line) => (line <= 1 ? locate(file) : `${locate(file)}row ${line - 2}: `), categoriesOf);
}
