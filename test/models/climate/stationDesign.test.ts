import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStationDesign } from '../../../sim/models/climate/stationDesign.js';
import { HANGZHOU_EPW, WEATHER_DIR } from './weatherFiles.js';

const header = (file: string) => readFileSync(file, 'utf8').split(/\r?\n/)[1];

describe('parseStationDesign', () => {
  it('reads the Hangzhou file (ASHRAE 2009 format), value by value as its header lists them', () => {
    const d = parseStationDesign(header(HANGZHOU_EPW))!;
    expect(d.source).toBe('Climate Design Data 2009 ASHRAE Handbook');
    expect(d.cooling.map((c) => [c.dryBulbC, c.meanCoincidentWetBulbC])).toEqual([[36.1, 26.8], [35.1, 26.7], [33.8, 26.5]]);
    expect(d.evaporation.map((e) => [e.wetBulbC, e.meanCoincidentDryBulbC])).toEqual([[28.2, 32.9], [27.7, 32.3], [27.1, 31.7]]);
    expect(d.returnPeriodMaxDryBulbC).toEqual({ 5: 38.8, 10: 39.4, 20: 40.1, 50: 40.9 });
  });

  it('reads the Oslo file (ASHRAE 2021 format, one field fewer in Extremes)', () => {
    const d = parseStationDesign(header(join(WEATHER_DIR, 'NOR_OS_Oslo.Blindern.014920_TMYx.2007-2021.epw')))!;
    expect(d.cooling[0]).toEqual({ exceedance: 0.004, dryBulbC: 26.9, meanCoincidentWetBulbC: 17.3 });
    expect(d.evaporation[2]).toEqual({ exceedance: 0.02, wetBulbC: 16.9, meanCoincidentDryBulbC: 21.6 });
    expect(d.returnPeriodMaxDryBulbC).toEqual({ 5: 31.1, 10: 32.6, 20: 34.1, 50: 36.0 });
  });

  it('no design conditions without both sections or with a non-number: undefined, never a guess', () => {
    expect(parseStationDesign('DESIGN CONDITIONS,0')).toBeUndefined();
    expect(parseStationDesign(header(HANGZHOU_EPW).replace(',36.1,', ',x,'))).toBeUndefined();
    expect(parseStationDesign('LOCATION,x')).toBeUndefined();
  });
});
