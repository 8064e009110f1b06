/**
 * Bounded input files: every file dctwin reads on a user's behalf (the scenario, `climate FILE`, the
 * weather, trace and profile a scenario names, the SOURCES.md beside them) goes through here first.
 *
 *   path --stat (follows symlinks)--> a regular file? (else: a folder, a FIFO, a device ... : refused, never opened)
 *        --size <= the cap of its kind? (else: refused with the size found)
 *        --open, read at most cap + 1 bytes--> UTF-8 text? (else: UTF-16 text, binary data) --> text
 *
 * A FIFO is never opened (open blocks until a writer comes); a device is never read (/dev/zero never
 * ends); a sparse 2 GiB file is refused by its size before a byte is read. Files read whole have a
 * cap; a trace or profile CSV may be of any size, because it is streamed (csvLines.ts), with a cap on
 * the length of one line instead. Every refusal is an InputError (exit 2) naming the file and what was found.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { InputError, locate } from './errors.js';

const MIB = 1024 * 1024;

/** A kind of input file: what messages call it and, for one read whole, the most bytes it may have. */
export interface InputFileKind {
  /** What the file should be, after "expected an existing": `scenario file (YAML or JSON)`. */
  what: string;
  /** Largest size read whole, in bytes; undefined for a streamed file (see MAX_CSV_LINE_CHARS). */
  maxBytes?: number;
}

/** Scenario files (YAML or JSON): the shipped ones are under 20 KiB; 4 MiB leaves room for generated ones. */
export const SCENARIO_FILE: InputFileKind = { what: 'scenario file (YAML or JSON)', maxBytes: 4 * MIB };
/** Weather files (.epw, .mos): an hourly EPW is about 1.7 MB; 64 MiB leaves room for sub-hourly AMY files. */
export const WEATHER_FILE: InputFileKind = { what: 'weather file', maxBytes: 64 * MIB };
/** The SOURCES.md beside a weather file or trace, copied into the report. */
export const SOURCES_FILE: InputFileKind = { what: 'SOURCES.md', maxBytes: 1 * MIB };
/** Trace and profile CSVs: streamed, so no cap on the whole file. */
export const CSV_FILE: InputFileKind = { what: 'CSV file' };
/** Longest line of a streamed CSV (a quoted field's line breaks included): 1 Mi characters. */
export const MAX_CSV_LINE_CHARS = 1 << 20;

/** A refusal as the two halves of the message grammar: `expected <expected>, got <got>`. */
export interface FileProblem {
  expected: string;
  got: string;
  /** True when nothing is at the path (callers may word that case their own way). */
  missing: boolean;
}

/** `4 MiB`, `1.7 MiB`, `2 GiB`, `512 bytes`. */
export function sizeText(bytes: number): string {
  const units: [number, string][] = [[1024 * MIB, 'GiB'], [MIB, 'MiB'], [1024, 'KiB']];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** What a path that is not a regular file is, in words. */
function nodeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'something other than a regular file';
}

function errnoText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ENOTDIR') return 'no such file (a parent is not a folder)';
  if (code === 'EACCES' || code === 'EPERM') return 'a file it may not read (permission denied)';
  if (code === 'ELOOP') return 'a symbolic link loop';
  return `an unreadable path (${code ?? String(err)})`;
}

function tooBig(kind: InputFileKind, bytes: number, exact: boolean): FileProblem {
  const found = exact ? `a file of ${sizeText(bytes)} (${bytes} bytes)` : `a file of more than ${sizeText(kind.maxBytes ?? 0)}`;
  return { expected: `a ${kind.what} of at most ${sizeText(kind.maxBytes ?? 0)}`, got: found, missing: false };
}

/**
 * Why `path` cannot be read as `kind`, from its metadata alone (nothing is opened): not there, not a
 * regular file, or larger than the kind's cap. Undefined when it may be opened. Symbolic links are
 * followed: a link to a regular file is fine.
 */
export function inputFileProblem(path: string, kind: InputFileKind): FileProblem | undefined {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { expected: `an existing ${kind.what}`, got: errnoText(err), missing: code === 'ENOENT' || code === 'ENOTDIR' };
  }
  if (!stats.isFile()) return { expected: `an existing ${kind.what}`, got: nodeKind(stats), missing: false };
  if (kind.maxBytes !== undefined && stats.size > kind.maxBytes) return tooBig(kind, stats.size, true);
  return undefined;
}

/** The path as shown in messages: relative to the working folder when that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && rel.length < path.length ? rel : path;
}

const fail = (shown: string, p: FileProblem) => new InputError(`${locate(shown)}expected ${p.expected}, got ${p.got}`);

/**
 * Throws inputFileProblem's finding as an InputError (`shown: expected ..., got ...`). Cheap (one
 * stat): commands call it on their file argument before loading the simulator, so a FIFO or a
 * device is refused at once.
 */
export function checkInputFile(path: string, shown: string, kind: InputFileKind): void {
  const problem = inputFileProblem(path, kind);
  if (problem) throw fail(shown, problem);
}

/**
 * Opens `path` for reading after checkInputFile. The open does not block (O_NONBLOCK), and the
 * opened file is checked again, so a path swapped for a FIFO between the two checks is still refused.
 */
export function openInputFile(path: string, shown: string, kind: InputFileKind): number {
  checkInputFile(path, shown, kind);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw fail(shown, { expected: `an existing ${kind.what}`, got: errnoText(err), missing: false });
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    throw fail(shown, { expected: `an existing ${kind.what}`, got: nodeKind(stats), missing: false });
  }
  return fd;
}

/** Bytes of a file's start examined for its encoding. */
const SNIFF_BYTES = 1024;

/**
 * `UTF-16 text`, `UTF-32 text` or `binary data` when the first bytes say the text is not UTF-8
 * (a byte-order mark, or NUL bytes, which UTF-8 text never has); undefined otherwise.
 */
export function encodingProblem(head: Uint8Array): string | undefined {
  const n = Math.min(head.length, SNIFF_BYTES);
  if (n >= 4 && ((head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) || (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff))) {
    return 'UTF-32 text';
  }
  if (n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return 'UTF-16 text';
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) i % 2 === 0 ? evenNuls++ : oddNuls++;
  if (evenNuls + oddNuls === 0) return undefined;
  // UTF-16 without a mark: mostly-ASCII text has a NUL in every other byte, all on one side.
  const oneSided = evenNuls === 0 || oddNuls === 0;
  return oneSided && (evenNuls + oddNuls) * 4 >= n ? 'UTF-16 text' : 'binary data';
}

/** Length of a UTF-8 byte-order mark at the start of `head` (3), or 0. */
export const utf8BomBytes = (head: Uint8Array): number => (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0);

/**
 * Reads a whole input file of `kind` (which must have a cap) as UTF-8 text, a leading byte-order mark
 * dropped. Throws an InputError naming `shown` for anything but a regular UTF-8 file within the cap;
 * at most cap + 1 bytes are read even if the file grows while it is read.
 */
export function readInputText(path: string, shown: string, kind: InputFileKind): string {
  const maxBytes = kind.maxBytes;
  if (maxBytes === undefined) throw new RangeError(`readInputText: ${kind.what} has no size cap (stream it)`);
  const fd = openInputFile(path, shown, kind);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const expected = fstatSync(fd).size;
    for (;;) {
      const want = Math.min(Math.max(expected - total, 0) + (1 << 16), maxBytes + 1 - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
  } catch (err) {
    throw fail(shown, { expected: `a readable ${kind.what}`, got: errnoText(err), missing: false });
  } finally {
    closeSync(fd);
  }
  if (total > maxBytes) throw fail(shown, tooBig(kind, total, false));
  const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  const encoding = encodingProblem(bytes);
  if (encoding !== undefined) throw fail(shown, { expected: `a ${kind.what} in UTF-8 text`, got: encoding, missing: false });
  return bytes.toString('utf8', utf8BomBytes(bytes));
}
