import { describe, expect, it } from 'vitest';
import { runGpuFifo } from '../../sim/bench/gpuFifo.js';
import { checkReference, REFERENCE } from '../../sim/bench/main.js';

describe('gpu-fifo-v1 on dctwin parts', () => {
  it('30 days, seed 42: counts equal the SimPy/SimGrid reference, energy within 1e-12 relative', () => {
    // Reference: shared bench README / simpy_bench.py docstring, --days 30
    const r = runGpuFifo({ days: 30, seed: 42 });
    expect(r.arrivals).toBe(259_561);
    expect(r.completions).toBe(259_456);
    expect(r.waited).toBe(55_473);
    expect(r.modelEvents).toBe(259_561 + 259_456);
    expect(Math.abs(r.energyJ / 2385930976630.0054 - 1)).toBeLessThanOrEqual(1e-12);
    expect(checkReference(r)).toBe('ok');
  });

  it('checkReference flags a count that differs and ignores runs without a reference', () => {
    const fake = { ...runGpuFifo({ days: 1, seed: 42 }), days: 30, arrivals: REFERENCE[30].arrivals + 1 };
    expect(checkReference(fake)).toBe('counts differ from the reference');
    expect(checkReference({ ...fake, days: 2 })).toBe('');
  });
});
