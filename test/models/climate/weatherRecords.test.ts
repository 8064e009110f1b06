import { describe, expect, it } from 'vitest';
import { DRY_BULB, RELATIVE_HUMIDITY, STATION_PRESSURE } from '../../../sim/models/climate/missingValues.js';
import { parseField } from '../../../sim/models/climate/weatherRecords.js';

describe('parseField', () => {
  it('treats values at or above the EPW missing marker as gaps', () => {
    // EPW data dictionary: dry bulb \missing 99.9, RH \missing 999, pressure \missing 999999
    expect(parseField('99.9', DRY_BULB, 7, 'a.epw', 9)).toEqual({ value: NaN, missing: true });
    expect(parseField('999', RELATIVE_HUMIDITY, 9, 'a.epw', 9).missing).toBe(true);
    expect(parseField('999999', STATION_PRESSURE, 10, 'a.epw', 9).missing).toBe(true);
    expect(parseField(' -12.5', DRY_BULB, 7, 'a.epw', 9)).toEqual({ value: -12.5, missing: false });
  });

  it('rejects blanks, words and values outside the dictionary range', () => {
    expect(() => parseField('', DRY_BULB, 7, 'a.epw', 12)).toThrow("a.epw:12: dry bulb (column 7): expected a number in degC, got ''");
    expect(() => parseField('25000', STATION_PRESSURE, 10, 'a.epw', 13)).toThrow(
      'a.epw:13: station pressure (column 10): expected a number between 31000 and 120000 Pa (EPW data dictionary), got 25000',
    );
  });
});
