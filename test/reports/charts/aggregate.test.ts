import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dailyMeans, dayOfYear, daysOf, monthlyRange } from '../../../reports/charts/aggregate.js';
import { fakeHourly } from '../../fixtures/run/fakeHourly.js';

describe('dayOfYear', () => {
  it('numbers days in a 365-day year', () => {
    expect(dayOfYear(1, 1)).toBe(1);
    expect(dayOfYear(3, 1)).toBe(60); // 31 + 28 + 1
    expect(dayOfYear(12, 31)).toBe(365);
  });
});

describe('daysOf and dailyMeans', () => {
  const table = fakeHourly(40);

  it('finds one day per 24 hours, crossing the end of January', () => {
    const days = daysOf(table);
    expect(days.dayOfYear).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(days.dayOfHour[23]).toBe(0);
    expect(days.dayOfHour[24]).toBe(1);
  });

  it('gives the mean of each day: a ramp 0..23 averages 11.5', () => {
    const ramp = Float64Array.from({ length: table.hours }, (_, h) => h % 24);
    expect(dailyMeans(daysOf(table), ramp)).toEqual(Array(40).fill(11.5));
  });

  it('keeps the total: sum of daily means x 24 equals the hourly sum', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: table.hours, maxLength: table.hours }), (values) => {
        const daily = dailyMeans(daysOf(table), values);
        const hourlySum = values.reduce((a, b) => a + b, 0);
        const dailySum = daily.reduce((a, b) => a + b * 24, 0);
        expect(dailySum).toBeCloseTo(hourlySum, 3);
      }),
      { numRuns: 20 },
    );
  });
});

describe('monthlyRange', () => {
  it('brackets every month mean between its min and max', () => {
    const table = fakeHourly(365);
    const ranges = monthlyRange(table, table.dryBulbC);
    expect(ranges.map((r) => r.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const r of ranges) {
      expect(r.min).toBeLessThanOrEqual(r.mean);
      expect(r.mean).toBeLessThanOrEqual(r.max);
    }
  });
});
