/**
 * A job as the scheduler sees it, and the pull interface every job source
 * (trace reader, generators) implements.
 *
 * Equation: gpuSeconds = gpus * durationS; a job adds gpus * utilization busy
 *   GPU-equivalents to the nodes it runs on, from its start to start + durationS.
 * Assumptions: a job's size and duration are known at submit (as in trace replay
 *   and in the Philly/Helios schedulers' simulators); utilization is constant over
 *   the job's life. Sources fill a caller-owned record (`next(out)`), so pulling a
 *   job allocates nothing and the driver holds only the next arrival.
 * Validity: submitS non-decreasing from one `next` to the following; gpus >= 1;
 *   durationS >= 0 (at the reference speed 1: a node group of speed s runs it in durationS / s);
 *   0 <= utilization <= 1; groupMask: at most 30 groups.
 * References: OpenDC task trace columns (submission_time, duration, cpu_count, gpu_*)
 *   atlarge-research/opendc opendc-trace-api conv/TaskColumns.kt; Alibaba
 *   cluster-trace-gpu-v2023 README (creation_time, deletion_time, num_gpu).
 * Validated by: test/models/workload/job.test.ts
 * @example const s = arraySource([{ submitS: 0, durationS: 60, gpus: 1, utilization: 1 }]);
 *   s.next(newJobRecord()) // => true, then false
 */

export interface JobRecord {
  /** Submit time, s from the start of the source (the driver adds the window start). */
  submitS: number;
  durationS: number;
  gpus: number;
  /** Mean utilization of the job's GPUs while it runs, 0-1. */
  utilization: number;
  /** Node groups the job may (or prefers to) run on, as a bit mask of group indexes; 0 = any group. */
  groupMask: number;
  /** The job's class (JOB_CLASSES index: 0 training, 1 inference, 2 batch); its speed differs by accelerator. */
  jobClass: number;
  /** Accelerator memory the job needs on each of its GPUs, bytes; 0 = no need stated. */
  memoryBytes: number;
}

/** Job classes, in the order of JobRecord.jobClass. */
export const JOB_CLASSES = ['training', 'inference', 'batch'] as const;
export type JobClass = (typeof JOB_CLASSES)[number];

export interface JobSource {
  /** Fills `out` with the next job in submit order; false when the source is exhausted. */
  next(out: JobRecord): boolean;
  /** Lines of a file that could not be read and were skipped (skipBadLines), else 0. */
  readonly skippedLines: number;
  /** Rows that are valid but not GPU jobs (0 GPUs) or outside the chosen trace window. */
  readonly ignoredRows: number;
}

export const newJobRecord = (): JobRecord => ({ submitS: 0, durationS: 0, gpus: 0, utilization: 0, groupMask: 0, jobClass: 0, memoryBytes: 0 });

/** A source over an in-memory list (tests and small hand-written workloads); must be sorted by submitS. */
/** A job as a caller may write it: the XPU-pool fields default to 0 (any group, training, no memory need). */
export type JobInput = Omit<JobRecord, 'groupMask' | 'jobClass' | 'memoryBytes'> & Partial<JobRecord>;

export function arraySource(jobs: readonly JobInput[]): JobSource {
  let i = 0;
  for (let k = 1; k < jobs.length; k++) {
    if (jobs[k].submitS < jobs[k - 1].submitS) throw new RangeError(`arraySource: job ${k} submitted before job ${k - 1}`);
  }
  return {
    skippedLines: 0,
    ignoredRows: 0,
    next(out: JobRecord): boolean {
      if (i >= jobs.length) return false;
      const j = jobs[i++];
      out.submitS = j.submitS;
      out.durationS = j.durationS;
      out.gpus = j.gpus;
      out.utilization = j.utilization;
      out.groupMask = j.groupMask ?? 0;
      out.jobClass = j.jobClass ?? 0;
      out.memoryBytes = j.memoryBytes ?? 0;
      return true;
    },
  };
}
