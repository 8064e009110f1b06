/**
 * sim/inputFile.ts: only regular files within their kind's cap are opened; everything else is an
 * InputError naming the path and what was found. None of these may block or read without end:
 * a FIFO or /dev/zero that were opened would hang the test until vitest's timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../sim/errors.js';
import {
  CSV_FILE, SCENARIO_FILE, WEATHER_FILE, encodingProblem, inputFileProblem, openInputFile, readInputText, sizeText,
} from '../sim/inputFile.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dctwin-input-'));
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  mkdirSync(join(dir, 'folder.yaml'));
  writeFileSync(join(dir, 'ok.yaml'), '\ufeffname: x\n');
  symlinkSync(join(dir, 'ok.yaml'), join(dir, 'link.yaml'));
  writeFileSync(join(dir, 'sparse.epw'), '');
  truncateSync(join(dir, 'sparse.epw'), 2 * 1024 ** 3); // 2 GiB, sparse: no block written
  writeFileSync(join(dir, 'utf16.yaml'), Buffer.from('\ufeffname: x\n', 'utf16le'));
  writeFileSync(join(dir, 'utf16-nobom.yaml'), Buffer.from('name: x\nsite: y\n', 'utf16le'));
  writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x7a, 0x91]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).message;
  }
  throw new Error('expected an InputError');
}

describe('readInputText', () => {
  it('reads a regular UTF-8 file, through a symbolic link too, without its byte-order mark', () => {
    expect(readInputText(join(dir, 'ok.yaml'), 'ok.yaml', SCENARIO_FILE)).toBe('name: x\n');
    expect(readInputText(join(dir, 'link.yaml'), 'link.yaml', SCENARIO_FILE)).toBe('name: x\n');
  });

  it('never opens a FIFO, a device or a folder, and says what it found', () => {
    expect(messageOf(() => readInputText(join(dir, 'pipe.yaml'), 'pipe.yaml', SCENARIO_FILE))).toBe(
      'pipe.yaml: expected an existing scenario file (YAML or JSON), got a FIFO (named pipe)',
    );
    expect(messageOf(() => readInputText('/dev/zero', '/dev/zero', SCENARIO_FILE))).toBe(
      '/dev/zero: expected an existing scenario file (YAML or JSON), got a character device',
    );
    expect(messageOf(() => readInputText(join(dir, 'folder.yaml'), 'folder.yaml', SCENARIO_FILE))).toBe(
      'folder.yaml: expected an existing scenario file (YAML or JSON), got a folder',
    );
    expect(messageOf(() => readInputText(join(dir, 'none.yaml'), 'none.yaml', SCENARIO_FILE))).toBe(
      'none.yaml: expected an existing scenario file (YAML or JSON), got no such file',
    );
  });

  it('refuses a file above its cap by its size, before reading it', () => {
    expect(messageOf(() => readInputText(join(dir, 'sparse.epw'), 'sparse.epw', WEATHER_FILE))).toBe(
      'sparse.epw: expected a weather file of at most 64 MiB, got a file of 2 GiB (2147483648 bytes)',
    );
  });

  it('says UTF-16 or binary data instead of parsing it', () => {
    const utf16 = 'expected a scenario file (YAML or JSON) in UTF-8 text, got UTF-16 text';
    expect(messageOf(() => readInputText(join(dir, 'utf16.yaml'), 'a.yaml', SCENARIO_FILE))).toBe(`a.yaml: ${utf16}`);
    expect(messageOf(() => readInputText(join(dir, 'utf16-nobom.yaml'), 'a.yaml', SCENARIO_FILE))).toBe(`a.yaml: ${utf16}`);
    expect(messageOf(() => readInputText(join(dir, 'binary.yaml'), 'a.yaml', SCENARIO_FILE))).toBe(
      'a.yaml: expected a scenario file (YAML or JSON) in UTF-8 text, got binary data',
    );
  });
});

describe('inputFileProblem and openInputFile', () => {
  it('checks metadata only: a streamed kind has no size cap', () => {
    expect(inputFileProblem(join(dir, 'sparse.epw'), CSV_FILE)).toBeUndefined();
    expect(inputFileProblem(join(dir, 'none.csv'), CSV_FILE)).toEqual({ expected: 'an existing CSV file', got: 'no such file', missing: true });
    expect(inputFileProblem(join(dir, 'pipe.yaml'), CSV_FILE)?.got).toBe('a FIFO (named pipe)');
  });

  it('opens a regular file and refuses a FIFO without blocking', () => {
    const fd = openInputFile(join(dir, 'ok.yaml'), 'ok.yaml', CSV_FILE);
    closeSync(fd);
    expect(messageOf(() => openInputFile(join(dir, 'pipe.yaml'), 'pipe.csv', CSV_FILE))).toBe('pipe.csv: expected an existing CSV file, got a FIFO (named pipe)');
    expect(existsSync(join(dir, 'pipe.yaml'))).toBe(true);
  });
});

describe('encodingProblem and sizeText', () => {
  it('tells UTF-8 (with or without a mark) from UTF-16, UTF-32 and binary data', () => {
    expect(encodingProblem(Buffer.from('\ufeffname: x', 'utf8'))).toBeUndefined();
    expect(encodingProblem(Buffer.from('name: x', 'utf16le'))).toBe('UTF-16 text');
    expect(encodingProblem(Buffer.from([0xfe, 0xff, 0, 0x6e]))).toBe('UTF-16 text');
    expect(encodingProblem(Buffer.from([0xff, 0xfe, 0, 0, 0x6e, 0, 0, 0]))).toBe('UTF-32 text');
    expect(encodingProblem(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x12, 0x34, 0x56, 0x78, 0x00, 0x03]))).toBe('binary data');
  });

  it('writes sizes in binary units', () => {
    expect([sizeText(512), sizeText(4 * 1024 * 1024), sizeText(1.75 * 1024 * 1024), sizeText(2 * 1024 ** 3)]).toEqual(['512 bytes', '4 MiB', '1.8 MiB', '2 GiB']);
  });
});
