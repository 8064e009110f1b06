/**
 * Year-long arrays handed from one run to the next of the same shape. A Monte
 * Carlo sample allocates ~3 MB of them (per-meter hourly energy, hourly
 * series); taking the last sample's instead spares the allocation, the kernel's
 * zeroed pages and the full garbage collections that external memory triggers
 * (measured: 2 of 3.6 MB per sample, issue 6). Arrays come zeroed, in the same
 * order each run, so a run gets what a fresh allocation would give.
 *
 * Only for callers that drop a run's results before starting the next one: the
 * arrays the previous run handed out are rewritten (sampleScenario.ts keeps only
 * KPI numbers and the cluster series, which is never pooled).
 */
export class ArrayPool {
  private readonly float64s: Float64Array[] = [];
  private readonly uint8s: Uint8Array[] = [];
  private nextFloat64 = 0;
  private nextUint8 = 0;

  /** A new run: arrays are handed out again from the first. */
  reset(): void {
    this.nextFloat64 = 0;
    this.nextUint8 = 0;
  }

  /** A zeroed Float64Array of `length`. */
  float64(length: number): Float64Array {
    return take(this.float64s, this.nextFloat64++, length, (n) => new Float64Array(n));
  }

  /** A zeroed Uint8Array of `length`. */
  uint8(length: number): Uint8Array {
    return take(this.uint8s, this.nextUint8++, length, (n) => new Uint8Array(n));
  }
}

function take<T extends Float64Array | Uint8Array>(arrays: T[], index: number, length: number, make: (length: number) => T): T {
  const a = arrays[index];
  if (a !== undefined && a.length === length) return a.fill(0) as T;
  return (arrays[index] = make(length));
}

/** Where a run's year-long arrays come from: the pool when there is one, else fresh ones. */
export const float64Of = (pool: ArrayPool | undefined, length: number): Float64Array => pool?.float64(length) ?? new Float64Array(length);
export const uint8Of = (pool: ArrayPool | undefined, length: number): Uint8Array => pool?.uint8(length) ?? new Uint8Array(length);
