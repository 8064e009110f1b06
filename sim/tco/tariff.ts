/**
 * Time-of-use energy tariffs: periods given as hours of the day (`'8-11,13-17'`,
 * clock times, end exclusive, may wrap past midnight: `'22-8'`) and optionally
 * months (`'2-6,9-11'`, inclusive, 1-12), each with a price. Every hour of every
 * month must be covered exactly once.
 *
 * Example periods (Zhejiang industrial TOU): multipliers peak : high peak : flat :
 * valley : deep valley = 2.05 : 1.85 : 1 : 0.4 : 0.2 (Zhejiang DRC notice effective
 * 1 July 2026 [S: aspirehk.ltd news 1158464]); the hours of each period and the flat
 * base price are scenario inputs (not verified here).
 */
import type { EnergyTariff } from './costParams.js';

export const HOURS_PER_DAY = 24;
export const MONTHS_PER_YEAR = 12;

/** Hours of the day (0-23) named by `text`, or a message `expected ..., got ...`. */
export function parseHourRanges(text: string): number[] | string {
  const hours: number[] = [];
  const expected = `expected hours of the day like '8-11,13-17' (start-end, clock hours 0-24, end exclusive), got '${text}'`;
  for (const part of text.split(',')) {
    const m = /^\s*(\d{1,2})\s*(?:-\s*(\d{1,2}))?\s*$/.exec(part);
    if (!m) return expected;
    const start = Number(m[1]);
    const end = m[2] === undefined ? start + 1 : Number(m[2]);
    if (start > 23 || end > 24 || end === start) return expected;
    let h = start;
    do {
      hours.push(h);
      h = (h + 1) % HOURS_PER_DAY;
    } while (h !== end % HOURS_PER_DAY);
  }
  return hours;
}

/** Months (1-12) named by `text` (inclusive ranges, may wrap: `'11-2'`), or a message. */
export function parseMonthRanges(text: string): number[] | string {
  const months: number[] = [];
  const expected = `expected months like '2-6,9-11' (inclusive, 1-12), got '${text}'`;
  for (const part of text.split(',')) {
    const m = /^\s*(\d{1,2})\s*(?:-\s*(\d{1,2}))?\s*$/.exec(part);
    if (!m) return expected;
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    if (first < 1 || first > 12 || last < 1 || last > 12) return expected;
    for (let mo = first; ; mo = (mo % MONTHS_PER_YEAR) + 1) {
      months.push(mo);
      if (mo === last) break;
    }
  }
  return months;
}

export interface TouPeriodInput {
  hours: string;
  months?: string;
  pricePerJ: number;
  name?: string;
}

/** A flat tariff: the same price per J in every hour. */
export function flatTariff(pricePerJ: number): EnergyTariff {
  return { kind: 'flat', pricePerJByMonthHour: new Array<number>(MONTHS_PER_YEAR * HOURS_PER_DAY).fill(pricePerJ) };
}

/** A problem in a list of periods: where (relative to the list) and what. */
export interface TariffProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * Builds the 12 x 24 price table from periods; returns problems (one per problem)
 * when a range is malformed or an hour is covered zero or several times.
 */
export function timeOfUseTariff(periods: TouPeriodInput[]): EnergyTariff | TariffProblem[] {
  const table = new Array<number>(MONTHS_PER_YEAR * HOURS_PER_DAY).fill(NaN);
  const coverCount = new Array<number>(MONTHS_PER_YEAR * HOURS_PER_DAY).fill(0);
  const problems: TariffProblem[] = [];
  periods.forEach((p, i) => {
    const hours = parseHourRanges(p.hours);
    const months = p.months === undefined ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : parseMonthRanges(p.months);
    if (typeof hours === 'string') problems.push({ path: [i, 'hours'], message: hours });
    if (typeof months === 'string') problems.push({ path: [i, 'months'], message: months });
    if (typeof hours === 'string' || typeof months === 'string') return;
    for (const mo of months) {
      for (const h of hours) {
        const k = (mo - 1) * HOURS_PER_DAY + h;
        table[k] = p.pricePerJ;
        coverCount[k] += 1;
      }
    }
  });
  if (problems.length > 0) return problems;
  const gaps: string[] = [];
  const overlaps: string[] = [];
  for (let k = 0; k < table.length; k++) {
    const where = `month ${Math.floor(k / HOURS_PER_DAY) + 1} hour ${k % HOURS_PER_DAY}`;
    if (coverCount[k] === 0) gaps.push(where);
    if (coverCount[k] > 1) overlaps.push(where);
  }
  const first = (xs: string[]) => xs.slice(0, 3).join(', ') + (xs.length > 3 ? ` and ${xs.length - 3} more` : '');
  if (gaps.length > 0) problems.push({ path: [], message: `expected periods covering every hour of every month, got no price for ${first(gaps)}` });
  if (overlaps.length > 0) problems.push({ path: [], message: `expected each hour in exactly one period, got several prices for ${first(overlaps)}` });
  return problems.length > 0 ? problems : { kind: 'timeOfUse', pricePerJByMonthHour: table };
}

/** Price per J at a month (1-12) and hour of day (0-23). */
export function tariffPricePerJ(tariff: EnergyTariff, month: number, hourOfDay: number): number {
  return tariff.pricePerJByMonthHour[(month - 1) * HOURS_PER_DAY + hourOfDay];
}
