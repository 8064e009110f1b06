import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { weatherSchema } from '../../../sim/scenario/schema/climate.js';
import { withBaseDir } from '../../../sim/scenario/filePath.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const scenarios = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'scenarios');
const site = z.object({ weather: weatherSchema });
const parse = (weather: unknown) => withBaseDir(scenarios, () => site.safeParse({ weather }));
const issues = (weather: unknown) => {
  const r = parse(weather);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const synthetic = { meanDryBulb: '16 degC', annualAmplitude: '10 K', diurnalAmplitude: '4 K', relativeHumidity: '70 %', elevation: '10 m' };

describe('weatherSchema', () => {
  it('resolves a file path against the scenario folder', () => {
    const r = parse('weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw');
    expect(r.success && r.data.weather).toEqual({ kind: 'file', path: join(scenarios, 'weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw') });
  });

  it('converts a synthetic climate to SI with the cited defaults', () => {
    const r = parse({ synthetic });
    expect(r.success && r.data.weather).toEqual({
      kind: 'synthetic', meanDryBulbC: 16, annualAmplitudeK: 10, diurnalAmplitudeK: 4, hottestDayOfYear: 200, hottestHour: 14, relativeHumidity: 0.7, elevationM: 10,
    });
  });

  it('gives each form its own message', () => {
    expect(issues('nowhere.epw')).toEqual([`weather: expected an existing weather file, got 'nowhere.epw' (looked for ${join(scenarios, 'nowhere.epw')})`]);
    expect(issues(3)).toEqual(['weather: expected a weather file path or { synthetic: { ... } }, got 3']);
    expect(issues({ synthetic: { ...synthetic, annualAmplitude: '10 degC' } })[0]).toMatch(/^weather\.synthetic\.annualAmplitude: expected a temperature difference in K/);
  });

  it('rejects unknown keys and asks for exactly one humidity', () => {
    const r = parse({ synthetic: { ...synthetic, meanDryBulbx: '1 degC' } });
    expect(!r.success && r.error.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['meanDryBulbx'], path: ['weather', 'synthetic'] });
    expect(issues({ synthetic: { ...synthetic, dewPointDepression: '5 K' } })).toEqual([
      'weather.synthetic.relativeHumidity: expected one of relativeHumidity or dewPointDepression, got both',
    ]);
  });

  it('publishes both forms in the JSON Schema', () => {
    const json = JSON.stringify(z.toJSONSchema(site, { io: 'input', unrepresentable: 'any' }));
    expect(json).toContain('"anyOf"');
    expect(json).toContain('"meanDryBulb"');
  });
});
