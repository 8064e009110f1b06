import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openTrace, TRACE_DEFAULTS, type TraceParams } from '../../../sim/models/workload/trace.js';
import { newJobRecord, type JobRecord } from '../../../sim/models/workload/job.js';
import { InputError } from '../../../sim/errors.js';

const fixture = (name: string) => resolve('test/fixtures/traces', name);
const small = (extra: Partial<TraceParams> = {}): TraceParams => ({
  ...TRACE_DEFAULTS, path: fixture('small.csv'), columns: { submit: 'submit', end: 'end', gpus: 'gpus' }, ...extra,
});

function drain(p: TraceParams, max = 1000): JobRecord[] {
  const src = openTrace(p);
  const out: JobRecord[] = [];
  const r = newJobRecord();
  while (out.length < max && src.next(r)) out.push({ ...r });
  src.close();
  return out;
}

describe('openTrace', () => {
  it('reads submit, duration from end - submit, GPUs and the constant utilization', () => {
    const jobs = drain(small({ utilization: 0.8 }));
    expect(jobs.map((j) => [j.submitS, j.durationS, j.gpus])).toEqual([[0, 100, 1], [10, 40, 2], [20, 10, 2], [30, 10, 1], [40, 1, 5]]);
    expect(jobs.every((j) => j.utilization === 0.8)).toBe(true);
  });

  it('converts time units, multiplies nodes by GPUs per node, scales the utilization column, ignores 0-node rows', () => {
    const p: TraceParams = {
      ...TRACE_DEFAULTS, path: fixture('units.csv'), timeUnitS: 1e-3, gpusPerNode: 4, utilizationScale: 0.01,
      columns: { submit: 'start_ms', duration: 'run_ms', nodes: 'nodes', utilization: 'gpu util, %' },
    };
    const src = openTrace(p);
    const r = newJobRecord();
    expect(src.next(r)).toBe(true);
    expect(r).toEqual({ submitS: 0, durationS: 60, gpus: 4, utilization: 0.5, groupMask: 0, jobClass: 0, memoryBytes: 0 });
    expect(src.next(r)).toBe(true); // row y has 0 nodes: ignored
    expect(r).toEqual({ submitS: 3, durationS: 2, gpus: 8, utilization: 0.8, groupMask: 0, jobClass: 0, memoryBytes: 0 });
    expect(src.next(r)).toBe(false);
    expect(src.ignoredRows).toBe(1);
  });

  it('repeat tiles the trace with period span * n / (n - 1), and arrivalScale divides submit offsets', () => {
    // submits 0..40, n = 5: period = 40 * 5 / 4 = 50 s; second pass at 50, 60, ...; scale 2 halves all offsets
    const jobs = drain(small({ repeat: true, arrivalScale: 2 }), 7);
    expect(jobs.map((j) => j.submitS)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(jobs[5].durationS).toBe(100); // durations are not scaled
  });

  it('durationScale multiplies durations, arrivalScale divides submit offsets (2-row trace, also when replayed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-trace-'));
    const path = join(dir, 'two.csv');
    writeFileSync(path, 'name,submit,end,gpus\na,100,160,1\nb,130,140,2\n');
    // Hand-computed, arrivalScale 3, durationScale 2.5; origin = first submit 100 s:
    //   a: submit (100 - 100) / 3 = 0 s, duration (160 - 100) * 2.5 = 150 s, end 150 s
    //   b: submit (130 - 100) / 3 = 10 s, duration (140 - 130) * 2.5 = 25 s, end 35 s
    // repeat period = (130 - 100) * 2 / 1 = 60 s: pass 1 submits (60 + 0) / 3 = 20 s and (60 + 30) / 3 = 30 s
    const jobs = drain(small({ path, repeat: true, arrivalScale: 3, durationScale: 2.5 }), 4);
    expect(jobs.map((j) => [j.submitS, j.durationS, j.submitS + j.durationS])).toEqual([[0, 150, 150], [10, 25, 35], [20, 150, 170], [30, 25, 55]]);
  });

  it('replays later passes from memory, or streams them again when the cache is too small: same jobs', () => {
    const cached = drain(small({ repeat: true }), 23);
    const streamed = drain(small({ repeat: true, replayCacheRows: 2 }), 23);
    expect(streamed).toEqual(cached);
    expect(cached[22]).toEqual({ submitS: 4 * 50 + 20, durationS: 10, gpus: 2, utilization: 1, groupMask: 0, jobClass: 0, memoryBytes: 0 }); // pass 4, row c
  });

  it('a window [from, to) keeps only rows submitted inside it, offsets from `from`', () => {
    const jobs = drain(small({ fromS: 10, toS: 35 }));
    expect(jobs.map((j) => j.submitS)).toEqual([0, 10, 20]);
    const tiled = drain(small({ fromS: 10, toS: 35, repeat: true }), 5);
    expect(tiled.map((j) => j.submitS)).toEqual([0, 10, 20, 25, 35]); // period = to - from = 25 s
  });

  it('a bad line is an InputError with file:line and column', () => {
    expect(() => drain(small({ path: fixture('bad.csv') }))).toThrow(
      new InputError("test/fixtures/traces/bad.csv:3: column 'gpus': expected a whole number >= 0, got 'two'"),
    );
  });

  it('skipBadLines skips and counts every unreadable line (bad number, empty end, end before submit, unsorted)', () => {
    const src = openTrace(small({ path: fixture('bad.csv'), skipBadLines: true }));
    const r = newJobRecord();
    const submits: number[] = [];
    while (src.next(r)) submits.push(r.submitS);
    expect(submits).toEqual([0, 20]);
    expect(src.skippedLines).toBe(4); // lines 3 (gpus 'two'), 6 (no end), 7 (end < submit), 8 (15 after 20: unsorted)
  });

  it('names each unreadable kind of line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-trace-'));
    const cases: [string, string][] = [
      ['a,0,,1', "column 'end': expected a number (end time), got ''"],
      ['a,5,4,1', "column 'end': expected an end time at or after the submit time 5, got '4'"],
      ['a,0', "column 'end': expected a number (end time), got nothing (row too short)"],
    ];
    for (const [row, message] of cases) {
      const path = join(dir, 'one.csv');
      writeFileSync(path, `name,submit,end,gpus\nz,0,1,1\n${row}\n`);
      expect(() => drain(small({ path }))).toThrow(`:3: ${message}`);
    }
    writeFileSync(join(dir, 'unsorted.csv'), 'name,submit,end,gpus\nz,9,10,1\ny,3,4,1\n');
    expect(() => drain(small({ path: join(dir, 'unsorted.csv') }))).toThrow(":3: column 'submit': expected rows sorted by submit time, got 3 after a later row");
  });

  it('a missing column is reported against the header line, all at once', () => {
    try {
      drain(small({ columns: { submit: 'creation_time', end: 'end', gpus: 'num_gpu' } }));
      expect.unreachable();
    } catch (err) {
      expect((err as InputError).lines).toEqual([
        "test/fixtures/traces/small.csv:1: columns.submit: expected a column named 'creation_time' in the header, got 'name,submit,end,gpus'",
        "test/fixtures/traces/small.csv:1: columns.gpus: expected a column named 'num_gpu' in the header, got 'name,submit,end,gpus'",
      ]);
    }
  });

  it('streams a file larger than one read chunk, keeping line numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-trace-'));
    const path = join(dir, 'big.csv');
    const rows = ['name,submit,end,gpus'];
    for (let i = 0; i < 20_000; i++) rows.push(`job-${i},${i},${i + 60},${1 + (i % 8)}`);
    rows[15_000] = 'broken,x,1,1'; // line 15001
    writeFileSync(path, rows.join('\n'));
    const src = openTrace(small({ path, skipBadLines: true }));
    const r = newJobRecord();
    let n = 0, gpus = 0;
    while (src.next(r)) { n++; gpus += r.gpus; }
    expect(n).toBe(19_999);
    expect(src.skippedLines).toBe(1);
    expect(gpus).toBe(20_000 * 4.5 - (1 + (14_999 % 8)));
    expect(() => drain(small({ path }), 30_000)).toThrow(/big\.csv:15001: column 'submit'/);
  });

  it('reads the shipped Alibaba 2023 openb pod list (8152 pods, 1088 without GPUs)', () => {
    const src = openTrace({ ...TRACE_DEFAULTS, path: resolve('scenarios/traces/openb_pod_list_default.csv'),
      columns: { submit: 'creation_time', end: 'deletion_time', gpus: 'num_gpu' } });
    const r = newJobRecord();
    expect(src.next(r)).toBe(true);
    expect(r).toEqual({ submitS: 0, durationS: 12_537_496, gpus: 1, utilization: 1, groupMask: 0, jobClass: 0, memoryBytes: 0 }); // openb-pod-0000
    let n = 1;
    while (src.next(r)) n++;
    expect(n).toBe(8152 - 1088); // SOURCES.md: num_gpu 0 for 1088 pods
    expect(src.ignoredRows).toBe(1088);
    expect(src.skippedLines).toBe(0);
  });
});
