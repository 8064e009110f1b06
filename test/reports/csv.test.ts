import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hourlyCsv, parseHourlyCsv } from '../../reports/csv.js';
import { NOMINAL_FIRST_YEAR, csvNumber, hourTimestamps, timestampOffsetH, utcOffsetText } from '../../reports/hourlyColumns.js';
import { InputError } from '../../sim/errors.js';
import type { HourlyTable } from '../../sim/types/hourly.js';
import { fakeHourly } from '../fixtures/run/fakeHourly.js';

/** Equal to 6 significant digits, or both below 1e-6 in absolute terms (the CSV keeps 6 decimals at most). */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, scale = 1) {
  expect(actual.length).toBe(expected.length);
  const off: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    const tolerance = Math.max(5e-7 * Math.abs(expected[i]), 1e-6 * scale);
    if (!(Math.abs(actual[i] - expected[i]) <= tolerance)) off.push(`[${i}] ${actual[i]} vs ${expected[i]}`);
  }
  expect(off.slice(0, 5)).toEqual([]);
}

/** What summary.json holds for `dctwin report`: each design's meters and their groups. */
const categoriesOf = (table: HourlyTable) => new Map(table.designs.map((d) => [d.id, d.componentCategory]));

function expectSameTable(back: HourlyTable, table: HourlyTable) {
  expect(back.hours).toBe(table.hours);
  expect(back.timeZoneH).toBe(table.timeZoneH);
  expect(back.month).toEqual(table.month);
  expect(back.day).toEqual(table.day);
  expect(back.hourOfDay).toEqual(table.hourOfDay);
  expectClose(back.dryBulbC, table.dryBulbC);
  expectClose(back.wetBulbC, table.wetBulbC);
  expect(back.designs.map((d) => d.id)).toEqual(table.designs.map((d) => d.id));
  back.designs.forEach((d, i) => {
    const t = table.designs[i];
    expectClose(d.itPowerW, t.itPowerW, 1000); // W, written in kW with at most 6 decimals
    expectClose(d.facilityPowerW, t.facilityPowerW, 1000);
    expect(Object.keys(d.componentPowerW)).toEqual(Object.keys(t.componentPowerW));
    expect(d.componentCategory).toEqual(t.componentCategory);
    for (const k of Object.keys(t.componentPowerW)) expectClose(d.componentPowerW[k], t.componentPowerW[k], 1000);
    expectClose(d.waterL, t.waterL);
    expect(d.chillerOn).toEqual(t.chillerOn);
  });
}

describe('hourly.csv round trip', () => {
  it('gives back the fixture year to 6 significant digits, meters and groups included', () => {
    const table = fakeHourly(365);
    expectSameTable(parseHourlyCsv(hourlyCsv(table), 'hourly.csv', categoriesOf(table)), table);
  });

  it('is one header line of the documented columns (no comment), then one row per design and hour', () => {
    const lines = hourlyCsv(fakeHourly(1)).trimEnd().split('\n');
    expect(lines.some((l) => l.startsWith('#'))).toBe(false);
    expect(lines[0].startsWith('timestamp,design,hour,month,day,hourOfDay,dryBulb_degC,wetBulb_degC,itPower_kW,facilityPower_kW,pue,it_kW,serverFans_kW,')).toBe(true);
    expect(lines[0].endsWith(',water_L,chillerOn')).toBe(true);
    expect(lines).toHaveLength(1 + 2 * 24);
    expect(lines[1].startsWith(`${NOMINAL_FIRST_YEAR}-01-01T00:00:00+08:00,air-chw,0,1,1,0,`)).toBe(true);
    expect(lines[25].startsWith(`${NOMINAL_FIRST_YEAR}-01-01T00:00:00+08:00,liquid-pod,0,1,1,0,`)).toBe(true);
  });

  it('keeps a meter apart from a fixed column it would collide with', () => {
    const table = fakeHourly(1);
    const d = table.designs[0];
    d.componentPowerW.itPower = d.componentPowerW.it;
    d.componentCategory.itPower = 'it';
    expect(hourlyCsv(table).split('\n')[0]).toContain(',itPowerComponent_kW,');
  });
});

describe('timestamps', () => {
  // Known values by hand: EPW time zones +8 (Hangzhou), -3.5 (St. John's), +5.75 (Kathmandu), 0.
  it('writes the UTC offset of the weather file', () => {
    expect([8, -3.5, 5.75, 0].map(utcOffsetText)).toEqual(['+08:00', '-03:30', '+05:45', '+00:00']);
    expect(timestampOffsetH('2025-01-01T00:00:00-03:30')).toBe(-3.5);
    expect(timestampOffsetH('2025-01-01 00:00')).toBeUndefined();
  });

  it('starts at the nominal year and continues the years of a multi-year run', () => {
    const month = Uint8Array.of(12, 12, 1, 1);
    const day = Uint8Array.of(31, 31, 1, 1);
    const hourOfDay = Uint8Array.of(22, 23, 0, 1);
    expect(hourTimestamps(month, day, hourOfDay, 8)).toEqual([
      `${NOMINAL_FIRST_YEAR}-12-31T22:00:00+08:00`, `${NOMINAL_FIRST_YEAR}-12-31T23:00:00+08:00`,
      `${NOMINAL_FIRST_YEAR + 1}-01-01T00:00:00+08:00`, `${NOMINAL_FIRST_YEAR + 1}-01-01T01:00:00+08:00`,
    ]);
  });

  it('gives every hour of a year a distinct valid instant one hour after the previous', () => {
    const table = fakeHourly(365);
    const times = hourTimestamps(table.month, table.day, table.hourOfDay, table.timeZoneH).map(Date.parse);
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times.every((t, i) => i === 0 || t - times[i - 1] === 3_600_000)).toBe(true);
  });
});

describe('csvNumber', () => {
  it('writes fixed text, never an exponent', () => {
    expect(csvNumber(1234.56789)).toBe('1234.5679');
    expect(csvNumber(0.1)).toBe('0.1');
    expect(csvNumber(-0.0000001)).toBe('0');
    expect(csvNumber(1e21)).not.toMatch(/e/i);
    expect(csvNumber(Number.NaN)).toBe('');
  });

  it('keeps 6 significant digits (or 1e-6 absolute) for any value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const text = csvNumber(value);
        expect(text).not.toMatch(/e/i);
        expect(Math.abs(Number(text) - value)).toBeLessThanOrEqual(Math.max(5e-7 * Math.abs(value), 1e-6));
      }),
    );
  });
});

describe('parseHourlyCsv errors', () => {
  const text = hourlyCsv(fakeHourly(1));

  it('names the file and line of a bad number', () => {
    const lines = text.split('\n');
    lines[5] = lines[5].replace(/^([^,]+,air-chw,4,1,1,4,)[^,]+/, '$1warm');
    expect(() => parseHourlyCsv(lines.join('\n'), 'out/x/hourly.csv', categoriesOf(fakeHourly(1)))).toThrowError(
      'out/x/hourly.csv:6: dryBulb_degC: expected a number, got "warm"',
    );
  });

  it('rejects a file without the header', () => {
    expect(() => parseHourlyCsv('a,b\n1,2\n', 'h.csv', new Map())).toThrowError(/^h\.csv:1: header: expected columns timestamp,design,hour,/);
  });

  it('rejects rows of a design that summary.json does not list', () => {
    const categories = categoriesOf(fakeHourly(1));
    categories.delete('liquid-pod');
    const error = (() => {
      try {
        parseHourlyCsv(text, 'h.csv', categories);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).lines[0]).toMatch(/^h\.csv:26: design: expected a design of summary.json \(air-chw\), got "liquid-pod"/);
  });
});
