/**
 * Storage of the jobs currently in the system (queued or running) and the FIFO
 * queue, as typed arrays indexed by a reusable slot number. A finished job's slot
 * is recycled, so memory grows with the jobs in the system, never with the jobs seen;
 * no object is allocated per job (the engine handles millions of jobs per second).
 *
 * Equation: none (storage). Slot life: add -> (queued) -> placed -> remove.
 * Assumptions: at most 2^31 jobs in the system at once.
 * Validity: slots are valid between add() and remove(); using a removed slot is a bug.
 * References: SimPy 3 Resource/Store (simpy/resources/resource.py): a FIFO put/get queue;
 *   here a growable ring buffer of slot numbers.
 * Validated by: test/models/workload/jobTable.test.ts
 * @example const t = new JobTable(); const s = t.add(job); t.gpus[s] // => job.gpus
 */
import type { JobInput, JobRecord } from './job.js';

export class JobTable {
  gpus: Int32Array;
  utilization: Float64Array;
  submitS: Float64Array;
  durationS: Float64Array;
  /** XPU pool (poolProcess.ts): the groups a job may use (mask, 0 = any), its class and per-GPU memory need, bytes. */
  groupMask: Int32Array;
  jobClass: Uint8Array;
  memoryBytes: Float64Array;
  /** Arrival order (ties in submitS broken by it): FIFO across the pool's queues. */
  seq: Float64Array;
  private arrivals = 0;
  /** First (or only) node of a placed job, -1 while queued. */
  node: Int32Array;
  /** Number of nodes of a placed job (1 for single-node jobs). */
  nodeCount: Int32Array;
  /** All nodes of a multi-node job; read only when nodeCount > 1 (a sparse list). */
  nodes: (Int32Array | undefined)[] = [];
  /** Jobs in the system. */
  live = 0;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private used = 0;

  constructor(capacity = 256) {
    this.gpus = new Int32Array(capacity);
    this.utilization = new Float64Array(capacity);
    this.submitS = new Float64Array(capacity);
    this.durationS = new Float64Array(capacity);
    this.groupMask = new Int32Array(capacity);
    this.jobClass = new Uint8Array(capacity);
    this.memoryBytes = new Float64Array(capacity);
    this.seq = new Float64Array(capacity);
    this.node = new Int32Array(capacity);
    this.nodeCount = new Int32Array(capacity);
    this.freeSlots = new Int32Array(capacity);
  }

  /** Stores a job (submitS absolute) and returns its slot. */
  add(job: JobInput, submitS: number): number {
    let slot: number;
    if (this.freeCount > 0) slot = this.freeSlots[--this.freeCount];
    else {
      if (this.used === this.gpus.length) this.grow();
      slot = this.used++;
    }
    this.gpus[slot] = job.gpus;
    this.utilization[slot] = job.utilization;
    this.submitS[slot] = submitS;
    this.durationS[slot] = job.durationS;
    this.groupMask[slot] = job.groupMask ?? 0;
    this.jobClass[slot] = job.jobClass ?? 0;
    this.memoryBytes[slot] = job.memoryBytes ?? 0;
    this.seq[slot] = this.arrivals++;
    this.node[slot] = -1;
    this.nodeCount[slot] = 0;
    this.live++;
    return slot;
  }

  /** Copies slot's job into `out` (submitS absolute) and returns it. */
  read(slot: number, out: JobRecord): JobRecord {
    out.submitS = this.submitS[slot];
    out.durationS = this.durationS[slot];
    out.gpus = this.gpus[slot];
    out.utilization = this.utilization[slot];
    out.groupMask = this.groupMask[slot];
    out.jobClass = this.jobClass[slot];
    out.memoryBytes = this.memoryBytes[slot];
    return out;
  }

  remove(slot: number): void {
    if (this.nodeCount[slot] > 1) this.nodes[slot] = undefined;
    this.freeSlots[this.freeCount++] = slot;
    this.live--;
  }

  private grow(): void {
    const cap = this.gpus.length * 2;
    const f64 = (a: Float64Array) => { const b = new Float64Array(cap); b.set(a); return b; };
    const i32 = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    this.gpus = i32(this.gpus);
    this.node = i32(this.node);
    this.nodeCount = i32(this.nodeCount);
    this.freeSlots = i32(this.freeSlots);
    this.utilization = f64(this.utilization);
    this.submitS = f64(this.submitS);
    this.durationS = f64(this.durationS);
    this.groupMask = i32(this.groupMask);
    this.memoryBytes = f64(this.memoryBytes);
    this.seq = f64(this.seq);
    const c = new Uint8Array(cap);
    c.set(this.jobClass);
    this.jobClass = c;
  }
}

/** FIFO queue of slots: a growable ring buffer, O(1) push and shift. */
export class SlotQueue {
  private items = new Int32Array(256);
  private head = 0;
  length = 0;

  push(slot: number): void {
    if (this.length === this.items.length) {
      const bigger = new Int32Array(this.items.length * 2);
      for (let i = 0; i < this.length; i++) bigger[i] = this.items[(this.head + i) & (this.items.length - 1)];
      this.items = bigger;
      this.head = 0;
    }
    this.items[(this.head + this.length++) & (this.items.length - 1)] = slot;
  }

  /** The oldest slot (queue must not be empty). */
  peek(): number {
    return this.items[this.head];
  }

  shift(): number {
    const slot = this.items[this.head];
    this.head = (this.head + 1) & (this.items.length - 1);
    this.length--;
    return slot;
  }
}
