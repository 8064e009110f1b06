/**
 * Parsed rows of one pass over a trace, kept so that a repeated (tiled) trace is
 * replayed from memory instead of being re-read and re-parsed on every pass.
 * Bounded: past `maxRows` rows the cache gives up and the reader streams the
 * file again on each pass, so a huge trace is still never held whole.
 *
 * Equation: none (storage); 41 bytes per row (submit, duration, utilization, memory as float64,
 *   GPUs and group mask as int32, class as uint8): the default 2^20 rows cost 41 MiB at most.
 * Assumptions: rows are added in submit order during the first pass.
 * Validity: read(i) for 0 <= i < length, once the first pass is complete and not overflowed.
 * References: none needed (a buffer); the row format is job.ts's JobRecord.
 * Validated by: test/models/workload/replayCache.test.ts
 * @example const c = new ReplayCache(4); c.add(0, job); c.read(0, out) // => 0, out equals job
 */
import type { JobInput, JobRecord } from './job.js';

export const REPLAY_CACHE_ROWS = 1 << 20;

export class ReplayCache {
  length = 0;
  /** True once more rows were offered than maxRows: the cache is unusable. */
  overflowed = false;
  private submitS = new Float64Array(1024);
  private durationS = new Float64Array(1024);
  private utilization = new Float64Array(1024);
  private gpus = new Int32Array(1024);
  private groupMask = new Int32Array(1024);
  private jobClass = new Uint8Array(1024);
  private memoryBytes = new Float64Array(1024);

  constructor(private readonly maxRows = REPLAY_CACHE_ROWS) {}

  add(submitS: number, job: JobInput): void {
    if (this.overflowed) return;
    if (this.length === this.maxRows) {
      this.overflowed = true;
      this.submitS = this.durationS = this.utilization = new Float64Array(0);
      this.gpus = this.groupMask = new Int32Array(0);
      this.jobClass = new Uint8Array(0);
      this.memoryBytes = new Float64Array(0);
      return;
    }
    if (this.length === this.gpus.length) this.grow();
    const i = this.length++;
    this.submitS[i] = submitS;
    this.durationS[i] = job.durationS;
    this.utilization[i] = job.utilization;
    this.gpus[i] = job.gpus;
    this.groupMask[i] = job.groupMask ?? 0;
    this.jobClass[i] = job.jobClass ?? 0;
    this.memoryBytes[i] = job.memoryBytes ?? 0;
  }

  /** Fills `out` (except submitS) with row i and returns its submit time. */
  read(i: number, out: JobRecord): number {
    out.durationS = this.durationS[i];
    out.utilization = this.utilization[i];
    out.gpus = this.gpus[i];
    out.groupMask = this.groupMask[i];
    out.jobClass = this.jobClass[i];
    out.memoryBytes = this.memoryBytes[i];
    return this.submitS[i];
  }

  private grow(): void {
    const cap = Math.min(this.gpus.length * 2, this.maxRows);
    const f64 = (a: Float64Array) => { const b = new Float64Array(cap); b.set(a); return b; };
    this.submitS = f64(this.submitS);
    this.durationS = f64(this.durationS);
    this.utilization = f64(this.utilization);
    this.memoryBytes = f64(this.memoryBytes);
    const i32 = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    this.gpus = i32(this.gpus);
    this.groupMask = i32(this.groupMask);
    const c = new Uint8Array(cap);
    c.set(this.jobClass);
    this.jobClass = c;
  }
}
