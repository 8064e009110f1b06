import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openTrace, TRACE_DEFAULTS, type TraceParams } from '../../../sim/models/workload/trace.js';
import { newJobRecord, type JobRecord } from '../../../sim/models/workload/job.js';
import { InputError } from '../../../sim/errors.js';

function write(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dctwin-trace-row-')), 'pods.csv');
  writeFileSync(path, text);
  return path;
}

function drain(p: TraceParams): JobRecord[] {
  const src = openTrace(p);
  const out: JobRecord[] = [];
  const r = newJobRecord();
  while (src.next(r)) out.push({ ...r });
  src.close();
  return out;
}

const PODS = 'creation_time,deletion_time,num_gpu,gpu_spec,qos,mem_gb\n0,10,1,,LS,16\n1,11,2,T4,BE,0\n2,12,1,V100M16|V100M32,LS,32\n3,13,8,G2,Burstable,80\n';
const params = (path: string, extra: Partial<TraceParams> = {}): TraceParams => ({
  ...TRACE_DEFAULTS, path,
  columns: { submit: 'creation_time', end: 'deletion_time', gpus: 'num_gpu', accelerator: 'gpu_spec', class: 'qos', memory: 'mem_gb' },
  groupsOf: { T4: 0b100, V100M16: 0b010, V100M32: 0b001, G2: 0b001 },
  classOf: { LS: 1, BE: 2, Burstable: 0 },
  memoryUnitBytes: 1e9,
  ...extra,
});

describe('trace rows with XPU-pool columns (hand-checked rows)', () => {
  it('maps gpu_spec names to group masks (alternatives OR-ed, empty = any), classes and memory per GPU', () => {
    const jobs = drain(params(write(PODS)));
    expect(jobs.map((j) => j.groupMask)).toEqual([0, 0b100, 0b011, 0b001]);
    expect(jobs.map((j) => j.jobClass)).toEqual([1, 2, 1, 0]);
    expect(jobs.map((j) => j.memoryBytes)).toEqual([16e9, 0, 32e9, 80e9]);
  });

  it('without the columns every job may run anywhere, in the scenario class', () => {
    const jobs = drain({ ...TRACE_DEFAULTS, path: write(PODS), columns: { submit: 'creation_time', end: 'deletion_time', gpus: 'num_gpu' }, jobClass: 2 });
    expect(jobs.map((j) => [j.groupMask, j.jobClass, j.memoryBytes])).toEqual([[0, 2, 0], [0, 2, 0], [0, 2, 0], [0, 2, 0]]);
  });

  it('an unmapped accelerator name or class is a bad line naming the file line, the column and the value', () => {
    const path = write(PODS);
    const noG2 = params(path, { groupsOf: { T4: 1, V100M16: 2, V100M32: 2 } });
    expect(() => drain(noG2)).toThrow(InputError);
    expect(() => drain(noG2)).toThrow(/pods\.csv:5: column 'gpu_spec': expected accelerator names listed in jobs\.trace\.accelerators .*got 'G2'/);
    expect(() => drain(params(path, { classOf: { LS: 1, BE: 2 } }))).toThrow(/pods\.csv:5: column 'qos': expected one of 'LS', 'BE' .*got 'Burstable'/);
    expect(drain(params(path, { classOf: { LS: 1, BE: 2 }, skipBadLines: true }))).toHaveLength(3);
  });

  it('a mapped column missing from the header is reported at line 1', () => {
    const p = params(resolve('test/fixtures/traces/small.csv'), { columns: { submit: 'submit', end: 'end', gpus: 'gpus', accelerator: 'gpu_spec' } });
    expect(() => drain(p)).toThrow(/small\.csv:1: columns\.accelerator: expected a column named 'gpu_spec'/);
  });
});
