/**
 * The shared sample counter and results (sim/studies/montecarlo/sharedSamples.ts):
 * every index is taken exactly once however takers interleave, rows land at
 * their index, and a stop or a failure ends every taker's loop.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../../sim/errors.js';
import { runSharedSamples, SharedSamples, workerTask } from '../../../sim/studies/montecarlo/sharedSamples.js';

const vectorOf = (index: number, width: number) => Float64Array.from({ length: width }, (_, k) => index * 10 + k);

describe('SharedSamples', () => {
  it('hands out every index once to interleaved takers, and the rows land at their index', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 200 }), (samples, order) => {
      const shared = SharedSamples.create(samples, 3);
      // Three views of the same buffers, as three threads hold them.
      const takers = [shared, new SharedSamples(shared.buffers), new SharedSamples(shared.buffers)];
      const taken: number[] = [];
      for (const t of [...order, ...Array<number>(samples + 3).fill(0)]) {
        const index = takers[t].take();
        if (index < 0) continue;
        taken.push(index);
        takers[t].put(index, vectorOf(index, 3));
      }
      expect([...taken].sort((a, b) => a - b)).toEqual(Array.from({ length: samples }, (_, i) => i));
      expect(shared.done()).toBe(samples);
      expect(shared.vectors().map((v) => Array.from(v))).toEqual(Array.from({ length: samples }, (_, i) => Array.from(vectorOf(i, 3))));
    }));
  });

  it('takes nothing once stopped, and rejects a vector of the wrong width', () => {
    const shared = SharedSamples.create(5, 2);
    expect(shared.take()).toBe(0);
    shared.stop();
    expect(new SharedSamples(shared.buffers).take()).toBe(-1);
    expect(() => shared.put(0, new Float64Array(3))).toThrow(/sample 0 has 3 KPIs, expected 2/);
  });
});

describe('runSharedSamples', () => {
  it('evaluates the samples no other thread took, reporting between them', async () => {
    const shared = SharedSamples.create(6, 1);
    const other = new SharedSamples(shared.buffers);
    other.put(other.take(), vectorOf(0, 1)); // another thread did sample 0
    const seen: number[] = [];
    let reports = 0;
    await runSharedSamples(shared, Array.from({ length: 6 }, () => []), (i) => (seen.push(i), vectorOf(i, 1)), async () => { reports++; });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(reports).toBe(5);
    expect(shared.vectors().map((v) => v[0])).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('stops every thread at a failure and returns the input problem of a worker as lines', async () => {
    const shared = SharedSamples.create(10, 1);
    const reply = await workerTask({ overrides: Array.from({ length: 10 }, () => []), buffers: shared.buffers }, (i) => {
      if (i === 2) throw new InputError(['scenario.yaml: x: expected K, got degC (Monte Carlo sample #2)']);
      return vectorOf(i, 1);
    });
    expect(reply).toEqual({ inputError: ['scenario.yaml: x: expected K, got degC (Monte Carlo sample #2)'] });
    expect(shared.done()).toBe(2);
    expect(new SharedSamples(shared.buffers).take()).toBe(-1); // the other threads stop too
  });
});
