/**
 * Seeded random streams. Each named stream has its own generator whose seed is
 * a hash of (run seed, stream name), so adding a stream never changes the
 * numbers another stream draws (the "one stream per purpose" practice of
 * L'Ecuyer's RngStreams and SimPy models).
 *
 * Generator: mulberry32 (Tommy Ettinger, public domain), 32-bit state, period
 * 2^32; bit-identical to the reference in ../shared/bench/simpy_bench.py.
 * Good enough for arrivals and durations; not for cryptography.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

/** The classic JS mulberry32: u in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return function next(): number {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string, mixed with a seed: a stable stream seed. */
export function streamSeed(seed: number, name: string): number {
  let h = (0x811c9dc5 ^ (seed | 0)) >>> 0;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // One extra avalanche round so seeds 1 and 2 give unrelated streams.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** A named set of independent streams for one run. */
export class RandomStreams {
  private readonly streams = new Map<string, () => number>();
  constructor(readonly seed: number) {}

  /** The stream called `name`, created on first use. */
  stream(name: string): () => number {
    let s = this.streams.get(name);
    if (!s) {
      s = mulberry32(streamSeed(this.seed, name));
      this.streams.set(name, s);
    }
    return s;
  }
}

/** Exponential sample with the given mean, by inversion: x = -mean * ln(1 - u). */
export function exponential(u: () => number, mean: number): number {
  return -mean * Math.log(1 - u());
}
