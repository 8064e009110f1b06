/** Test helper: month (1-12) and hour of day (0-23) of each hour of a non-leap year starting 1 January 00:00. */
export const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function yearCalendar(): { month: Uint8Array; hourOfDay: Uint8Array } {
  const month = new Uint8Array(8760);
  const hourOfDay = new Uint8Array(8760);
  let h = 0;
  DAYS_IN_MONTH.forEach((days, m) => {
    for (let d = 0; d < days; d++) {
      for (let hr = 0; hr < 24; hr++, h++) {
        month[h] = m + 1;
        hourOfDay[h] = hr;
      }
    }
  });
  return { month, hourOfDay };
}
