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

/**
 * Normal sample by the Box-Muller transform (Box & Muller 1958, Ann. Math. Stat. 29(2):610):
 *   x = mean + stdDev * sqrt(-2 ln(1 - u1)) * cos(2 pi u2)
 * Draws exactly two uniforms per sample (the sine twin is discarded), so the
 * number of draws never depends on earlier calls.
 */
export function normal(u: () => number, mean: number, stdDev: number): number {
  const radius = Math.sqrt(-2 * Math.log(1 - u()));
  return mean + stdDev * radius * Math.cos(2 * Math.PI * u());
}

/** Log-normal sample: exp(normal(logMean, logStdDev)); the median is exp(logMean). Two draws. */
export function lognormal(u: () => number, logMean: number, logStdDev: number): number {
  return Math.exp(normal(u, logMean, logStdDev));
}

/** Uniform integer in [min, max], both inclusive (integers, min <= max). One draw. */
export function uniformInt(u: () => number, min: number, max: number): number {
  if (!(Number.isInteger(min) && Number.isInteger(max) && min <= max)) {
    throw new RangeError(`uniformInt needs integers min <= max, got ${min}, ${max}`);
  }
  return min + Math.floor(u() * (max - min + 1));
}
