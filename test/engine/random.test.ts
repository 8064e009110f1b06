import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Env } from '../../sim/engine/env.js';
import { exponential, lognormal, mulberry32, normal, RandomStreams, streamSeed, uniformInt } from '../../sim/engine/random.js';

/**
 * mulberry32 written out again from the reference formula in the docstring of
 * /work/shared/bench/simpy_bench.py (the classic JS one-liner), so the test
 * does not compare the code with itself.
 */
function referenceMulberry32(a: number): () => number {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const draw = (u: () => number, n: number) => Array.from({ length: n }, u);

/** A small M/M/1-like simulation whose trace depends on two streams; returns every (time, event) it ran. */
function trace(seed: number, extraStream: boolean): string[] {
  const streams = new RandomStreams(seed);
  if (extraStream) draw(streams.stream('failures'), 17); // a new purpose drawing first must not disturb the others
  const arrivals = streams.stream('arrivals');
  const durations = streams.stream('durations');
  const env = new Env();
  const log: string[] = [];
  const done = env.on('done', (t, p) => log.push(`done ${p} ${t}`));
  const arrive = env.on('arrive', (t, p) => {
    log.push(`arrive ${p} ${t}`);
    env.after(exponential(durations, 900), done, p);
    env.after(exponential(arrivals, 10), arrive, p + 1);
  });
  env.at(0, arrive, 0);
  env.run({ untilS: 2000 });
  return log;
}

describe('mulberry32', () => {
  it('matches the reference values for seed 42 (python3 simpy_bench.mulberry32(42), verified 2026-11)', () => {
    // python3: b.mulberry32(42) -> first five values (repr), identical to node running the JS one-liner
    expect(draw(mulberry32(42), 5)).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693, 0.17481389874592423,
    ]);
    expect(draw(mulberry32(0), 3)).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
  });

  it('is bit-identical to the reference formula for any 32-bit seed, and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (seed) => {
        const got = draw(mulberry32(seed), 50);
        expect(got).toEqual(draw(referenceMulberry32(seed), 50));
        for (const u of got) expect(u >= 0 && u < 1).toBe(true);
      }),
    );
  });
});

describe('RandomStreams', () => {
  it('gives identical traces for identical seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        expect(trace(seed, false)).toEqual(trace(seed, false));
      }),
      { numRuns: 20 },
    );
    expect(trace(1, false)).not.toEqual(trace(2, false));
  });

  it('adding a stream does not change the numbers of another stream', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.string(), { maxLength: 5 }), (seed, others) => {
        const alone = new RandomStreams(seed);
        const crowded = new RandomStreams(seed);
        for (const name of others) draw(crowded.stream(name), 3);
        expect(draw(crowded.stream('arrivals'), 20)).toEqual(draw(alone.stream('arrivals'), 20));
      }),
    );
    expect(trace(42, true)).toEqual(trace(42, false));
  });

  it('returns the same generator for a name, and different sequences for different names or seeds', () => {
    const s = new RandomStreams(7);
    expect(s.stream('a')).toBe(s.stream('a'));
    expect(draw(s.stream('a'), 5)).not.toEqual(draw(s.stream('b'), 5));
    expect(streamSeed(7, 'a')).toBe(streamSeed(7, 'a'));
    expect(streamSeed(1, 'a')).not.toBe(streamSeed(2, 'a'));
    expect(Number.isInteger(streamSeed(-5, 'ünïcode')) && streamSeed(-5, 'ünïcode') >= 0).toBe(true);
  });
});

describe('samplers', () => {
  /** A fake uniform source replaying fixed values, to check the formulas exactly. */
  const fixed = (...values: number[]) => {
    let i = 0;
    return () => values[i++];
  };

  it('exponential inverts the CDF: u = 1 - 1/e gives the mean; u = 0 gives 0', () => {
    expect(exponential(fixed(0), 900) === 0).toBe(true); // -0 in IEEE (kept: the reference formula's exact bits)
    expect(exponential(fixed(1 - Math.exp(-1)), 900)).toBeCloseTo(900, 9);
  });

  it('normal follows Box-Muller: u1 = 1 - e^-0.5 (radius 1), u2 = 0 gives mean + stdDev', () => {
    expect(normal(fixed(1 - Math.exp(-0.5), 0), 10, 2)).toBeCloseTo(12, 12);
    expect(normal(fixed(1 - Math.exp(-0.5), 0.5), 10, 2)).toBeCloseTo(8, 12); // cos(pi) = -1
    expect(normal(fixed(0, 0.3), 10, 2)).toBe(10); // radius 0
  });

  it('lognormal is exp of the normal sample; uniformInt covers [min, max] inclusive', () => {
    expect(lognormal(fixed(1 - Math.exp(-0.5), 0), Math.log(100), 0.5)).toBeCloseTo(100 * Math.exp(0.5), 9);
    expect(uniformInt(fixed(0), 3, 6)).toBe(3);
    expect(uniformInt(fixed(0.999999), 3, 6)).toBe(6);
    expect(uniformInt(fixed(0.5), -2, -2)).toBe(-2);
    expect(() => uniformInt(fixed(0.5), 4, 3)).toThrow(RangeError);
    expect(() => uniformInt(fixed(0.5), 0.5, 3)).toThrow(RangeError);
  });

  it('sample moments converge (200k draws; tolerances are > 5 standard errors)', () => {
    const u = mulberry32(12345);
    const n = 200_000;
    let sumExp = 0;
    let sumN = 0;
    let sumN2 = 0;
    let belowMedian = 0;
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      sumExp += exponential(u, 900); // std error of the mean: 900/sqrt(n) = 2.0
      const x = normal(u, 5, 3); // std error: 3/sqrt(n) = 0.0067
      sumN += x;
      sumN2 += x * x;
      if (lognormal(u, Math.log(50), 1) < 50) belowMedian++; // std error of the fraction: 0.0011
      counts[uniformInt(u, 0, 3)]++;
    }
    expect(Math.abs(sumExp / n - 900)).toBeLessThan(12);
    const mean = sumN / n;
    expect(Math.abs(mean - 5)).toBeLessThan(0.04);
    expect(Math.abs(Math.sqrt(sumN2 / n - mean * mean) - 3)).toBeLessThan(0.03);
    expect(Math.abs(belowMedian / n - 0.5)).toBeLessThan(0.006);
    for (const c of counts) expect(Math.abs(c / n - 0.25)).toBeLessThan(0.006);
  });
});
