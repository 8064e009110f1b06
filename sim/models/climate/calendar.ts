/**
 * The calendar of a typical weather year: 365 days, 8760 hourly intervals.
 *
 * Equation:
 *   hourOfYear = 24 * (dayOfYear - 1) + hourOfDay      (dayOfYear 1..365, hourOfDay 0..23)
 *   interval hourOfYear covers [hourOfYear, hourOfYear + 1) h after 1 Jan 00:00
 * Assumptions: no leap day (typical-year files describe 365 days; a Feb 29 found in a file
 *   is dropped by the reader, which says so); local standard time, no daylight saving.
 * Validity: 0 <= hourOfYear < 8760.
 * References: EnergyPlus Auxiliary Programs, "Weather Converter Program", EPW data dictionary
 *   (fields N2 month, N3 day, N4 hour 1..24 hour-ending); Gregorian month lengths.
 * Validated by: test/models/climate/calendar.test.ts (month lengths sum to 365; Dec 31 23:00 is hour 8759)
 * @example yearCalendar().month[8759] // => 12 (and day 31, hourOfDay 23)
 */
import { HOURS_PER_YEAR } from '../../units.js';

/** Days in each month of a 365-day year, January first. */
export const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface YearCalendar {
  month: Uint8Array;
  day: Uint8Array;
  hourOfDay: Uint8Array;
}

/** The calendar, built once at load (a constant of the 365-day year; never handed out, only copies of it). */
const CALENDAR: Readonly<YearCalendar> = Object.freeze(buildCalendar());

function buildCalendar(): YearCalendar {
  const month = new Uint8Array(HOURS_PER_YEAR);
  const day = new Uint8Array(HOURS_PER_YEAR);
  const hourOfDay = new Uint8Array(HOURS_PER_YEAR);
  let hourOfYear = 0;
  DAYS_IN_MONTH.forEach((days, monthIndex) => {
    for (let d = 1; d <= days; d++) {
      for (let h = 0; h < 24; h++) {
        month[hourOfYear] = monthIndex + 1;
        day[hourOfYear] = d;
        hourOfDay[hourOfYear] = h;
        hourOfYear++;
      }
    }
  });
  return { month, day, hourOfDay };
}

/** Month (1-12), day of month (1-31) and hour of day (0-23, start of the interval) of each of the 8760 hours. */
export function yearCalendar(): YearCalendar {
  // Copies, so a caller that edits its Weather cannot change another's calendar.
  return { month: CALENDAR.month.slice(), day: CALENDAR.day.slice(), hourOfDay: CALENDAR.hourOfDay.slice() };
}

/** Hour of year (0..8759) of the interval starting at `hourOfDay` on `month`/`day`; -1 for Feb 29 or an invalid date. */
export function hourOfYear(month: number, day: number, hourOfDay: number): number {
  if (!(month >= 1 && month <= 12) || !(hourOfDay >= 0 && hourOfDay <= 23)) return -1;
  const days = DAYS_IN_MONTH[month - 1];
  if (!(day >= 1 && day <= days)) return -1;
  let dayOfYear = day;
  for (let m = 0; m < month - 1; m++) dayOfYear += DAYS_IN_MONTH[m];
  return 24 * (dayOfYear - 1) + hourOfDay;
}
