import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticWeather, type SyntheticClimate } from '../../../sim/models/climate/synthetic.js';
import { standardPressurePa } from '../../../sim/models/climate/psychrometrics.js';

const base: SyntheticClimate = {
  meanDryBulbC: 16, annualAmplitudeK: 10, diurnalAmplitudeK: 4, hottestDayOfYear: 200, hottestHour: 14, relativeHumidity: 0.7, elevationM: 10,
};

const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;

describe('syntheticWeather', () => {
  it('hits its mean, its hottest hour and its amplitudes', () => {
    const w = syntheticWeather(base);
    expect(w.hours).toBe(8760);
    expect(mean(w.dryBulbC)).toBeCloseTo(16, 9);
    // hottest: day 200 at 14:00 -> 16 + 10 + 4
    const hottest = 199 * 24 + 14;
    expect(w.dryBulbC[hottest]).toBeCloseTo(30, 9);
    expect(Math.max(...w.dryBulbC)).toBeCloseTo(30, 9);
    expect([w.month[hottest], w.day[hottest], w.hourOfDay[hottest]]).toEqual([7, 19, 14]);
    // annual amplitude from daily means; diurnal amplitude from one day's range
    const daily = Array.from({ length: 365 }, (_, d) => mean(w.dryBulbC.subarray(24 * d, 24 * d + 24)));
    expect((Math.max(...daily) - Math.min(...daily)) / 2).toBeCloseTo(10, 3);
    const day = Array.from(w.dryBulbC.subarray(0, 24));
    expect((Math.max(...day) - Math.min(...day)) / 2).toBeCloseTo(4, 9);
  });

  it('keeps the relative humidity constant and the pressure at the standard atmosphere', () => {
    const w = syntheticWeather(base);
    expect(w.relativeHumidity.every((rh) => rh === 0.7)).toBe(true);
    expect(w.pressurePa[100]).toBe(standardPressurePa(10));
    // 70 % RH at 30 degC: dew point 23.9 degC (saturation pressures ratio, ASHRAE 2017 ch. 1 eq. 12)
    expect(w.dewPointC[199 * 24 + 14]).toBeCloseTo(23.93, 1);
  });

  it('with a dew-point depression, keeps dry bulb minus dew point constant', () => {
    const { relativeHumidity: _rh, ...rest } = base;
    const w = syntheticWeather({ ...rest, dewPointDepressionK: 8 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 8759 }), (h) => Math.abs(w.dryBulbC[h] - w.dewPointC[h] - 8) < 1e-9 && w.wetBulbC[h] <= w.dryBulbC[h]));
  });

  it('is deterministic and notes what it is', () => {
    expect(syntheticWeather(base).wetBulbC).toEqual(syntheticWeather(base).wetBulbC);
    expect(syntheticWeather(base).notes[0]).toMatch(/^synthetic climate: mean 16 degC/);
  });

  it('rejects broken preconditions with a RangeError', () => {
    expect(() => syntheticWeather({ ...base, dewPointDepressionK: 3 })).toThrow(RangeError);
    expect(() => syntheticWeather({ ...base, meanDryBulbC: 55 })).toThrow(RangeError);
  });
});
