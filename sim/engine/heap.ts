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
 * Binary, with Floyd's bottom-up removal (see siftDown; the smaller child is
 * picked without a branch, which the CPU could not predict). Removal is lazy:
 * pop() leaves the root vacant, and a push() that follows (a handler
 * scheduling the next event, the common case) drops straight into it, so a
 * pop-push pair costs one sift instead of two. An event pushed earlier than
 * every pending one waits in a one-entry "front" register beside the heap and
 * is popped from there without a sift (a source scheduling its next arrival
 * sooner than anything else pending); a still earlier push moves it into the
 * heap with its seq. Measured with sim/bench/engineMicro.ts (see the commit
 * messages); a 4-ary layout was no faster at 100 pending events.
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
  /** True after a pop: position 0 is vacant and the live entries are at 1..count. */
  private hole = false;
  /** Entries in the heap arrays (the front register not counted). */
  private count = 0;
  /** The front register: an event earlier than every event in the heap arrays. */
  private hasFront = false;
  private frontTimeS = 0;
  private frontKind = 0;
  private frontPayload = 0;
  private frontSeq = 0;
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

  /** Number of pending events. */
  get size(): number { return this.hasFront ? this.count + 1 : this.count; }

  push(timeS: number, kind: number, payload: number): void {
    const seq = this.nextSeq++;
    if (!this.hole && (this.count === 0 || timeS < this.keyTimeS[0])) {
      // Strictly earlier than the heap: into the front register. A later push at the front's
      // time goes into the heap and ranks after the front (larger seq), as FIFO wants.
      if (this.hasFront) {
        if (!(timeS < this.frontTimeS)) return this.insert(timeS, kind, payload, seq);
        this.insert(this.frontTimeS, this.frontKind, this.frontPayload, this.frontSeq);
      }
      this.hasFront = true;
      this.frontTimeS = timeS;
      this.frontKind = kind;
      this.frontPayload = payload;
      this.frontSeq = seq;
      return;
    }
    this.insert(timeS, kind, payload, seq);
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTimeS(): number {
    if (this.hole) this.fillHole();
    if (this.hasFront) return this.frontTimeS;
    return this.count > 0 ? this.keyTimeS[0] : Infinity;
  }

  /** Removes the earliest event into `top*`; false when empty. */
  pop(): boolean {
    if (this.hole) this.fillHole();
    if (this.hasFront) return this.takeFront();
    if (this.count === 0) return false;
    this.takeRoot();
    return true;
  }

  /** Like pop(), but only if the earliest event's time is < untilS. */
  popBefore(untilS: number): boolean {
    if (this.hole) this.fillHole();
    // Every heap entry is later than the front, or equal in time with a larger seq: the front goes first.
    if (this.hasFront) return this.frontTimeS < untilS && this.takeFront();
    if (this.count === 0 || !(this.keyTimeS[0] < untilS)) return false;
    this.takeRoot();
    return true;
  }

  private takeFront(): boolean {
    this.hasFront = false;
    this.topTimeS = this.frontTimeS;
    this.topKind = this.frontKind;
    this.topPayload = this.frontPayload;
    return true;
  }

  /** Puts an event (with its seq) into the heap arrays: into the vacant root, or at the end and up. */
  private insert(timeS: number, kind: number, payload: number, seq: number): void {
    if (this.freeCount === 0) this.grow();
    const slot = this.freeSlots[--this.freeCount];
    this.slotSeq[slot] = seq;
    this.slotKind[slot] = kind;
    this.slotPayload[slot] = payload;
    if (this.hole) {
      // The root is vacant (a handler schedules while its event is being processed):
      // one sift from the root instead of a removal plus an insertion.
      this.hole = false;
      this.siftDown(timeS, slot, ++this.count);
      return;
    }
    this.siftUp(this.count++, timeS, slot);
  }

  /** Copies the root event into `top*`, frees its slot and leaves the root vacant until the next call. */
  private takeRoot(): void {
    const topSlot = this.keySlot[0];
    this.topTimeS = this.keyTimeS[0];
    this.topKind = this.slotKind[topSlot];
    this.topPayload = this.slotPayload[topSlot];
    this.freeSlots[this.freeCount++] = topSlot;
    this.count--;
    this.hole = true;
  }

  /** Fills a vacant root with the last entry (the usual heap removal, done lazily). */
  private fillHole(): void {
    this.hole = false;
    const n = this.count; // live entries sit at 1..n while the root is vacant
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
        if (rt !== lt) child += +(rt < lt);
        else if (seqs[slots[right]] < seqs[slots[child]]) child = right;
      }
      times[i] = times[child];
      slots[i] = slots[child];
      i = child;
    }
    this.siftUp(i, timeS, slot);
  }

  /** Places (timeS, slot) at vacant position i or above it, moving later entries down. */
  private siftUp(i: number, timeS: number, slot: number): void {
    const times = this.keyTimeS;
    const slots = this.keySlot;
    const seqs = this.slotSeq;
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
