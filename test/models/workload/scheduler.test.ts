import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Scheduler, type PlacementPolicy } from '../../../sim/models/workload/scheduler.js';

const job = (gpus: number) => ({ submitS: 0, durationS: 1, gpus, utilization: 1 });

function placeAll(s: Scheduler, sizes: number[]): number[] {
  return sizes.map((g) => {
    const slot = s.jobs.add(job(g), 0);
    expect(s.place(slot)).toBe(true);
    return s.jobs.node[slot];
  });
}

describe('Scheduler', () => {
  it('first-fit takes the lowest-numbered node with room', () => {
    const s = new Scheduler({ nodeCount: 2, gpusPerNode: 8, policy: 'first-fit' });
    expect(placeAll(s, [4, 4, 4])).toEqual([0, 0, 1]);
    expect(Array.from(s.freeGpus)).toEqual([0, 4]);
  });

  it('best-fit takes the node left with the fewest free GPUs; first-fit does not', () => {
    // A=2 on node 0 (6 free), B=7 on node 1 (1 free); C=1: first-fit node 0, best-fit node 1.
    expect(placeAll(new Scheduler({ nodeCount: 2, gpusPerNode: 8, policy: 'first-fit' }), [2, 7, 1])).toEqual([0, 1, 0]);
    expect(placeAll(new Scheduler({ nodeCount: 2, gpusPerNode: 8, policy: 'best-fit' }), [2, 7, 1])).toEqual([0, 1, 1]);
  });

  it('a job larger than a node takes whole empty nodes', () => {
    const s = new Scheduler({ nodeCount: 3, gpusPerNode: 8, policy: 'first-fit' });
    const a = s.jobs.add(job(12), 0);
    expect(s.place(a)).toBe(true);
    expect(Array.from(s.jobs.nodes[a] ?? [])).toEqual([0, 1]);
    expect(s.allocatedGpus).toBe(16); // whole nodes
    const b = s.jobs.add(job(9), 0);
    expect(s.place(b)).toBe(false); // needs 2 empty nodes, 1 left
    s.release(a);
    expect(s.place(b)).toBe(true);
    expect(s.emptyNodes).toBe(1);
  });

  it('knows which jobs can never fit', () => {
    const s = new Scheduler({ nodeCount: 3, gpusPerNode: 8, policy: 'first-fit' });
    expect(s.everFits(24)).toBe(true);
    expect(s.everFits(25)).toBe(false);
  });

  it('never over-allocates and places as a brute-force search would (random place/release)', () => {
    const op = fc.oneof(fc.record({ place: fc.integer({ min: 1, max: 20 }) }), fc.record({ release: fc.nat() }));
    fc.assert(
      fc.property(fc.constantFrom<PlacementPolicy>('first-fit', 'best-fit'), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 8 }), fc.array(op, { maxLength: 80 }),
        (policy, nodeCount, gpusPerNode, ops) => {
          const s = new Scheduler({ nodeCount, gpusPerNode, policy });
          const live: number[] = [];
          for (const o of ops) {
            if ('place' in o) {
              const g = o.place;
              const free = Array.from(s.freeGpus);
              const slot = s.jobs.add(job(g), 0);
              const ok = s.place(slot);
              if (g <= gpusPerNode) {
                const fits = free.map((f, i) => [f, i]).filter(([f]) => f >= g);
                expect(ok).toBe(fits.length > 0);
                if (ok && policy === 'first-fit') expect(s.jobs.node[slot]).toBe(fits[0][1]);
                if (ok && policy === 'best-fit') expect(free[s.jobs.node[slot]]).toBe(Math.min(...fits.map(([f]) => f)));
              } else {
                expect(ok).toBe(free.filter((f) => f === gpusPerNode).length >= Math.ceil(g / gpusPerNode));
              }
              if (ok) live.push(slot);
              else s.jobs.remove(slot);
            } else if (live.length > 0) {
              const slot = live.splice(o.release % live.length, 1)[0];
              s.release(slot);
              s.jobs.remove(slot);
            }
            const used = Array.from(s.freeGpus).reduce((a, f) => a + gpusPerNode - f, 0);
            expect(s.freeGpus.every((f) => f >= 0 && f <= gpusPerNode)).toBe(true);
            expect(s.allocatedGpus).toBe(used);
            expect(s.emptyNodes).toBe(Array.from(s.freeGpus).filter((f) => f === gpusPerNode).length);
          }
        }),
    );
  });
});
