/**
 * One row of a job trace CSV to a JobRecord (a helper of trace.ts): the column lookup from the scenario's
 * mapping, the number checks and the XPU-pool fields (accelerator names to node-group masks, job class,
 * memory need). A row that breaks a rule throws BadLine with the column, what was expected and what was
 * found (trace.ts adds the file and line).
 *
 * Equation: as trace.ts for time, size and utilization; groupMask = OR over the names of the accelerator
 *   cell split at '|' of groupsOf[name] (an empty cell = 0, any group); memoryBytes = memory cell * memoryUnitBytes.
 * Assumptions: alternatives in one cell (`V100M16|V100M32`) mean "any of these" (Alibaba trace README:
 *   gpu_spec lists the GPU models a task accepts); every name must be mapped by the scenario (no silent drop).
 * Validity: at most 30 node groups (a 31-bit mask).
 * References: Alibaba cluster-trace-gpu-v2023 README (gpu_spec: "the GPU model(s) the task is constrained
 *   to; about 33% of GPU tasks ... have GPU type constraints"), Weng et al., USENIX ATC 2023, sec. 6.5.
 * Validated by: test/models/workload/traceRow.test.ts
 */
import { locate } from '../../errors.js';
import type { JobRecord } from './job.js';
import type { TraceColumns, TraceParams } from './trace.js';

export class BadLine extends Error {}

export interface TraceRowParser {
  /** Header problems (a mapped column missing), each with the file and line 1. */
  problems: string[];
  /** Fills `out` from `row` (submitS excepted) and returns the row's submit time, s of the trace clock. */
  parse(row: string[], out: JobRecord, lastS: number): number;
}

export function traceRowParser(header: readonly string[], p: TraceParams, file: string): TraceRowParser {
  const c = p.columns;
  const reader = { header };
  const problems: string[] = [];
  const col = (key: keyof TraceColumns): number => {
    const name = c[key];
    if (name === undefined) return -1;
    const i = reader.header.indexOf(name);
    if (i < 0) problems.push(`${locate(file, 1)}columns.${key}: expected a column named '${name}' in the header, got '${reader.header.join(',')}'`);
    return i;
  };
  const iSubmit = col('submit'), iDur = col('duration'), iEnd = col('end');
  const iGpus = col('gpus'), iNodes = col('nodes'), iUtil = col('utilization');
  const iAccel = col('accelerator'), iClass = col('class'), iMemory = col('memory');
  const groupsOf = p.groupsOf ?? {}, classOf = p.classOf ?? {};
  const maskCache = new Map<string, number>(); // a trace holds a few distinct values: parse each once
  if ((c.duration === undefined) === (c.end === undefined) || (c.gpus === undefined) === (c.nodes === undefined)) {
    throw new RangeError('trace: exactly one of duration/end and one of gpus/nodes columns');
  }
  const number = (row: string[], i: number, what: string): number => {
    const text = row[i];
    const v = text === undefined || text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(v)) {
      throw new BadLine(`column '${reader.header[i]}': expected ${what}, got ${text === undefined ? 'nothing (row too short)' : `'${text}'`}`);
    }
    return v;
  };

  /** `T4` or `V100M16|V100M32` -> the union of the groups each name maps to; empty = any (0). */
  const maskOf = (text: string): number => {
    const known = maskCache.get(text);
    if (known !== undefined) return known;
    let mask = 0;
    for (const name of text.split('|').map((v) => v.trim()).filter((v) => v !== '')) {
      const m = groupsOf[name];
      if (m === undefined) throw new BadLine(`column '${c.accelerator}': expected accelerator names listed in jobs.trace.accelerators (${Object.keys(groupsOf).join(', ')}), got '${name}'`);
      mask |= m;
    }
    maskCache.set(text, mask);
    return mask;
  };

  const parse = (row: string[], out: JobRecord, lastS: number): number => {
    const submitS = number(row, iSubmit, 'a number (submit time)') * p.timeUnitS;
    if (submitS < lastS) throw new BadLine(`column '${c.submit}': expected rows sorted by submit time, got ${row[iSubmit]} after a later row`);
    let durationS: number;
    if (iDur >= 0) durationS = number(row, iDur, 'a duration >= 0') * p.timeUnitS;
    else {
      const endS = number(row, iEnd, 'a number (end time)') * p.timeUnitS;
      if (endS < submitS) throw new BadLine(`column '${c.end}': expected an end time at or after the submit time ${row[iSubmit]}, got '${row[iEnd]}'`);
      durationS = endS - submitS;
    }
    if (durationS < 0) throw new BadLine(`column '${c.duration}': expected a duration >= 0, got '${row[iDur]}'`);
    const i = iGpus >= 0 ? iGpus : iNodes;
    const n = number(row, i, 'a whole number >= 0');
    if (!Number.isInteger(n) || n < 0) throw new BadLine(`column '${reader.header[i]}': expected a whole number >= 0, got '${row[i]}'`);
    out.gpus = iGpus >= 0 ? n : n * p.gpusPerNode;
    let u = p.utilization;
    if (iUtil >= 0) {
      u = number(row, iUtil, 'a number') * p.utilizationScale;
      if (!(u >= 0 && u <= 1)) throw new BadLine(`column '${c.utilization}': expected a utilization 0-1 after scaling by ${p.utilizationScale}, got '${row[iUtil]}'`);
    }
    out.utilization = u;
    out.durationS = durationS * p.durationScale;
    out.groupMask = iAccel >= 0 ? maskOf(row[iAccel] ?? '') : 0;
    if (iClass >= 0) {
      const k = classOf[(row[iClass] ?? '').trim()];
      if (k === undefined) throw new BadLine(`column '${c.class}': expected one of ${Object.keys(classOf).map((v) => `'${v}'`).join(', ')} (jobs.trace.classes), got '${row[iClass] ?? ''}'`);
      out.jobClass = k;
    } else out.jobClass = p.jobClass ?? 0;
    out.memoryBytes = iMemory >= 0 ? number(row, iMemory, 'a memory need >= 0') * (p.memoryUnitBytes ?? 1) : 0;
    if (out.memoryBytes < 0) throw new BadLine(`column '${c.memory}': expected a memory need >= 0, got '${row[iMemory]}'`);
    return submitS;
  };

  return { problems, parse };
}
