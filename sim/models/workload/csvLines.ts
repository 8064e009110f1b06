/**
 * Streamed, synchronous CSV reading: a file is read in 64 KiB chunks and handed
 * out one row at a time, so a million-line trace is never held whole in memory.
 * Synchronous on purpose: the simulation pulls the next job from inside an event
 * handler, which cannot await.
 *
 * Equation: none (a reader). Fields are split on commas; a field in double quotes may
 *   contain commas and doubled quotes ("" -> "), RFC 4180 sec. 2 rules 5-7.
 * Assumptions: UTF-8 text, LF or CRLF line ends, first line is the header, no line break
 *   inside a quoted field; blank lines are skipped (still counted for line numbers).
 * Validity: any file size; memory is one chunk plus one line.
 * References: RFC 4180 "Common Format and MIME Type for CSV Files", sec. 2.
 * Validated by: test/models/workload/csvLines.test.ts
 * @example const r = new CsvLineReader('/data/jobs.csv'); r.header // => ['name', 'submit', ...]
 *   r.nextRow() // => ['job-1', '0', ...], r.lineNumber // => 2
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { InputError, locate } from '../../errors.js';

const CHUNK_BYTES = 1 << 16;

/** The path as shown in messages: relative to the working folder when that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && rel.length < path.length ? rel : path;
}

/** Splits one CSV line into fields (RFC 4180 quoting, no embedded line breaks). */
export function splitCsvLine(line: string): string[] {
  if (line.indexOf('"') < 0) return line.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new RangeError('unterminated quoted field');
        field += line.slice(i, q);
        if (line[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const comma = line.indexOf(',', i);
      field += line.slice(i, comma < 0 ? line.length : comma);
      i = comma < 0 ? line.length + 1 : comma + 1;
    } else {
      const comma = line.indexOf(',', i);
      field = line.slice(i, comma < 0 ? line.length : comma);
      i = comma < 0 ? line.length + 1 : comma + 1;
    }
    fields.push(field);
    if (i > line.length) return fields;
  }
}

export class CsvLineReader {
  readonly file: string;
  readonly header: string[];
  /** 1-based line number of the row last returned (the header is line 1). */
  lineNumber = 0;
  private fd: number;
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private decoder = new StringDecoder('utf8');
  private lines: string[] = [];
  private index = 0;
  private rest = '';
  private eof = false;

  constructor(readonly path: string) {
    this.file = displayPath(path);
    try {
      this.fd = openSync(path, 'r');
    } catch (err) {
      throw new InputError(`${locate(this.file)}cannot open: ${(err as Error).message}`);
    }
    const first = this.nextLine();
    if (first === null) throw new InputError(`${locate(this.file, 1)}header: expected a CSV header line, got an empty file`);
    this.header = this.parse(first);
  }

  /** The next non-blank row as fields, or null at the end of the file. */
  nextRow(): string[] | null {
    for (;;) {
      const line = this.nextLine();
      if (line === null) return null;
      if (line.trim() !== '') return this.parse(line);
    }
  }

  /** Goes back to the first row after the header (for repeated traces). */
  rewind(): void {
    this.decoder = new StringDecoder('utf8');
    this.lines = [];
    this.index = 0;
    this.rest = '';
    this.eof = false;
    this.position = 0;
    this.lineNumber = 0;
    this.nextLine();
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  private position = 0;

  private parse(line: string): string[] {
    try {
      return splitCsvLine(line);
    } catch (err) {
      throw new InputError(`${locate(this.file, this.lineNumber)}line: expected a CSV row, got ${(err as Error).message}`);
    }
  }

  private nextLine(): string | null {
    while (this.index >= this.lines.length) {
      if (this.eof) return null;
      this.fill();
    }
    this.lineNumber++;
    const line = this.lines[this.index++];
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  }

  private fill(): void {
    const n = readSync(this.fd, this.buffer, 0, CHUNK_BYTES, this.position);
    this.position += n;
    let text = this.rest + (n > 0 ? this.decoder.write(this.buffer.subarray(0, n)) : this.decoder.end());
    this.index = 0;
    if (n === 0) {
      this.eof = true;
      this.lines = text === '' ? [] : [text];
      this.rest = '';
      return;
    }
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      this.rest = text;
      this.lines = [];
      return;
    }
    this.rest = text.slice(cut + 1);
    text = text.slice(0, cut);
    this.lines = text.split('\n');
  }
}
