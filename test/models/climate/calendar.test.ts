import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAYS_IN_MONTH, hourOfYear, yearCalendar } from '../../../sim/models/climate/calendar.js';

describe('calendar', () => {
  it('has 365 days: month lengths of a common year', () => {
    expect(DAYS_IN_MONTH.reduce((a, b) => a + b, 0)).toBe(365);
  });

  it('places the first and last hours of the year', () => {
    const c = yearCalendar();
    expect([c.month[0], c.day[0], c.hourOfDay[0]]).toEqual([1, 1, 0]);
    // 31 Dec 23:00-24:00 is EPW "12,31,24", the last of 8760 hours
    expect([c.month[8759], c.day[8759], c.hourOfDay[8759]]).toEqual([12, 31, 23]);
    // 1 Mar 00:00 follows 28 Feb: (31 + 28) days * 24 h
    expect(hourOfYear(3, 1, 0)).toBe(59 * 24);
  });

  it('has no Feb 29 and rejects invalid dates', () => {
    expect(hourOfYear(2, 29, 0)).toBe(-1);
    expect(hourOfYear(13, 1, 0)).toBe(-1);
    expect(hourOfYear(1, 1, 24)).toBe(-1);
  });

  it('hourOfYear inverts yearCalendar for every hour', () => {
    const c = yearCalendar();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8759 }), (h) => hourOfYear(c.month[h], c.day[h], c.hourOfDay[h]) === h),
    );
  });

  it('hands out copies', () => {
    const a = yearCalendar();
    a.month[0] = 7;
    expect(yearCalendar().month[0]).toBe(1);
  });
});
