import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { PARQUET_CREATED_BY, tidyParquet } from '../../../reports/tables/parquet.js';
import type { TidyTable } from '../../../reports/tables/tidyTable.js';
import { describeTable, queryTable, readTable } from '../../fixtures/tables/readTable.js';

// Known values written by hand: every kind, a null in each, a comma and a non-ASCII text, an INT64-sized integer.
const table = (): TidyTable => ({
  columns: [
    { name: 'design', kind: 'string', values: ['a,b', 'liquid-\u00b0C', null] },
    { name: 'hour', kind: 'integer', values: [0, 1, null] },
    { name: 'sample', kind: 'integer', values: [0, 2 ** 40, null] },
    { name: 'facilityPower_kW', kind: 'number', values: [1.5, 0.1 + 0.2, null] },
    { name: 'pass', kind: 'boolean', values: [true, false, null] },
    { name: 'timestamp', kind: 'timestamp', values: ['2025-01-01T00:00:00+08:00', '2025-07-01T13:00:00-03:30', null] },
  ],
});

const dir = mkdtempSync(join(tmpdir(), 'dctwin-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tidyParquet', () => {
  it('is deterministic: the same table gives the same bytes, with a fixed created_by and no key-value metadata', () => {
    const a = tidyParquet(table());
    const b = tidyParquet(table());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a.subarray(0, 4)).toString()).toBe('PAR1');
    const meta = parquetMetadata(a.slice().buffer);
    expect(meta.created_by).toBe(PARQUET_CREATED_BY);
    expect(meta.key_value_metadata ?? []).toEqual([]);
  });

  it('round-trips through hyparquet with types and nulls kept', async () => {
    const bytes = tidyParquet(table());
    const rows = await parquetReadObjects({ file: bytes.slice().buffer });
    expect(rows).toEqual([
      { design: 'a,b', hour: 0, sample: 0n, facilityPower_kW: 1.5, pass: true, timestamp: new Date('2024-12-31T16:00:00Z') },
      { design: 'liquid-\u00b0C', hour: 1, sample: 2n ** 40n, facilityPower_kW: 0.1 + 0.2, pass: false, timestamp: new Date('2025-07-01T16:30:00Z') },
      { design: null, hour: null, sample: null, facilityPower_kW: null, pass: null, timestamp: null },
    ]);
  });

  it('is read by DuckDB read_parquet with the declared types and exact doubles', async () => {
    const path = join(dir, 'known.parquet');
    writeFileSync(path, tidyParquet(table()));
    expect(await describeTable(path)).toEqual([
      { name: 'design', type: 'VARCHAR' },
      { name: 'hour', type: 'INTEGER' },
      { name: 'sample', type: 'BIGINT' },
      { name: 'facilityPower_kW', type: 'DOUBLE' },
      { name: 'pass', type: 'BOOLEAN' },
      { name: 'timestamp', type: 'TIMESTAMP WITH TIME ZONE' },
    ]);
    const rows = await queryTable(path, 'SELECT * EXCLUDE (timestamp), epoch(timestamp) AS epochS FROM {table}');
    expect(rows[1]).toEqual({ design: 'liquid-\u00b0C', hour: 1, sample: 2n ** 40n, facilityPower_kW: 0.30000000000000004, pass: false, epochS: Date.parse('2025-07-01T13:00:00-03:30') / 1000 });
    expect(rows[2]).toEqual({ design: null, hour: null, sample: null, facilityPower_kW: null, pass: null, epochS: null });
    expect(await readTable(path)).toHaveLength(3);
  }, 60_000);

  it('writes NaN as null and refuses a fractional integer', () => {
    const nan: TidyTable = { columns: [{ name: 'x', kind: 'number', values: [Number.NaN] }] };
    expect(tidyParquet(nan).length).toBeGreaterThan(0);
    expect(() => tidyParquet({ columns: [{ name: 'n', kind: 'integer', values: [1.5] }] })).toThrow(/integer column n/);
    expect(() => tidyParquet({ columns: [{ name: 't', kind: 'timestamp', values: ['Jan 1st'] }] })).toThrow(/timestamp column t/);
  });
});
