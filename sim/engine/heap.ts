/**
 * Binary min-heap of events ordered by (timeS, seq). `seq` is the insertion
 * counter, so events at equal times come out in the order they were scheduled
 * (SimPy's (time, priority, eid) ordering without the priority).
 *
 * Stored as parallel typed arrays (no object per event) because the engine
 * processes millions of events per second and the garbage collector would
 * otherwise dominate. Capacity doubles when full; memory grows only with the
 * number of pending events, never with the number processed.
 */
export class EventHeap {
  private timeS: Float64Array;
  private seq: Float64Array;
  private kind: Int32Array;
  private payload: Float64Array;
  private nextSeq = 0;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.timeS = new Float64Array(initialCapacity);
    this.seq = new Float64Array(initialCapacity);
    this.kind = new Int32Array(initialCapacity);
    this.payload = new Float64Array(initialCapacity);
  }

  push(timeS: number, kind: number, payload: number): void {
    if (this.size === this.timeS.length) this.grow();
    const s = this.nextSeq++;
    let i = this.size++;
    const times = this.timeS;
    const seqs = this.seq;
    // Sift up: move parents down until the slot for the new event is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < timeS || (pt === timeS && seqs[parent] < s)) break;
      this.move(parent, i);
      i = parent;
    }
    times[i] = timeS;
    seqs[i] = s;
    this.kind[i] = kind;
    this.payload[i] = payload;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTimeS(): number {
    return this.size > 0 ? this.timeS[0] : Infinity;
  }

  /** Removes the earliest event; its fields are left in `top*` to avoid allocating a tuple. */
  pop(): boolean {
    if (this.size === 0) return false;
    this.topTimeS = this.timeS[0];
    this.topKind = this.kind[0];
    this.topPayload = this.payload[0];
    const last = --this.size;
    if (last > 0) this.siftDownFrom(last);
    return true;
  }

  topTimeS = 0;
  topKind = 0;
  topPayload = 0;

  private siftDownFrom(last: number): void {
    const times = this.timeS;
    const seqs = this.seq;
    const t = times[last];
    const s = seqs[last];
    const k = this.kind[last];
    const p = this.payload[last];
    const n = last;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))) {
        child = right;
      }
      const ct = times[child];
      if (t < ct || (t === ct && s < seqs[child])) break;
      this.move(child, i);
      i = child;
    }
    times[i] = t;
    seqs[i] = s;
    this.kind[i] = k;
    this.payload[i] = p;
  }

  private move(from: number, to: number): void {
    this.timeS[to] = this.timeS[from];
    this.seq[to] = this.seq[from];
    this.kind[to] = this.kind[from];
    this.payload[to] = this.payload[from];
  }

  private grow(): void {
    const cap = this.timeS.length * 2;
    const grow64 = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    this.timeS = grow64(this.timeS);
    this.seq = grow64(this.seq);
    this.payload = grow64(this.payload);
    const k = new Int32Array(cap);
    k.set(this.kind);
    this.kind = k;
  }
}
