/**
 * Job trace reader: replays a job CSV (one row per job) as a lazily pulled,
 * streamed job source, with a column mapping from the scenario.
 *
 * Equation (per row; t = column value * timeUnitS, trace clock):
 *   submitS   = (pass * periodS + t_submit - originS) / arrivalScale
 *   durationS = (t_duration  or  t_end - t_submit) * durationScale
 *   gpus      = gpus column           or  nodes column * gpusPerNode
 *   utilization = utilization column * utilizationScale   or the constant `utilization`
 *   originS = fromS if set, else the first row's submit time
 *   periodS = toS - originS if set, else (last - first job's submit) * n / (n - 1) (span plus one mean gap)
 *   offered busy GPUs = sum(gpus * durationS) / span = (trace's own mean) * arrivalScale * durationScale
 *     (Little's law), and jobs per second = (trace's own rate) * arrivalScale
 * Assumptions: rows sorted by submit time (checked: an earlier row after a later one is a bad
 *   line). The two scales trade job count against job length at equal offered load: durationScale
 *   stretches every job alike (shape of the duration distribution and GPU sizes kept), modelling a
 *   cluster of fewer, longer jobs (LLM training) with the trace's size mix and arrival pattern;
 *   queueing at equal load is not invariant (longer jobs block longer). `repeat` tiles the trace
 *   end to end in time. Rows with 0 GPUs
 *   (CPU-only pods) and rows outside [fromS, toS) are ignored and counted, not errors. An empty end
 *   time is a bad line (in the Alibaba 2023 openb pod list every row has deletion_time; pods still
 *   running at the trace end carry the trace end, so their durations are censored there).
 * Validity: any file size (streamed, 64 KiB chunks); memory independent of the row count. A
 *   repeated trace of up to 2^20 jobs is replayed from parsed rows after its first pass (replayCache.ts);
 *   a longer one is streamed again on every pass.
 * References: Alibaba cluster-trace-gpu-v2023 README, openb_pod_list columns (creation_time,
 *   deletion_time, num_gpu, gpu_milli), Weng et al., "Beware of Fragmentation", USENIX ATC 2023;
 *   scenarios/traces/SOURCES.md for the shipped files.
 * Validated by: test/models/workload/trace.test.ts (fixtures in test/fixtures/traces/)
 * @example const src = openTrace({ ...TRACE_DEFAULTS, path, columns: { submit: 'creation_time',
 *   end: 'deletion_time', gpus: 'num_gpu' } }); src.next(job) // => true, job.gpus === 1
 */
import { InputError, locate } from '../../errors.js';
import { CsvLineReader } from './csvLines.js';
import type { JobRecord, JobSource } from './job.js';
import { ReplayCache } from './replayCache.js';
import { BadLine, traceRowParser } from './traceRow.js';

export interface TraceColumns {
  submit: string;
  duration?: string;
  end?: string;
  gpus?: string;
  nodes?: string;
  utilization?: string;
  /** Accelerator types the job asks for (Alibaba `gpu_spec`: `T4`, `V100M16|V100M32`; empty = any), mapped by `groupsOf`. */
  accelerator?: string;
  /** The job's class as the trace names it (mapped by `classOf`). */
  class?: string;
  /** Accelerator memory needed per GPU, in `memoryUnitBytes`. */
  memory?: string;
}

export interface TraceParams {
  /** Absolute path of the CSV. */
  path: string;
  columns: TraceColumns;
  /** Seconds per unit of the time columns (1 for seconds, 1e-6 for microseconds). */
  timeUnitS: number;
  /** GPUs per node, used with a `nodes` column. */
  gpusPerNode: number;
  repeat: boolean;
  /** Submit offsets are divided by this (> 0): 2 means twice the arrival rate. */
  arrivalScale: number;
  /** Job durations are multiplied by this (> 0): 2 means jobs twice as long. */
  durationScale: number;
  /** Utilization of every job when there is no utilization column, 0-1. */
  utilization: number;
  /** Multiplier from the utilization column to 0-1 (0.001 for gpu_milli). */
  utilizationScale: number;
  skipBadLines: boolean;
  /** Trace-clock window [fromS, toS) in seconds; rows outside are ignored. */
  fromS?: number;
  toS?: number;
  /** Trace accelerator name -> bit mask of the node groups it maps to (every name the column holds must be here). */
  groupsOf?: Readonly<Record<string, number>>;
  /** Trace class value -> JOB_CLASSES index; a value not listed is a bad line. */
  classOf?: Readonly<Record<string, number>>;
  /** Class of every job without a class column (JOB_CLASSES index; default 0, training). */
  jobClass?: number;
  /** Bytes per unit of the memory column (1e9 for GB). */
  memoryUnitBytes?: number;
  /** Most jobs of one pass replayed from memory when repeating (default 2^20). */
  replayCacheRows?: number;
}

/** Defaults a scenario may omit: seconds, no tiling, full-load jobs (conservative for sizing). */
export const TRACE_DEFAULTS = {
  timeUnitS: 1,
  gpusPerNode: 8,
  repeat: false,
  arrivalScale: 1,
  durationScale: 1,
  utilization: 1,
  utilizationScale: 1,
  skipBadLines: false,
} as const;

export interface TraceSource extends JobSource {
  /** Completed passes over the file (tiles). */
  readonly passes: number;
  close(): void;
}

export function openTrace(p: TraceParams): TraceSource {
  const reader = new CsvLineReader(p.path);
  const file = reader.file;
  const row = traceRowParser(reader.header, p, file);
  if (row.problems.length > 0) {
    reader.close();
    throw new InputError(row.problems);
  }
  const c = p.columns;
  let pass = 0, originS = NaN, firstS = NaN, lastS = -Infinity, lastEmittedS = 0, emitted = 0, periodS = 0;
  const cache = p.repeat ? new ReplayCache(p.replayCacheRows) : undefined;
  let replayAt = -1; // >= 0 once passes after the first are replayed from the cache
  const state = { skippedLines: 0, ignoredRows: 0 };

  const endPass = (): boolean => {
    if (!p.repeat || emitted === 0) return false;
    if (pass === 0) {
      periodS = p.toS !== undefined ? p.toS - originS : emitted > 1 ? ((lastEmittedS - firstS) * emitted) / (emitted - 1) : 0;
      if (!(periodS > 0)) throw new InputError(`${locate(file)}repeat: expected a trace spanning more than 0 s to tile, got all submit times equal`);
    }
    pass++;
    lastS = -Infinity;
    if (cache && !cache.overflowed) {
      replayAt = 0;
      reader.close();
    } else reader.rewind();
    return true;
  };

  return {
    get skippedLines() { return state.skippedLines; },
    get ignoredRows() { return state.ignoredRows; },
    get passes() { return pass; },
    close: () => reader.close(),
    next(out: JobRecord): boolean {
      for (;;) {
        if (replayAt >= 0 && cache) {
          if (replayAt === cache.length) {
            pass++;
            replayAt = 0;
          }
          out.submitS = (pass * periodS + cache.read(replayAt++, out) - originS) / p.arrivalScale;
          return true;
        }
        const line = reader.nextRow();
        if (line === null) {
          if (endPass()) continue;
          return false;
        }
        let submitS: number;
        try {
          submitS = row.parse(line, out, lastS);
        } catch (err) {
          if (!(err instanceof BadLine)) throw err;
          if (!p.skipBadLines) throw new InputError(`${locate(file, reader.lineNumber)}${err.message}`);
          if (pass === 0) state.skippedLines++;
          continue;
        }
        lastS = submitS;
        if (Number.isNaN(originS)) originS = p.fromS ?? submitS;
        if (p.fromS !== undefined && submitS < p.fromS) {
          if (pass === 0) state.ignoredRows++;
          continue;
        }
        if (p.toS !== undefined && submitS >= p.toS) {
          if (endPass()) continue;
          return false;
        }
        if (out.gpus === 0) {
          if (pass === 0) state.ignoredRows++;
          continue;
        }
        if (pass === 0) {
          if (emitted === 0) firstS = submitS;
          emitted++;
          lastEmittedS = submitS;
          cache?.add(submitS, out);
        }
        out.submitS = (pass * periodS + submitS - originS) / p.arrivalScale;
        return true;
      }
    },
  };
}
