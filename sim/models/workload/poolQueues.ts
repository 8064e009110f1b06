/**
 * The XPU pool's waiting jobs: one FIFO queue per feasible set of node groups (a bit mask; under energy-aware
 * per feasible set and cheapest groups, keyOf), so that the oldest job that may still start is found by
 * looking at one head per set instead of scanning every job.
 *
 * Equation: oldestHead = argmin over non-empty queues q with eligible(head_q) != 0 of seq(head_q)
 *   (seq = arrival order, JobTable.seq). Jobs of one set keep FIFO order among themselves: a later job
 *   of a set never passes its head (head-of-line blocking within the set).
 * Assumptions: a job's feasible set is fixed at arrival (poolPolicy.ts).
 * Validity: a handful of distinct sets (a trace's accelerator constraints: ~20 in the Alibaba pod list);
 *   cost per lookup O(number of sets).
 * References: SimPy Resource's FIFO put queue (one per set here); JobTable (slots).
 * Validated by: test/models/workload/poolQueues.test.ts
 * @example q.push(0b01, a); q.push(0b10, b); q.oldestHead(() => 0b11) // => a
 */
import { SlotQueue, type JobTable } from './jobTable.js';

export class PoolQueues {
  private readonly masks: number[] = [];
  private readonly queues: SlotQueue[] = [];
  private readonly index = new Map<number, number>();
  private readonly keys = new Map<string, number>();
  /** Jobs waiting in all queues. */
  length = 0;

  constructor(private readonly jobs: JobTable) {}

  push(mask: number, slot: number): void {
    let i = this.index.get(mask);
    if (i === undefined) {
      i = this.queues.length;
      this.index.set(mask, i);
      this.masks.push(mask);
      this.queues.push(new SlotQueue());
    }
    this.queues[i].push(slot);
    this.length++;
  }

  /** The slot with the earliest arrival among the queue heads for which `eligible` is non-zero; -1 when none. */
  oldestHead(eligible: (slot: number) => number): number {
    let best = -1, bestSeq = Infinity;
    for (let i = 0; i < this.queues.length; i++) {
      const q = this.queues[i];
      if (q.length === 0) continue;
      const slot = q.peek();
      const seq = this.jobs.seq[slot];
      if (seq < bestSeq && eligible(slot) !== 0) { best = slot; bestSeq = seq; }
    }
    return best;
  }

  /**
   * A queue key for jobs that share a feasible set but differ in the groups they accept first (energy-aware:
   * their cheapest groups), so that one waiting for its cheapest group never blocks one whose cheapest is free.
   * Keys are small counters: use either keyOf's keys or plain masks in one PoolQueues, not both.
   */
  keyOf(feasible: number, first: number): number {
    const text = `${feasible}:${first}`;
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, (key = this.keys.size));
    return key;
  }

  /** Removes the head of the queue of `mask` (the slot oldestHead returned). */
  shift(mask: number): number {
    const i = this.index.get(mask);
    if (i === undefined || this.queues[i].length === 0) throw new RangeError(`pool queues: no job waits with groups mask ${mask}`);
    this.length--;
    return this.queues[i].shift();
  }
}
