/**
 * Min-heap of events ordered by (timeS, seq). `seq` is the insertion counter,
 * so events at equal times come out in the order they were scheduled (SimPy's
 * (time, priority, eid) ordering without the priority).
 *
 * Layout, chosen for speed (the engine processes millions of events per
 * second, so no object per event and nothing for the garbage collector):
 * - the heap itself is two parallel typed arrays, `keyTimeS` and `keySlot`;
 *   sifting moves only these two numbers per level;
 * - each event's kind, payload and seq live in a slot of a pool, recycled
 *   through a free list; `seq` is read only to break a tie of times.
 * Binary, with Floyd's bottom-up removal (see siftDown). Removal is lazy:
 * pop() leaves the root vacant, and a push() that follows (a handler
 * scheduling the next event, the common case) drops straight into it, so a
 * pop-push pair costs one sift instead of two. Measured with
 * sim/bench/engineMicro.ts against the former 4-array binary heap (see the
 * commit messages); a 4-ary layout was no faster at 100 pending events.
 * Capacity doubles when full; memory grows with pending events only.
 */

export class EventHeap {
  private keyTimeS: Float64Array;
  private keySlot: Int32Array;
  private slotSeq: Float64Array;
  private slotKind: Int32Array;
  private slotPayload: Float64Array;
  private freeSlots: Int32Array;
  private freeCount: number;
  private nextSeq = 0;
  /** True after a pop: position 0 is vacant and the live entries are at 1..size. */
  private hole = false;
  /** Number of pending events. */
  size = 0;
  /** Fields of the event removed by the last successful pop() (no tuple allocated). */
  topTimeS = 0;
  topKind = 0;
  topPayload = 0;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(1, initialCapacity | 0);
    this.keyTimeS = new Float64Array(cap);
    this.keySlot = new Int32Array(cap);
    this.slotSeq = new Float64Array(cap);
    this.slotKind = new Int32Array(cap);
    this.slotPayload = new Float64Array(cap);
    this.freeSlots = new Int32Array(cap);
    for (let i = 0; i < cap; i++) this.freeSlots[i] = cap - 1 - i;
    this.freeCount = cap;
  }

  push(timeS: number, kind: number, payload: number): void {
    if (this.freeCount === 0) this.grow();
    const slot = this.freeSlots[--this.freeCount];
    const seq = this.nextSeq++;
    this.slotSeq[slot] = seq;
    this.slotKind[slot] = kind;
    this.slotPayload[slot] = payload;
    if (this.hole) {
      // The root is vacant (a handler schedules while its event is being processed):
      // one sift from the root instead of a removal plus an insertion.
      this.hole = false;
      this.siftDown(timeS, slot, ++this.size);
      return;
    }
    const times = this.keyTimeS;
    const slots = this.keySlot;
    let i = this.size++;
    // Sift up: a new event has the largest seq, so it stops at any parent with time <= timeS.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentTimeS = times[parent];
      if (parentTimeS <= timeS) break;
      times[i] = parentTimeS;
      slots[i] = slots[parent];
      i = parent;
    }
    times[i] = timeS;
    slots[i] = slot;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTimeS(): number {
    if (this.hole) this.fillHole();
    return this.size > 0 ? this.keyTimeS[0] : Infinity;
  }

  /** Removes the earliest event into `top*`; false when empty. */
  pop(): boolean {
    if (this.hole) this.fillHole();
    if (this.size === 0) return false;
    this.takeRoot();
    return true;
  }

  /** Like pop(), but only if the earliest event's time is < untilS. */
  popBefore(untilS: number): boolean {
    if (this.hole) this.fillHole();
    if (this.size === 0 || !(this.keyTimeS[0] < untilS)) return false;
    this.takeRoot();
    return true;
  }

  /** Copies the root event into `top*`, frees its slot and leaves the root vacant until the next call. */
  private takeRoot(): void {
    const topSlot = this.keySlot[0];
    this.topTimeS = this.keyTimeS[0];
    this.topKind = this.slotKind[topSlot];
    this.topPayload = this.slotPayload[topSlot];
    this.freeSlots[this.freeCount++] = topSlot;
    this.size--;
    this.hole = true;
  }

  /** Fills a vacant root with the last entry (the usual heap removal, done lazily). */
  private fillHole(): void {
    this.hole = false;
    const n = this.size; // live entries sit at 1..n while the root is vacant
    if (n > 0) this.siftDown(this.keyTimeS[n], this.keySlot[n], n);
  }

  /**
   * Places (timeS, slot) into a vacant root, among the first n positions: the former
   * last entry after a removal, or a new event pushed while the root was vacant.
   * Floyd's bottom-up variant: walk the hole down to a leaf along the smaller
   * child (one comparison per level), then sift the entry up from there; the
   * last entry is usually large, so it rarely climbs more than a level.
   */
  private siftDown(timeS: number, slot: number, n: number): void {
    const times = this.keyTimeS;
    const slots = this.keySlot;
    const seqs = this.slotSeq;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n) {
        const rt = times[right];
        const lt = times[child];
        if (rt < lt || (rt === lt && seqs[slots[right]] < seqs[slots[child]])) child = right;
      }
      times[i] = times[child];
      slots[i] = slots[child];
      i = child;
    }
    const seq = seqs[slot];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < timeS || (pt === timeS && seqs[slots[parent]] < seq)) break;
      times[i] = pt;
      slots[i] = slots[parent];
      i = parent;
    }
    times[i] = timeS;
    slots[i] = slot;
  }

  private grow(): void {
    const oldCap = this.keyTimeS.length;
    const cap = oldCap * 2;
    this.keyTimeS = grow(this.keyTimeS, new Float64Array(cap));
    this.keySlot = grow(this.keySlot, new Int32Array(cap));
    this.slotSeq = grow(this.slotSeq, new Float64Array(cap));
    this.slotKind = grow(this.slotKind, new Int32Array(cap));
    this.slotPayload = grow(this.slotPayload, new Float64Array(cap));
    this.freeSlots = new Int32Array(cap);
    // Every old slot is in use (that is why we grow); the new ones are free.
    for (let i = 0; i < oldCap; i++) this.freeSlots[i] = cap - 1 - i;
    this.freeCount = oldCap;
  }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
