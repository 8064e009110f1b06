import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { InputError } from '../../../sim/errors.js';
import { parseMos, readMos } from '../../../sim/models/climate/mos.js';
import { SHENZHEN_MOS } from './weatherFiles.js';

const text = readFileSync(SHENZHEN_MOS, 'utf8');
/** Data rows of the .mos file, split independently of dctwin's reader. */
const rows = text.split(/\r?\n/).filter((l) => /^[0-9]/.test(l)).map((l) => l.split('\t').map(Number));

describe('readMos on the Shenzhen SWERA file', () => {
  const weather = readMos(SHENZHEN_MOS);

  it('reads LOCATION from the # comment header', () => {
    // #LOCATION,SHENZHEN,-,CHN,SWERA,594930,22.55,114.10,8.0,18.0
    expect(weather.station).toMatchObject({ name: 'SHENZHEN', country: 'CHN', source: 'SWERA', latitude: 22.55, longitude: 114.1, timeZoneH: 8, elevationM: 18 });
  });

  it('is the file Modelica converted: row 0 s copies row 3600 s', () => {
    expect(rows).toHaveLength(8760);
    expect(rows[0].slice(1)).toEqual(rows[1].slice(1));
  });

  it('maps the row at 3600 k s to hour k - 1 (EPW hour-ending k)', () => {
    // Known rows from the file: "3600.0 13.8 12.3 91 101500", "7200.0 13.0 12.0 94 101500", "32400.0 16.3 13.0 81 101600"
    expect([weather.dryBulbC[0], weather.dewPointC[0], weather.relativeHumidity[0], weather.pressurePa[0]]).toEqual([13.8, 12.3, 0.91, 101500]);
    expect([weather.dryBulbC[1], weather.dewPointC[1]]).toEqual([13.0, 12.0]);
    expect([weather.dryBulbC[8], weather.relativeHumidity[8], weather.pressurePa[8]]).toEqual([16.3, 0.81, 101600]);
    for (let k = 1; k < 8760; k++) {
      if (weather.dryBulbC[k - 1] !== rows[k][1] || weather.pressurePa[k - 1] !== rows[k][4]) throw new Error(`row ${k} differs`);
    }
  });

  it('repeats the hour before for the last hour, which the format lacks, and says so', () => {
    expect(weather.dryBulbC[8759]).toBe(rows[8759][1]);
    expect(weather.notes).toEqual(["the .mos format has no record for 31 Dec 23:00-24:00 (Modelica's converter drops it); repeated the hour before"]);
  });

  it('rejects a file without its table line and a short file, naming them', () => {
    const noTable = text.replace('double tab1(8760,30)', 'double tab1(100,30)');
    expect(() => parseMos(noTable, 'a.mos')).toThrow("a.mos: header: expected a 'double tab1(8760,30)' line (hourly rows, at least 5 columns), got (100,30)");
    const lines = text.split(/\r?\n/);
    const short = lines.slice(0, 100).join('\n');
    expect(() => parseMos(short, 'b.mos')).toThrow(InputError);
    expect(() => parseMos(short, 'b.mos')).toThrow('b.mos:100: row: expected 8760 rows, got 60 (the file ends early)');
  });

  it('rejects rows that are not 3600 s apart', () => {
    const lines = text.split(/\r?\n/);
    const first = lines.findIndex((l) => l.startsWith('7200.0'));
    lines[first] = lines[first].replace(/^7200\.0/, '7300.0');
    expect(() => parseMos(lines.join('\n'), 'c.mos')).toThrow(`c.mos:${first + 1}: time (column 1): expected 7200 s (rows 3600 s apart from 0), got '7300.0'`);
  });
});
