/**
 * Streamed, synchronous CSV reading: a file is read in 64 KiB chunks and handed
 * out one row at a time, so a million-line trace is never held whole in memory.
 * Synchronous on purpose: the simulation pulls the next job from inside an event
 * handler, which cannot await.
 *
 * Equation: none (a reader). Fields are split on commas; a field in double quotes may
 *   contain commas, doubled quotes ("" -> ") and line breaks (CRLF or LF, kept as they are),
 *   RFC 4180 sec. 2 rules 5-7.
 * Assumptions: UTF-8 text (a byte-order mark is skipped; UTF-16 or binary data is an error),
 *   LF or CRLF line ends, first row is the header; blank lines are skipped (still counted for
 *   line numbers); a row's line number, in messages, is the line it starts on. A line without a
 *   quote is split directly; only a line with a quote is scanned, and only one that ends inside a
 *   quoted field reads on.
 * Validity: any file size; memory is one chunk plus one line. A line (or a row whose quoted field
 *   spans lines) longer than MAX_CSV_LINE_CHARS (sim/inputFile.ts) is an error naming its line.
 * References: RFC 4180 "Common Format and MIME Type for CSV Files", sec. 2.
 * Validated by: test/models/workload/csvLines.test.ts
 * @example const r = new CsvLineReader('/data/jobs.csv'); r.header // => ['name', 'submit', ...]
 *   r.nextRow() // => ['job-1', '0', ...], r.lineNumber // => 2
 */
import { closeSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputError, locate } from '../../errors.js';
import { CSV_FILE, MAX_CSV_LINE_CHARS, displayPath, encodingProblem, openInputFile, utf8BomBytes } from '../../inputFile.js';

const CHUNK_BYTES = 1 << 16;

/** Splits one CSV row into fields (RFC 4180 quoting; a quoted field may hold line breaks). */
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

/** Where a scan of a row stands: at a field's start, in an unquoted field, in a quoted one, just after a quote in one. */
const FIELD_START = 0, UNQUOTED = 1, QUOTED = 2, QUOTE_IN_QUOTED = 3;

/** The scan state after `text`, from `state` (RFC 4180: a quote opens a field only at its start). */
function quoteState(text: string, state: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (state === QUOTED) {
      if (c === 34) state = QUOTE_IN_QUOTED;
    } else if (c === 44) state = FIELD_START;
    else if (state !== UNQUOTED) state = c === 34 ? QUOTED : UNQUOTED; // a field's first character, or the one after a closing quote
  }
  return state;
}

export class CsvLineReader {
  readonly file: string;
  readonly header: string[];
  /** 1-based line number where the row last returned starts (the header is line 1). */
  lineNumber = 0;
  /** Lines read so far. */
  private physicalLine = 0;
  private fd: number;
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private decoder = new StringDecoder('utf8');
  private lines: string[] = [];
  private index = 0;
  private rest = '';
  private eof = false;
  private position = 0;

  constructor(readonly path: string) {
    this.file = displayPath(path);
    this.fd = openInputFile(path, this.file, CSV_FILE);
    this.header = this.readHeader();
  }

  private readHeader(): string[] {
    const first = this.nextLine();
    if (first === null) throw this.error(1, 'header: expected a CSV header line, got an empty file');
    this.lineNumber = 1;
    return this.parse(first);
  }

  /** The next non-blank row as fields, or null at the end of the file. */
  nextRow(): string[] | null {
    for (;;) {
      const line = this.nextLine();
      if (line === null) return null;
      if (line.trim() !== '') {
        this.lineNumber = this.physicalLine;
        return this.parse(line);
      }
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
    this.physicalLine = 0;
    this.readHeader();
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  private error(line: number, text: string): InputError {
    return new InputError(`${locate(this.file, line)}${text}`);
  }

  private parse(line: string): string[] {
    if (line.indexOf('"') < 0) return line.split(',');
    const row = quoteState(line, FIELD_START) === QUOTED ? this.joinQuotedLines(line) : line;
    try {
      return splitCsvLine(row);
    } catch (err) {
      throw this.error(this.lineNumber, `line: expected a CSV row, got ${(err as Error).message}`);
    }
  }

  /** `first` ends inside a quoted field: adds the next lines (with their line breaks) until it closes. */
  private joinQuotedLines(first: string): string {
    let row = first;
    let state = QUOTED;
    while (state === QUOTED) {
      const lineBreak = this.lines[this.index - 1].endsWith('\r') ? '\r\n' : '\n';
      const next = this.nextLine();
      if (next === null) throw this.error(this.lineNumber, 'line: expected a closing quote for the quoted field that starts here, got the end of the file');
      row += lineBreak + next;
      if (row.length > MAX_CSV_LINE_CHARS) {
        throw this.error(this.lineNumber, `line: expected a row of at most ${MAX_CSV_LINE_CHARS} characters (a quoted field closed within it), got more (an unmatched quote?)`);
      }
      state = quoteState(next, QUOTED);
    }
    return row;
  }

  private nextLine(): string | null {
    while (this.index >= this.lines.length) {
      if (this.eof) return null;
      this.fill();
    }
    this.physicalLine++;
    const line = this.lines[this.index++];
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  }

  /** The line being read is longer than MAX_CSV_LINE_CHARS: every line before it has been handed out. */
  private tooLong(): InputError {
    return this.error(this.physicalLine + 1, `line: expected a line of at most ${MAX_CSV_LINE_CHARS} characters, got a longer one`);
  }

  private fill(): void {
    if (this.rest.length > MAX_CSV_LINE_CHARS) throw this.tooLong();
    const n = readSync(this.fd, this.buffer, 0, CHUNK_BYTES, this.position);
    let skip = 0;
    if (this.position === 0 && n > 0) {
      const head = this.buffer.subarray(0, n);
      const encoding = encodingProblem(head);
      if (encoding !== undefined) throw new InputError(`${locate(this.file)}expected a ${CSV_FILE.what} in UTF-8 text, got ${encoding}`);
      skip = utf8BomBytes(head);
    }
    this.position += n;
    const text = this.rest + (n > 0 ? this.decoder.write(this.buffer.subarray(skip, n)) : this.decoder.end());
    this.index = 0;
    if (n === 0) {
      if (text.length > MAX_CSV_LINE_CHARS) throw this.tooLong();
      this.eof = true;
      this.lines = text === '' ? [] : [text];
      this.rest = '';
      return;
    }
    const cut = text.lastIndexOf('\n');
    this.rest = text.slice(cut + 1);
    this.lines = cut < 0 ? [] : text.slice(0, cut).split('\n');
    if (cut >= 0 && this.lines[0].length > MAX_CSV_LINE_CHARS) throw this.tooLong();
  }
}
