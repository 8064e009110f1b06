/**
 * A TidyTable as Apache Parquet bytes (hyparquet-writer, pure JS): what pandas.read_parquet,
 * DuckDB, Polars and Arrow read as they are, with the column types kept (no number parsing).
 *
 * Types: string -> BYTE_ARRAY UTF8; number -> DOUBLE (full precision, unlike the CSV's 8
 * significant digits); integer -> INT32, or INT64 when a value is outside INT32; boolean ->
 * BOOLEAN; timestamp (ISO 8601 text with its offset) -> INT64 TIMESTAMP(MILLIS, adjusted to UTC):
 * the same instant, read as a time-zone-aware time (DuckDB TIMESTAMPTZ, pandas datetime64[ms, UTC]);
 * the local offset itself is not stored (Parquet has no place for it). Every column is OPTIONAL,
 * so null is a Parquet null (the empty CSV cell); NaN and infinities are written as null too.
 * Deterministic: the writer takes no clock; created_by is a fixed text without a version and
 * there is no key-value metadata, so the same table gives the same bytes (test/reports/tables/parquet.test.ts).
 * Codec SNAPPY (hyparquet-writer's own pure-JS compressor; every Parquet reader has it).
 */
import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import { rowCount, type TidyColumn, type TidyTable } from './tidyTable.js';

/** FileMetaData.created_by of every dctwin Parquet file (no version: the bytes stay the same across releases). */
export const PARQUET_CREATED_BY = 'dctwin (hyparquet-writer)';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

const finiteOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

interface Encoded {
  element: SchemaElement;
  data: ColumnSource['data'];
}

function instant(name: string, v: unknown): Date | null {
  if (v === null) return null;
  const ms = Date.parse(String(v));
  if (!Number.isFinite(ms)) throw new RangeError(`tidy table: timestamp column ${name} holds "${String(v)}"`);
  return new Date(ms);
}

function encode(column: TidyColumn): Encoded {
  const { name, kind, values } = column;
  const repetition_type = 'OPTIONAL' as const;
  if (kind === 'string') return { element: { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type }, data: values.map((v) => (v === null ? null : String(v))) };
  if (kind === 'boolean') return { element: { name, type: 'BOOLEAN', repetition_type }, data: values.map((v) => (v === null ? null : Boolean(v))) };
  if (kind === 'number') return { element: { name, type: 'DOUBLE', repetition_type }, data: values.map(finiteOrNull) };
  if (kind === 'timestamp') {
    const element: SchemaElement = { name, type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' }, repetition_type };
    return { element, data: values.map((v) => instant(name, v)) };
  }
  const ints = values.map(finiteOrNull);
  for (const v of ints) if (v !== null && !Number.isInteger(v)) throw new RangeError(`tidy table: integer column ${name} holds ${v}`);
  if (ints.every((v) => v === null || (v >= INT32_MIN && v <= INT32_MAX))) return { element: { name, type: 'INT32', repetition_type }, data: ints };
  return { element: { name, type: 'INT64', repetition_type }, data: ints.map((v) => (v === null ? null : BigInt(v))) };
}

/**
 * The Parquet file of `table`, one row group per 100 000 rows after a first of 1 000 (hyparquet-writer's default).
 * @example tidyParquet({ columns: [{ name: 'pue', kind: 'number', values: [1.2] }] }) // Uint8Array starting and ending with 'PAR1'
 */
export function tidyParquet(table: TidyTable): Uint8Array {
  rowCount(table); // same length in every column, or throw
  const encoded = table.columns.map(encode);
  const buffer = parquetWriteBuffer({
    schema: [{ name: 'root', num_children: encoded.length }, ...encoded.map((e) => e.element)],
    columnData: encoded.map((e, i) => ({ name: table.columns[i].name, data: e.data })),
    codec: 'SNAPPY',
    createdBy: PARQUET_CREATED_BY,
  });
  return new Uint8Array(buffer);
}
