import { describe, expect, it } from 'vitest';
import { loadWeather } from '../../../sim/models/climate/weather.js';
import { InputError } from '../../../sim/errors.js';
import { HANGZHOU_EPW, SHENZHEN_MOS } from './weatherFiles.js';

describe('loadWeather', () => {
  it('picks the reader by extension', () => {
    expect(loadWeather({ kind: 'file', path: HANGZHOU_EPW }).station.name).toBe('Hangzhou');
    expect(loadWeather({ kind: 'file', path: SHENZHEN_MOS }).station.name).toBe('SHENZHEN');
  });

  it('builds a synthetic climate', () => {
    const w = loadWeather({ kind: 'synthetic', name: 'mild', meanDryBulbC: 12, annualAmplitudeK: 8, diurnalAmplitudeK: 3, hottestDayOfYear: 200, hottestHour: 14, relativeHumidity: 0.6, elevationM: 0 });
    expect(w.station.name).toBe('mild');
    expect(w.hours).toBe(8760);
  });

  it('rejects an unknown extension and a missing file with the path shown', () => {
    expect(() => loadWeather({ kind: 'file', path: '/x/site.csv', displayPath: 'site.csv' })).toThrow(
      "site.csv: weather file: expected an EnergyPlus .epw or a Modelica .mos file, got '.csv'",
    );
    expect(() => loadWeather({ kind: 'file', path: '/nonexistent/site.epw', displayPath: 'site.epw' })).toThrow(InputError);
    expect(() => loadWeather({ kind: 'file', path: '/nonexistent/site.epw', displayPath: 'site.epw' })).toThrow(
      'site.epw: expected an existing weather file, got no such file',
    );
  });
});
