/**
 * A TidyTable as Apache Parquet bytes (hyparquet-writer, pure JS): what pandas.read_parquet,
 * DuckDB, Polars and Arrow read as they are, with the column types kept (no number parsing).
 *
 * Types: string -> BYTE_ARRAY UTF8; number -> DOUBLE (full precision, unlike the CSV's 8
 * significant digits); integer -> INT32, or INT64 when a value is outside INT32; boolean ->
 * BOOLEAN. Every column is OPTIONAL, so null is a Parquet null (the empty CSV cell); NaN and
 * infinities are written as null too, like the CSV's empty cell.
 * Deterministic: the writer takes no clock; created_by is a fixed text without a version and
 * there is no key-value metadata, so the same table gives the same bytes (test/reports/parquet.test.ts).
 * Codec SNAPPY (hyparquet-writer's own pure-JS compressor; every Parquet reader has it).
 */
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { rowCount, type TidyColumn, type TidyTable } from './tidyTable.js';

/** FileMetaData.created_by of every dctwin Parquet file (no version: the bytes stay the same across releases). */
export const PARQUET_CREATED_BY = 'dctwin (hyparquet-writer)';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

const finiteOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function columnSource(column: TidyColumn): ColumnSource {
  const { name, kind, values } = column;
  if (kind === 'string') return { name, type: 'STRING', data: values.map((v) => (v === null ? null : String(v))) };
  if (kind === 'boolean') return { name, type: 'BOOLEAN', data: values.map((v) => (v === null ? null : Boolean(v))) };
  if (kind === 'number') return { name, type: 'DOUBLE', data: values.map(finiteOrNull) };
  const ints = values.map(finiteOrNull);
  for (const v of ints) if (v !== null && !Number.isInteger(v)) throw new RangeError(`tidy table: integer column ${name} holds ${v}`);
  const fits = ints.every((v) => v === null || (v >= INT32_MIN && v <= INT32_MAX));
  if (fits) return { name, type: 'INT32', data: ints };
  return { name, type: 'INT64', data: ints.map((v) => (v === null ? null : BigInt(v))) };
}

/**
 * The Parquet file of `table`, one row group per 100 000 rows (hyparquet-writer's default cap).
 * @example tidyParquet({ columns: [{ name: 'pue', kind: 'number', values: [1.2] }] }) // Uint8Array starting and ending with 'PAR1'
 */
export function tidyParquet(table: TidyTable): Uint8Array {
  rowCount(table); // same length in every column, or throw
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map(columnSource),
    codec: 'SNAPPY',
    createdBy: PARQUET_CREATED_BY,
  });
  return new Uint8Array(buffer);
}
