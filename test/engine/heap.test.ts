import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventHeap } from '../../sim/engine/heap.js';

interface Queued {
  timeS: number;
  seq: number;
  kind: number;
  payload: number;
}

/** Oracle: a plain array kept sorted by (timeS, seq), the order the heap must reproduce. */
class SortedOracle {
  private items: Queued[] = [];
  private nextSeq = 0;
  push(timeS: number, kind: number, payload: number): void {
    this.items.push({ timeS, seq: this.nextSeq++, kind, payload });
    this.items.sort((a, b) => a.timeS - b.timeS || a.seq - b.seq);
  }
  pop(): Queued | undefined {
    return this.items.shift();
  }
  get size(): number {
    return this.items.length;
  }
}

// Few distinct times so that ties (the FIFO rule) are exercised constantly.
const timeArb = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.double({ min: 0, max: 1e9, noNaN: true }));
const opArb = fc.oneof(
  fc.record({ op: fc.constant('push' as const), timeS: timeArb, kind: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('pop' as const) }),
);

describe('EventHeap', () => {
  it('matches a sorted-array oracle under random push/pop interleavings', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), fc.integer({ min: 1, max: 4 }), (ops, capacity) => {
        const heap = new EventHeap(capacity); // tiny capacity forces grow() mid-sequence
        const oracle = new SortedOracle();
        let payload = 0;
        for (const o of ops) {
          if (o.op === 'push') {
            heap.push(o.timeS, o.kind, payload);
            oracle.push(o.timeS, o.kind, payload);
            payload += 0.5; // distinct, non-integer payloads prove Float64 storage
          } else {
            const expected = oracle.pop();
            expect(heap.pop()).toBe(expected !== undefined);
            if (expected) {
              expect([heap.topTimeS, heap.topKind, heap.topPayload]).toEqual([
                expected.timeS,
                expected.kind,
                expected.payload,
              ]);
            }
          }
          expect(heap.size).toBe(oracle.size);
        }
        // Drain: the rest must also come out in oracle order.
        for (let e = oracle.pop(); e; e = oracle.pop()) {
          expect(heap.peekTimeS()).toBe(e.timeS);
          expect(heap.pop()).toBe(true);
          expect([heap.topTimeS, heap.topPayload]).toEqual([e.timeS, e.payload]);
        }
        expect(heap.pop()).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('returns equal times in insertion order (FIFO), across growth', () => {
    const heap = new EventHeap(2);
    for (let i = 0; i < 1000; i++) heap.push(i % 3 === 0 ? 5 : 7, 0, i);
    const out: number[] = [];
    while (heap.pop()) out.push(heap.topPayload);
    const expected = [...Array(1000).keys()].sort((a, b) => (a % 3 === 0 ? 0 : 1) - (b % 3 === 0 ? 0 : 1) || a - b);
    expect(out).toEqual(expected);
  });

  it('keeps FIFO among equal times pushed after earlier pops (sequence never reused)', () => {
    const heap = new EventHeap();
    heap.push(1, 0, 100);
    heap.push(1, 0, 101);
    heap.pop(); // frees a slot; a later push must still rank after 101
    heap.push(1, 0, 102);
    const out: number[] = [];
    while (heap.pop()) out.push(heap.topPayload);
    expect(out).toEqual([101, 102]);
  });

  it('an event earlier than all pending ones (front register) keeps FIFO when moved back into the heap', () => {
    const heap = new EventHeap();
    heap.push(5, 0, 1); // heap
    heap.push(3, 0, 2); // earlier than all: front
    heap.push(3, 0, 3); // same time as the front: heap, after 2
    heap.push(2, 0, 4); // earlier still: 2 moves into the heap with its seq, 4 is the front
    heap.push(2, 0, 5); // same time as the front: after 4
    expect(heap.size).toBe(5);
    const out: number[] = [];
    while (heap.pop()) out.push(heap.topPayload);
    expect(out).toEqual([4, 5, 2, 3, 1]);
  });

  it('popBefore leaves a front event at exactly untilS in place', () => {
    const heap = new EventHeap();
    heap.push(9, 0, 1);
    heap.push(4, 0, 2); // front
    expect(heap.popBefore(4)).toBe(false);
    expect([heap.size, heap.peekTimeS()]).toEqual([2, 4]);
    expect(heap.popBefore(4.5) && heap.topPayload).toBe(2);
  });

  it('pops an event scheduled at time Infinity (pop has no time bound; popBefore(Infinity) excludes it)', () => {
    const heap = new EventHeap();
    heap.push(Infinity, 3, 1);
    expect(heap.popBefore(Infinity)).toBe(false);
    expect(heap.size).toBe(1);
    expect(heap.pop()).toBe(true);
    expect([heap.topTimeS, heap.topKind, heap.size]).toEqual([Infinity, 3, 0]);
  });

  it('popBefore(untilS) removes only events strictly before untilS', () => {
    const heap = new EventHeap();
    for (const t of [3, 1, 2, 2]) heap.push(t, 0, t);
    const out: number[] = [];
    while (heap.popBefore(2)) out.push(heap.topTimeS);
    expect(out).toEqual([1]);
    expect([heap.size, heap.peekTimeS()]).toEqual([3, 2]);
  });

  it('reports Infinity as the next time when empty, and size 0', () => {
    const heap = new EventHeap();
    expect(heap.peekTimeS()).toBe(Infinity);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBe(false);
  });

  it('orders -0 and +0, and huge times, by numeric value', () => {
    const heap = new EventHeap();
    heap.push(1e300, 0, 1);
    heap.push(0, 0, 2);
    heap.push(-0, 0, 3); // -0 === 0, so FIFO: 2 before 3
    heap.push(Number.MAX_VALUE, 0, 4);
    const out: number[] = [];
    while (heap.pop()) out.push(heap.topPayload);
    expect(out).toEqual([2, 3, 1, 4]);
  });
});
