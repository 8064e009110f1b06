import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillGaps, MAX_FILLED_GAP_HOURS } from '../../../sim/models/climate/missingValues.js';

const flags = (values: number[]) => Uint8Array.from(values.map((v) => (Number.isNaN(v) ? 1 : 0)));

describe('fillGaps', () => {
  it('interpolates a 3-hour gap linearly between its neighbours', () => {
    const values = Float64Array.of(10, NaN, NaN, NaN, 14, 15);
    const fill = fillGaps(values, flags([...values]), MAX_FILLED_GAP_HOURS);
    expect(fill).toEqual({ filledHours: 3 });
    // before 10, after 14, n = 3: 10 + 4 * k / 4
    expect([...values]).toEqual([10, 11, 12, 13, 14, 15]);
  });

  it('treats the year as cyclic: a gap at hour 0 interpolates from the last hour', () => {
    const values = Float64Array.of(NaN, 4, 6, 0);
    fillGaps(values, flags([...values]), 6);
    expect(values[0]).toBe(2); // between 0 (last hour) and 4
  });

  it('leaves a gap longer than the limit and reports where it starts', () => {
    const values = Float64Array.from([1, ...Array(7).fill(NaN), 9, NaN, 11]);
    const fill = fillGaps(values, flags([...values]), 6);
    expect(fill).toEqual({ filledHours: 1, tooLong: { startHour: 1, lengthHours: 7 } });
    expect(Number.isNaN(values[1])).toBe(true);
    expect(values[9]).toBe(10);
  });

  it('reports an all-missing column as one long gap', () => {
    const values = Float64Array.of(NaN, NaN);
    expect(fillGaps(values, Uint8Array.of(1, 1), 6).tooLong).toEqual({ startHour: 0, lengthHours: 2 });
  });

  it('fills every short gap with values between its two neighbours', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -50, max: 50, noNaN: true }), { nil: undefined, freq: 3 }), { minLength: 2, maxLength: 60 }),
        (raw) => {
          const values = Float64Array.from(raw.map((v) => v ?? NaN));
          const missing = flags([...values]);
          const fill = fillGaps(values, missing, 1000);
          if (missing.every((m) => m === 1)) return fill.tooLong !== undefined;
          const good = raw.filter((v): v is number => v !== undefined);
          const [lo, hi] = [Math.min(...good), Math.max(...good)];
          return fill.tooLong === undefined && [...values].every((v) => v >= lo - 1e-9 && v <= hi + 1e-9);
        },
      ),
    );
  });
});
