import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvLineReader, splitCsvLine } from '../../../sim/models/workload/csvLines.js';

describe('splitCsvLine', () => {
  it('splits plain and RFC 4180 quoted fields', () => {
    expect(splitCsvLine('a,,c')).toEqual(['a', '', 'c']);
    expect(splitCsvLine('"x, y",2,"say ""hi""",')).toEqual(['x, y', '2', 'say "hi"', '']);
  });
  it('rejects an unterminated quote', () => {
    expect(() => splitCsvLine('"open,1')).toThrow(RangeError);
  });
});

describe('CsvLineReader', () => {
  it('reads CRLF files across chunk boundaries, multi-byte characters included, and rewinds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-csv-'));
    const path = join(dir, 'u.csv');
    const rows = ['name,value'];
    for (let i = 0; i < 30_000; i++) rows.push(`nœud-${i},${i}`); // 'œ' is 2 bytes in UTF-8
    writeFileSync(path, rows.join('\r\n') + '\r\n');
    const r = new CsvLineReader(path);
    expect(r.header).toEqual(['name', 'value']);
    let n = 0;
    let row: string[] | null;
    while ((row = r.nextRow()) !== null) {
      expect(row).toEqual([`nœud-${n}`, String(n)]);
      n++;
    }
    expect(n).toBe(30_000);
    expect(r.lineNumber).toBe(30_001);
    r.rewind();
    expect(r.nextRow()).toEqual(['nœud-0', '0']);
    expect(r.lineNumber).toBe(2);
    r.close();
  });

  it('names a missing file and an empty one', () => {
    expect(() => new CsvLineReader('/nonexistent/x.csv')).toThrow(/^\/nonexistent\/x\.csv: cannot open: /);
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-csv-'));
    writeFileSync(join(dir, 'e.csv'), '');
    expect(() => new CsvLineReader(join(dir, 'e.csv'))).toThrow(/e\.csv:1: header: expected a CSV header line, got an empty file$/);
  });
});
