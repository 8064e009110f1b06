/**
 * The `weather:` of a site: a weather file path (EPW or Modelica .mos, relative to the scenario
 * file), or a synthetic climate:
 *
 *   weather: weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw
 *   weather:
 *     synthetic: { meanDryBulb: 16 degC, annualAmplitude: 10 K, diurnalAmplitude: 4 K,
 *                  relativeHumidity: 70 %, elevation: 10 m }
 *
 * Output: a `WeatherSpec` (`{ kind: 'file', path }` with an absolute path, or
 * `{ kind: 'synthetic', ...SI numbers }`) that `loadWeather` reads.
 */
import { z } from 'zod';
import { count, fraction, quantity } from '../fields.js';
import { filePath } from '../filePath.js';
import { WEATHER_FILE } from '../../inputFile.js';
import type { WeatherSpec } from '../../models/climate/weather.js';

/**
 * Hottest day of the year by default: 200 (19 Jul). The shipped northern-hemisphere files put
 * their "summer week nearest max temperature" (EPW TYPICAL/EXTREME PERIODS header) at
 * 7/20-7/26 (Hangzhou), 7/3-7/9 (Dulles), 7/27-8/2 (Pasco), 8/3-8/9 (Phoenix): days 184-221.
 */
export const DEFAULT_HOTTEST_DAY = 200;
/**
 * Hottest hour by default: the interval 14:00-15:00. ASHRAE Handbook Fundamentals 2021, ch. 14,
 * Table 6 "Fraction of Daily Temperature Range" is 0.00 (the daily maximum) at hours 14 and 15.
 */
export const DEFAULT_HOTTEST_HOUR = 14;

const syntheticFields = z
  .object({
    name: z.string().min(1).optional().meta({ description: 'name shown in reports (default: synthetic climate)' }),
    meanDryBulb: quantity('degC', { min: -40, max: 40 }).meta({ description: "annual mean dry bulb, e.g. '16 degC'" }),
    annualAmplitude: quantity('K', { min: 0, max: 30 }).meta({ description: "half the summer-winter swing of daily means, e.g. '10 K'" }),
    diurnalAmplitude: quantity('K', { min: 0, max: 15 }).meta({ description: "half the day-night swing, e.g. '4 K'" }),
    hottestDay: count(1, 365).optional().meta({ description: `day of year of the warmest daily mean (default ${DEFAULT_HOTTEST_DAY})` }),
    hottestHour: count(0, 23).optional().meta({ description: `start hour of the warmest hour of the day (default ${DEFAULT_HOTTEST_HOUR})` }),
    relativeHumidity: fraction({ above: 0, max: 1 }).optional().meta({ description: "constant relative humidity, e.g. '70 %' (or give dewPointDepression)" }),
    dewPointDepression: quantity('K', { min: 0, max: 40 }).optional().meta({ description: "constant dry bulb minus dew point, e.g. '8 K' (or give relativeHumidity)" }),
    elevation: quantity('m', { min: -500, max: 5000 }).meta({ description: "site elevation (sets the pressure), e.g. '10 m'" }),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.relativeHumidity === undefined) === (c.dewPointDepression === undefined)) {
      const got = c.relativeHumidity === undefined ? 'neither' : 'both';
      ctx.addIssue({ code: 'custom', message: `expected one of relativeHumidity or dewPointDepression, got ${got}`, path: ['relativeHumidity'] });
    }
  });

const syntheticWeatherSchema = z
  .object({ synthetic: syntheticFields })
  .strict()
  .transform(({ synthetic: c }): WeatherSpec => ({
    kind: 'synthetic',
    ...(c.name !== undefined ? { name: c.name } : {}),
    meanDryBulbC: c.meanDryBulb,
    annualAmplitudeK: c.annualAmplitude,
    diurnalAmplitudeK: c.diurnalAmplitude,
    hottestDayOfYear: c.hottestDay ?? DEFAULT_HOTTEST_DAY,
    hottestHour: c.hottestHour ?? DEFAULT_HOTTEST_HOUR,
    ...(c.relativeHumidity !== undefined ? { relativeHumidity: c.relativeHumidity } : {}),
    ...(c.dewPointDepression !== undefined ? { dewPointDepressionK: c.dewPointDepression } : {}),
    elevationM: c.elevation,
  }));

const weatherFileSchema = filePath('weather file', WEATHER_FILE.maxBytes).transform((path): WeatherSpec => ({ kind: 'file', path }));

/**
 * The site's weather. Dispatches on the value's type so that each mistake gets the message of the
 * form the user meant (a missing file, or a bad synthetic field) rather than a union of both.
 */
export const weatherSchema = z
  .unknown()
  .transform((raw, ctx): WeatherSpec => {
    const branch = typeof raw === 'string' ? weatherFileSchema : typeof raw === 'object' && raw !== null ? syntheticWeatherSchema : undefined;
    if (branch === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected a weather file path or { synthetic: { ... } }, got ${JSON.stringify(raw) ?? String(raw)}`, input: raw });
      return z.NEVER;
    }
    const result = branch.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: raw } as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  })
  .meta({
    anyOf: [
      { type: 'string', minLength: 1, description: 'path to an EPW or Modelica .mos weather file, relative to the scenario file' },
      stripSchemaKey(z.toJSONSchema(syntheticWeatherSchema, { io: 'input', unrepresentable: 'any' })),
    ],
  } as Record<string, unknown>);

function stripSchemaKey(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _drop, ...rest } = schema;
  return rest;
}
