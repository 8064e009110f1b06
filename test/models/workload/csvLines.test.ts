import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvLineReader, splitCsvLine } from '../../../sim/models/workload/csvLines.js';
import { MAX_CSV_LINE_CHARS } from '../../../sim/inputFile.js';

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
    expect(() => new CsvLineReader('/nonexistent/x.csv')).toThrow('/nonexistent/x.csv: expected an existing CSV file, got no such file');
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-csv-'));
    writeFileSync(join(dir, 'e.csv'), '');
    expect(() => new CsvLineReader(join(dir, 'e.csv'))).toThrow(/e\.csv:1: header: expected a CSV header line, got an empty file$/);
  });
});

describe('CsvLineReader: quoted line breaks, long lines, encodings', () => {
  const write = (name: string, content: string | Buffer) => {
    const path = join(mkdtempSync(join(tmpdir(), 'dctwin-csv-')), name);
    writeFileSync(path, content);
    return path;
  };
  const rowsOf = (r: CsvLineReader) => {
    const out: { line: number; row: string[] }[] = [];
    let row: string[] | null;
    while ((row = r.nextRow()) !== null) out.push({ line: r.lineNumber, row });
    return out;
  };

  it('reads an RFC 4180 quoted field holding LF or CRLF line breaks, with the row\'s starting line', () => {
    const lf = new CsvLineReader(write('lf.csv', 'name,submit\n"two\nlines",5\nnext,6\n"a ""q"" and\n\nblank",7\nlast,8\n'));
    expect(rowsOf(lf)).toEqual([
      { line: 2, row: ['two\nlines', '5'] },
      { line: 4, row: ['next', '6'] },
      { line: 5, row: ['a "q" and\n\nblank', '7'] },
      { line: 8, row: ['last', '8'] },
    ]);
    const crlf = new CsvLineReader(write('crlf.csv', '"na\r\nme",submit\r\n"x\r\ny",1\r\nz,2\r\n'));
    expect(crlf.header).toEqual(['na\r\nme', 'submit']);
    expect(rowsOf(crlf)).toEqual([{ line: 3, row: ['x\r\ny', '1'] }, { line: 5, row: ['z', '2'] }]);
    crlf.rewind();
    expect(crlf.nextRow()).toEqual(['x\r\ny', '1']);
    expect(crlf.lineNumber).toBe(3);
  });

  it('keeps a quote inside an unquoted field as text, as before', () => {
    const r = new CsvLineReader(write('inch.csv', 'name,submit\n19" rack,1\nb,2\n'));
    expect(rowsOf(r)).toEqual([{ line: 2, row: ['19" rack', '1'] }, { line: 3, row: ['b', '2'] }]);
  });

  it('names the starting line of a quoted field never closed', () => {
    const r = new CsvLineReader(write('open.csv', 'name,submit\na,1\n"open,2\nb,3\n'));
    r.nextRow();
    expect(() => r.nextRow()).toThrow(/open\.csv:3: line: expected a closing quote for the quoted field that starts here, got the end of the file$/);
  });

  it('refuses a line longer than the cap, naming it, without reading the rest', () => {
    const long = 'x'.repeat(MAX_CSV_LINE_CHARS + 10);
    const r = new CsvLineReader(write('long.csv', `name,submit\na,1\n${long},2\nb,3\n`));
    expect(r.nextRow()).toEqual(['a', '1']);
    expect(() => r.nextRow()).toThrow(new RegExp(`long\\.csv:3: line: expected a line of at most ${MAX_CSV_LINE_CHARS} characters, got a longer one$`));
    const noBreak = write('nobreak.csv', `name,submit\n${long}`);
    const last = new CsvLineReader(noBreak);
    expect(() => last.nextRow()).toThrow(/nobreak\.csv:2: line: expected a line of at most/);
  });

  it('skips a UTF-8 byte-order mark and refuses UTF-16', () => {
    expect(new CsvLineReader(write('bom.csv', '\ufeffname,submit\na,1\n')).header).toEqual(['name', 'submit']);
    const utf16 = write('u16.csv', Buffer.from('\ufeffname,submit\na,1\n', 'utf16le'));
    expect(() => new CsvLineReader(utf16)).toThrow(/u16\.csv: expected a CSV file in UTF-8 text, got UTF-16 text$/);
  });
});
