/**
 * Hourly -> daily aggregation for charts, so a year of several designs stays a
 * few thousand points instead of 8760 per design and series.
 */
import type { HourlyTable } from '../../sim/types/hourly.js';
import { MONTH_START_DAYS } from './theme.js';

/** Day of year (1-based, 365-day calendar; 29 Feb shares 1 Mar's number) of a month and day. */
export const dayOfYear = (month: number, day: number): number => MONTH_START_DAYS[month - 1] + day - 1;

export interface Days {
  /** Day of year of each calendar day in the table, in table order. */
  dayOfYear: number[];
  /** Index into dayOfYear of every hour of the table. */
  dayOfHour: Int32Array;
}

/** Groups the table's hours into calendar days: a new day starts whenever (month, day) changes. */
export function daysOf(table: HourlyTable): Days {
  const dayOfHour = new Int32Array(table.hours);
  const doys: number[] = [];
  let previousKey = -1;
  for (let h = 0; h < table.hours; h++) {
    const key = table.month[h] * 100 + table.day[h];
    if (key !== previousKey) {
      doys.push(dayOfYear(table.month[h], table.day[h]));
      previousKey = key;
    }
    dayOfHour[h] = doys.length - 1;
  }
  return { dayOfYear: doys, dayOfHour };
}

/** Mean of `values` over each day of `days` (hourly means in, daily means out). */
export function dailyMeans(days: Days, values: ArrayLike<number>): number[] {
  const sums = new Float64Array(days.dayOfYear.length);
  const counts = new Float64Array(days.dayOfYear.length);
  for (let h = 0; h < days.dayOfHour.length; h++) {
    sums[days.dayOfHour[h]] += values[h];
    counts[days.dayOfHour[h]] += 1;
  }
  return Array.from(sums, (sum, d) => sum / counts[d]);
}

/** Sum of several equally long series, element by element. */
export function sumSeries(series: ArrayLike<number>[], length: number): Float64Array {
  const total = new Float64Array(length);
  for (const s of series) for (let i = 0; i < length; i++) total[i] += s[i];
  return total;
}

/** Minimum, mean and maximum of `values` for each month 1-12 present in the table. */
export function monthlyRange(table: HourlyTable, values: ArrayLike<number>) {
  const stats = new Map<number, { min: number; max: number; sum: number; n: number }>();
  for (let h = 0; h < table.hours; h++) {
    const s = stats.get(table.month[h]) ?? { min: Infinity, max: -Infinity, sum: 0, n: 0 };
    s.min = Math.min(s.min, values[h]);
    s.max = Math.max(s.max, values[h]);
    s.sum += values[h];
    s.n += 1;
    stats.set(table.month[h], s);
  }
  return [...stats.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, s]) => ({ month, min: s.min, mean: s.sum / s.n, max: s.max }));
}
