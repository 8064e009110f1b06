import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JobTable } from '../../../sim/models/workload/jobTable.js';
import { PoolQueues } from '../../../sim/models/workload/poolQueues.js';

const add = (t: JobTable, submitS: number) => t.add({ submitS, durationS: 60, gpus: 1, utilization: 1 }, submitS);
const all = () => 1;

describe('PoolQueues', () => {
  it('the @example: the oldest head across sets', () => {
    const t = new JobTable(), q = new PoolQueues(t);
    const a = add(t, 0), b = add(t, 1);
    q.push(0b01, a);
    q.push(0b10, b);
    expect(q.oldestHead(() => 0b11)).toBe(a);
    expect(q.length).toBe(2);
  });

  it('FIFO within a set: a later job of a set never passes its head', () => {
    const t = new JobTable(), q = new PoolQueues(t);
    const s = [0, 1, 2].map((i) => add(t, i));
    s.forEach((slot) => q.push(0b01, slot));
    expect(q.oldestHead(all)).toBe(s[0]);
    // the head ineligible: its set yields nothing, the later jobs of the set are not looked at
    expect(q.oldestHead((slot) => (slot === s[0] ? 0 : 1))).toBe(-1);
    expect(q.shift(0b01)).toBe(s[0]);
    expect(q.shift(0b01)).toBe(s[1]);
    expect(q.oldestHead(all)).toBe(s[2]);
    expect(q.length).toBe(1);
  });

  it('the oldest head by arrival (seq), whatever the order the sets were created in', () => {
    const t = new JobTable(), q = new PoolQueues(t);
    const a = add(t, 0), b = add(t, 0), c = add(t, 5);
    q.push(0b10, c); // the 0b10 set is created first, with the youngest job
    q.push(0b01, a);
    q.push(0b11, b);
    expect(q.oldestHead(all)).toBe(a);
    q.shift(0b01);
    expect(q.oldestHead(all)).toBe(b); // equal submit times: arrival order decides
    q.shift(0b11);
    expect(q.oldestHead(all)).toBe(c);
  });

  it('eligible() skips an ineligible head and returns the next-oldest eligible one; -1 when none', () => {
    const t = new JobTable(), q = new PoolQueues(t);
    const a = add(t, 0), b = add(t, 1), c = add(t, 2);
    q.push(0b01, a);
    q.push(0b10, b);
    q.push(0b100, c);
    expect(q.oldestHead((slot) => (slot === a ? 0 : 1))).toBe(b);
    expect(q.oldestHead((slot) => (slot === c ? 1 : 0))).toBe(c);
    expect(q.oldestHead(() => 0)).toBe(-1);
    expect(new PoolQueues(t).oldestHead(all)).toBe(-1); // empty
  });

  it('shift of an unknown or empty set is a RangeError (a driver bug)', () => {
    const t = new JobTable(), q = new PoolQueues(t);
    expect(() => q.shift(0b01)).toThrow(RangeError);
    q.push(0b01, add(t, 0));
    q.shift(0b01);
    expect(() => q.shift(0b01)).toThrow(/no job waits with groups mask 1/);
    expect(q.length).toBe(0);
  });

  it('taking oldestHead and shifting its set drains every job in arrival order (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 50 }), (masks) => {
      const t = new JobTable(), q = new PoolQueues(t);
      const maskOf: number[] = [];
      const slots = masks.map((m, i) => { const s = add(t, i); maskOf[s] = m; q.push(m, s); return s; });
      const out: number[] = [];
      for (let s = q.oldestHead(all); s >= 0; s = q.oldestHead(all)) out.push(q.shift(maskOf[s]));
      expect(out).toEqual(slots);
      expect(q.length).toBe(0);
    }));
  });
});
