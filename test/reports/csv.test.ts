import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hourlyCsv, parseHourlyCsv } from '../../reports/csv.js';
import { csvNumber } from '../../reports/hourlyColumns.js';
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

function expectSameTable(back: HourlyTable, table: HourlyTable) {
  expect(back.hours).toBe(table.hours);
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
    expectSameTable(parseHourlyCsv(hourlyCsv(table), 'hourly.csv'), table);
  });

  it('starts with the documented columns, a meter called "it" kept apart from itKW', () => {
    const header = hourlyCsv(fakeHourly(1)).split('\n').find((l) => !l.startsWith('#'))!;
    expect(header.startsWith('design,hour,month,day,hourOfDay,dryBulbC,wetBulbC,itKW,facilityKW,pue,itComponentKW,serverFansKW,')).toBe(true);
    expect(header.endsWith(',waterL,chillerOn')).toBe(true);
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
    lines[5] = lines[5].replace(/^(air-chw,1,1,1,1,)[^,]+/, '$1warm');
    expect(() => parseHourlyCsv(lines.join('\n'), 'out/x/hourly.csv')).toThrowError(
      'out/x/hourly.csv:6: dryBulbC: expected a number, got "warm"',
    );
  });

  it('rejects a file without the header', () => {
    expect(() => parseHourlyCsv('a,b\n1,2\n', 'h.csv')).toThrowError(/^h\.csv:1: header: expected columns design,hour,/);
  });

  it('rejects rows of a design without its components line', () => {
    const noComponents = text.split('\n').filter((l) => !l.startsWith('# design liquid-pod')).join('\n');
    const error = (() => {
      try {
        parseHourlyCsv(noComponents, 'h.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).lines[0]).toMatch(/^h\.csv:\d+: design: expected a design listed in a "# design liquid-pod components:" line/);
  });
});
