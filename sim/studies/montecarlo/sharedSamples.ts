/**
 * Samples shared by the threads of one Monte Carlo run, in SharedArrayBuffers
 * every thread sees: a control block (the next sample index to take, how many
 * samples are finished, a stop flag) updated with Atomics, and the results
 * matrix, row i = the KPI vector of sample i. A thread takes an index, evaluates
 * the sample and writes its row; no two threads take the same index, and a row
 * is complete before the finished count covers it.
 */
import { InputError } from '../../errors.js';

const NEXT = 0;
const DONE = 1;
const STOP = 2;

/** What a worker receives to take part (structured clone shares SharedArrayBuffers, it does not copy them). */
export interface SharedBuffers {
  control: SharedArrayBuffer;
  results: SharedArrayBuffer;
  /** Numbers per sample (designs x KPIs). */
  width: number;
}

/** A worker's one task: every sample's overrides and the shared buffers. */
export interface SampleTask {
  overrides: string[][];
  buffers: SharedBuffers;
}

/** A worker's reply once no sample is left: done, or the lines of an input problem (errors lose their class across threads). */
export type SampleReply = { done: true } | { inputError: string[] };

export class SharedSamples {
  private readonly control: Int32Array;
  private readonly results: Float64Array;

  constructor(readonly buffers: SharedBuffers) {
    this.control = new Int32Array(buffers.control);
    this.results = new Float64Array(buffers.results);
  }

  /** Buffers for `samples` vectors of `width` numbers. */
  static create(samples: number, width: number): SharedSamples {
    return new SharedSamples({
      control: new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT),
      results: new SharedArrayBuffer(samples * width * Float64Array.BYTES_PER_ELEMENT),
      width,
    });
  }

  get samples(): number {
    return this.results.length / this.buffers.width;
  }

  /** The next sample index for this thread, or -1 when none is left or the run stopped. */
  take(): number {
    if (Atomics.load(this.control, STOP) !== 0) return -1;
    const index = Atomics.add(this.control, NEXT, 1);
    return index < this.samples ? index : -1;
  }

  /** Records sample `index`'s KPI vector. */
  put(index: number, vector: Float64Array): void {
    if (vector.length !== this.buffers.width) throw new RangeError(`sharedSamples: sample ${index} has ${vector.length} KPIs, expected ${this.buffers.width}`);
    this.results.set(vector, index * this.buffers.width);
    Atomics.add(this.control, DONE, 1);
  }

  /** Samples finished so far, on every thread. */
  done(): number {
    return Atomics.load(this.control, DONE);
  }

  /** No thread takes another sample (a failure, or the run was abandoned). */
  stop(): void {
    Atomics.store(this.control, STOP, 1);
  }

  /** Every sample's KPI vector, in sample order (copies). */
  vectors(): Float64Array[] {
    const w = this.buffers.width;
    return Array.from({ length: this.samples }, (_, i) => this.results.slice(i * w, (i + 1) * w));
  }
}

/**
 * Takes samples from `shared` and evaluates them with `simulate` until none is left, calling `between` after
 * each (this thread's chance to report progress). Any error stops every thread and is thrown.
 */
export async function runSharedSamples(shared: SharedSamples, overrides: string[][],
  simulate: (index: number, overrides: readonly string[]) => Float64Array, between?: () => Promise<void>): Promise<void> {
  try {
    for (let index = shared.take(); index >= 0; index = shared.take()) {
      shared.put(index, simulate(index, overrides[index]));
      if (between) await between();
    }
  } catch (err) {
    shared.stop();
    throw err;
  }
}

/** A worker's task: its share of the samples; an input error comes back as its lines. */
export async function workerTask(task: SampleTask, simulate: (index: number, overrides: readonly string[]) => Float64Array): Promise<SampleReply> {
  try {
    await runSharedSamples(new SharedSamples(task.buffers), task.overrides, simulate);
    return { done: true };
  } catch (err) {
    if (err instanceof InputError) return { inputError: err.lines };
    throw err;
  }
}
