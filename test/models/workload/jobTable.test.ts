import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JobTable, SlotQueue } from '../../../sim/models/workload/jobTable.js';

describe('JobTable', () => {
  it('stores jobs, recycles slots and grows past its capacity', () => {
    const t = new JobTable(2);
    const slots = [1, 2, 3].map((g) => t.add({ submitS: g, durationS: 10 * g, gpus: g, utilization: 0.5 }, 100 + g));
    expect(slots).toEqual([0, 1, 2]);
    expect([t.gpus[2], t.submitS[2], t.durationS[2], t.node[2]]).toEqual([3, 103, 30, -1]);
    t.remove(1);
    expect(t.live).toBe(2);
    expect(t.add({ submitS: 0, durationS: 1, gpus: 7, utilization: 1 }, 0)).toBe(1); // reused
    expect(t.gpus[0]).toBe(1);
  });
});

describe('SlotQueue', () => {
  it('is FIFO through growth and wrap-around (random push/shift against an array)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(1000), fc.constant(-1)), { maxLength: 2000 }), (ops) => {
        const q = new SlotQueue();
        const model: number[] = [];
        for (const op of ops) {
          if (op >= 0) { q.push(op); model.push(op); }
          else if (model.length > 0) {
            expect(q.peek()).toBe(model[0]);
            expect(q.shift()).toBe(model.shift());
          }
          expect(q.length).toBe(model.length);
        }
      }),
    );
  });
});
