import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../../../sim/errors.js';
import { parseEpw, readEpw } from '../../../sim/models/climate/epw.js';
import { standardPressurePa } from '../../../sim/models/climate/psychrometrics.js';
import { HANGZHOU_EPW, hangzhouLines, setField, writeTemp } from './weatherFiles.js';

/** Monthly means of EPW column 6 computed straight from the text, without dctwin's reader. */
function monthlyMeansFromText(text: string): number[] {
  const sum = Array(12).fill(0);
  const n = Array(12).fill(0);
  for (const line of text.split(/\r?\n/).slice(8)) {
    if (line.trim() === '') continue;
    const f = line.split(',');
    sum[Number(f[1]) - 1] += Number(f[6]);
    n[Number(f[1]) - 1]++;
  }
  return sum.map((s, m) => s / n[m]);
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).message;
  }
  throw new Error('expected an InputError');
}

describe('readEpw on the Hangzhou CSWD file', () => {
  const weather = readEpw(HANGZHOU_EPW);

  it('reads the LOCATION header (and the DESIGN CONDITIONS line, stationDesign.test.ts)', () => {
    // LOCATION,Hangzhou,Zhejiang,CHN,CSWD,584570,30.23,120.17,8.0,41.7
    const { ashraeDesign, ...station } = weather.station;
    expect(ashraeDesign?.cooling[0].dryBulbC).toBe(36.1);
    expect(station).toEqual({
      name: 'Hangzhou', region: 'Zhejiang', country: 'CHN', source: 'CSWD', wmo: '584570',
      latitude: 30.23, longitude: 120.17, timeZoneH: 8, elevationM: 41.7,
    });
    expect(weather.sourcePath).toBe(HANGZHOU_EPW);
  });

  it('maps hour-ending EPW records to interval starts', () => {
    // line 9: 2005,1,1,1,0,...,4.8,3.4,91,102060 describes 1 Jan 00:00-01:00
    expect(weather.hours).toBe(8760);
    expect([weather.month[0], weather.day[0], weather.hourOfDay[0]]).toEqual([1, 1, 0]);
    expect([weather.dryBulbC[0], weather.dewPointC[0], weather.relativeHumidity[0], weather.pressurePa[0]]).toEqual([4.8, 3.4, 0.91, 102060]);
    // last line: 2005,12,31,24,0,...,5.2,3.2,87,102040
    expect([weather.hourOfDay[8759], weather.dryBulbC[8759], weather.pressurePa[8759]]).toEqual([23, 5.2, 102040]);
  });

  it('has monthly mean dry bulbs equal to those computed directly from column 6', () => {
    const expected = monthlyMeansFromText(readFileSync(HANGZHOU_EPW, 'utf8'));
    const sum = Array(12).fill(0);
    const n = Array(12).fill(0);
    weather.dryBulbC.forEach((t, i) => {
      sum[weather.month[i] - 1] += t;
      n[weather.month[i] - 1]++;
    });
    sum.forEach((s, m) => expect(s / n[m]).toBeCloseTo(expected[m], 9));
    expect(n).toEqual([744, 672, 744, 720, 744, 720, 744, 744, 720, 744, 720, 744]);
  });

  it('reports the few supersaturated records it corrected', () => {
    // The file has 4 records with RH > 100 % and 5 with dew point > dry bulb (counted with awk).
    expect(weather.notes).toEqual([
      'capped relative humidity above 100 % at 100 % in 4 hours',
      "lowered the dew point to the dry bulb in 5 hours where the file's dew point was above it",
    ]);
  });
});

describe('readEpw missing values and malformed files', () => {
  it('fills 3 missing dry bulbs by linear interpolation and says so', () => {
    const lines = hangzhouLines();
    const before = Number(lines[98].split(',')[6]);
    const after = Number(lines[102].split(',')[6]);
    for (const line of [100, 101, 102]) setField(lines, line, 6, '99.9');
    const weather = readEpw(writeTemp('gap3.epw', lines));
    // lines 100-102 are hours 91-93; neighbours at lines 99 and 103
    [1, 2, 3].forEach((k) => expect(weather.dryBulbC[90 + k]).toBeCloseTo(before + ((after - before) * k) / 4, 12));
    expect(weather.notes).toContain('filled 3 missing dry bulb values by linear interpolation (gaps of at most 6 hours)');
  });

  it('rejects 9 missing hours in a row with the file, line and column', () => {
    const lines = hangzhouLines();
    for (let line = 200; line < 209; line++) setField(lines, line, 6, '99.9');
    const path = writeTemp('gap9.epw', lines);
    expect(errorOf(() => readEpw(path))).toBe(
      `${path}:200: dry bulb (column 7): expected a measured value, got 99.9 (missing for 9 hours in a row; at most 6 are filled)`,
    );
  });

  it('takes a long pressure gap from the standard atmosphere at the station elevation', () => {
    const lines = hangzhouLines();
    for (let line = 300; line < 320; line++) setField(lines, line, 9, '999999');
    const weather = readEpw(writeTemp('pressure.epw', lines));
    expect(weather.pressurePa[300 - 9]).toBeCloseTo(standardPressurePa(41.7), 9);
    expect(weather.notes.some((n) => n.startsWith('station pressure missing for 20 hours in a row from line 300'))).toBe(true);
  });

  it('names the line of a truncated record', () => {
    const lines = hangzhouLines().slice(0, 1000);
    lines[999] = lines[999].split(',').slice(0, 5).join(',');
    expect(errorOf(() => parseEpw(lines.join('\n'), 'cut.epw'))).toBe(
      'cut.epw:1000: record: expected 35 comma-separated fields (year ... liquid precipitation quantity), got 5',
    );
  });

  it('names the last line of a file that ends early', () => {
    const text = hangzhouLines().slice(0, 1000).join('\n');
    // lines 9..1000 are 992 records; the last is 11 Feb hour 8
    expect(errorOf(() => parseEpw(text, 'short.epw'))).toBe(
      'short.epw:1000: record: expected 8760 hourly records, got 992 (the file ends after month day hour 2 11 8)',
    );
  });

  it('names line and column of a non-numeric field and of an impossible value', () => {
    const lines = hangzhouLines();
    setField(lines, 50, 7, 'abc');
    expect(errorOf(() => parseEpw(lines.join('\n'), 'bad.epw'))).toBe("bad.epw:50: dew point (column 8): expected a number in degC, got 'abc'");
    const hot = hangzhouLines();
    setField(hot, 60, 6, '85');
    expect(errorOf(() => parseEpw(hot.join('\n'), 'hot.epw'))).toBe(
      'hot.epw:60: dry bulb (column 7): expected a number between -70 and 70 degC (EPW data dictionary), got 85',
    );
  });

  it('rejects records out of time order', () => {
    const lines = hangzhouLines();
    [lines[19], lines[20]] = [lines[20], lines[19]];
    expect(errorOf(() => parseEpw(lines.join('\n'), 'order.epw'))).toBe(
      'order.epw:20: month day hour (columns 2-4): expected 1 1 12 (one record per hour, in time order), got 1 1 13',
    );
  });

  it('drops the records of a leap day and says so', () => {
    const lines = hangzhouLines();
    const feb28 = lines.slice(8 + 58 * 24, 8 + 59 * 24); // the 24 records of 28 Feb
    const feb29 = feb28.map((l) => l.replace(/^(\d+),2,28,/, '$1,2,29,'));
    lines.splice(8 + 59 * 24, 0, ...feb29);
    const weather = parseEpw(lines.join('\n'), 'leap.epw');
    const plain = readEpw(HANGZHOU_EPW);
    expect(weather.dryBulbC).toEqual(plain.dryBulbC);
    expect(weather.notes).toContain('dropped the 24 records of Feb 29 (dctwin simulates a 365-day year)');
  });

  it('rejects sub-hourly files and a missing LOCATION line', () => {
    const lines = hangzhouLines();
    lines[7] = 'DATA PERIODS,1,4,Data,Sunday, 1/ 1,12/31';
    expect(errorOf(() => parseEpw(lines.join('\n'), 'sub.epw'))).toBe(
      "sub.epw:8: DATA PERIODS records per hour (field 3): expected 1 (hourly data), got '4'",
    );
    const noHeader = hangzhouLines();
    noHeader[0] = 'COMMENTS,oops';
    expect(errorOf(() => parseEpw(noHeader.join('\n'), 'x.epw'))).toBe("x.epw:1: header: expected a LOCATION line, got 'COMMENTS,oops'");
  });
});

describe('readEpw: values above a missing marker, short records, file kinds', () => {
  it('reports a dry bulb of 200 degC as out of range with its value, not as a gap', () => {
    const lines = hangzhouLines();
    setField(lines, 70, 6, '200');
    expect(errorOf(() => parseEpw(lines.join('\n'), 'hot.epw'))).toBe(
      'hot.epw:70: dry bulb (column 7): expected a number between -70 and 70 degC (EPW data dictionary), got 200',
    );
    const humid = hangzhouLines();
    setField(humid, 71, 8, '1000');
    expect(errorOf(() => parseEpw(humid.join('\n'), 'rh.epw'))).toBe(
      'rh.epw:71: relative humidity (column 9): expected a number between 0 and 110 % (EPW data dictionary), got 1000',
    );
  });

  it('still reads the marker itself (99.9) as a gap', () => {
    const lines = hangzhouLines();
    setField(lines, 70, 6, '99.9');
    expect(parseEpw(lines.join('\n'), 'gap.epw').notes).toContain('filled 1 missing dry bulb values by linear interpolation (gaps of at most 6 hours)');
  });

  it('names the line of a record with 10 of its 35 fields', () => {
    const lines = hangzhouLines();
    lines[499] = lines[499].split(',').slice(0, 10).join(',');
    expect(errorOf(() => parseEpw(lines.join('\n'), 'ten.epw'))).toBe(
      'ten.epw:500: record: expected 35 comma-separated fields (year ... liquid precipitation quantity), got 10',
    );
  });

  it('skips a UTF-8 byte-order mark and refuses a folder by name', () => {
    const lines = hangzhouLines();
    lines[0] = `\ufeff${lines[0]}`;
    expect(readEpw(writeTemp('bom.epw', lines)).station.name).toBe('Hangzhou');
    const folder = dirname(writeTemp('x.epw', ['']));
    expect(errorOf(() => readEpw(folder, 'w.epw'))).toBe('w.epw: expected an existing weather file, got a folder');
  });
});
