/**
 * traceExtent: exact on a file that fits in one read, within 2 % on large files (generated here,
 * and the shipped openb pod list), windows by bisection, and undefined where it cannot tell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { traceExtent } from '../../../sim/models/workload/traceExtent.js';

const OPENB = 'scenarios/traces/openb_pod_list_default.csv';
let dir = '';
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** `rows` jobs submitted every 10 s from 0, ids of varying width (rows of unequal length). */
const bigTrace = (rows: number) => `id,submit,gpus\n${Array.from({ length: rows }, (_, i) => `job-${i},${i * 10},${1 + (i % 8)}`).join('\n')}\n`;

beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'dctwin-extent-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('traceExtent', () => {
  it('counts the rows of a small file exactly, blank lines and CRLF included, in ms via timeUnit', () => {
    const path = file('small.csv', 'id,submit\r\na,1000\r\n\r\nb,2000\r\nc,5000\r\n');
    expect(traceExtent(path, 'submit', 1e-3)).toEqual({ rows: 3, firstSubmitS: 1, lastSubmitS: 5 });
    expect(traceExtent(path, 'submit', 1e-3, 2, 5)).toEqual({ rows: 1, firstSubmitS: 1, lastSubmitS: 5 }); // [2 s, 5 s): b only
  });

  it('estimates a large file within 2 %, whole and in a window', () => {
    const path = file('big.csv', bigTrace(200_000)); // ~3.6 MB, rows of 12-20 bytes
    const whole = traceExtent(path, 'submit', 1)!;
    expect(whole.firstSubmitS).toBe(0);
    expect(whole.lastSubmitS).toBe(1_999_990);
    expect(Math.abs(whole.rows / 200_000 - 1)).toBeLessThan(0.02);
    // [500,000 s, 1,500,000 s): rows 50,000 to 149,999 = 100,000 rows
    const window = traceExtent(path, 'submit', 1, 500_000, 1_500_000)!;
    expect(Math.abs(window.rows / 100_000 - 1)).toBeLessThan(0.02);
  });

  it('estimates the shipped openb pod list within 2 % (8,152 rows; 8,125 from day 115)', () => {
    // counted with: awk -F, 'NR > 1 && $9 >= 115 * 86400' scenarios/traces/openb_pod_list_default.csv | wc -l
    expect(Math.abs(traceExtent(OPENB, 'creation_time', 1)!.rows / 8152 - 1)).toBeLessThan(0.02);
    expect(Math.abs(traceExtent(OPENB, 'creation_time', 1, 115 * 86_400)!.rows / 8125 - 1)).toBeLessThan(0.02);
  });

  it('is undefined for a missing file or column, no data, or a non-numeric submit time', () => {
    expect(traceExtent(join(dir, 'nope.csv'), 'submit', 1)).toBeUndefined();
    expect(traceExtent(file('cols.csv', 'id,start\na,1\n'), 'submit', 1)).toBeUndefined();
    expect(traceExtent(file('empty.csv', 'id,submit\n'), 'submit', 1)).toBeUndefined();
    expect(traceExtent(file('text.csv', 'id,submit\na,soon\n'), 'submit', 1)).toBeUndefined();
  });
});
