/**
 * The `site:` block: where the data center is (its weather), what its grid
 * emits (a constant factor or an hourly series, and a contracted green-power
 * share), how much it may draw, how finely the cooling plant is controlled, and
 * which of its weather the plant is sized at (`designBasis`).
 * Keys stay plain in the file (`controlStep: 15 min`); the parsed site carries
 * suffixed SI names (`controlStepS: 900`).
 */
import { z } from 'zod';
import { count, fraction, quantity } from '../fields.js';
import { gridCarbonHourlyField } from './gridCarbonHourly.js';
import { cappedQuantity, GRID_CARBON_CAP } from './capped.js';
import { SECONDS_PER_HOUR } from '../../units.js';
import { weatherSchema } from './climate.js';
import { DESIGN_BASES, type DesignBasis } from '../../models/climate/designConditions.js';
import { didYouMean } from '../didYouMean.js';
import { readSiteTable, SITE_TABLE_PATH } from '../siteRecords.js';

/** A record id of the shipped site table (siteRecords.ts fills the site from it before validation). */
const recordId = z.string().superRefine((id, ctx) => {
  const ids = readSiteTable().sites.map((s) => s.id);
  if (!ids.includes(id)) ctx.addIssue({ code: 'custom', message: `expected a site record id of ${SITE_TABLE_PATH}${didYouMean(id, ids)}, got '${id}'` });
});

/** Shortest and longest cooling-plant control interval accepted (s): 1 min to the hourly weather step. */
export const CONTROL_STEP_MIN_S = 60;
export const CONTROL_STEP_MAX_S = SECONDS_PER_HOUR;

/** The site block around a given weather fragment (loader tests pass a stand-in, the app the real one). */
export function makeSiteSchema<W extends z.ZodType>(weather: W) {
  return z
    .strictObject({
      record: recordId.optional().meta({
        description: `id of a site record in ${SITE_TABLE_PATH} (e.g. cn-hohhot; also \`site: cn-hohhot\`): fills name, weather, gridCarbon and pueLimit; fields written here win`,
      }),
      name: z.string().min(1).meta({ description: 'site name shown in reports, e.g. Hangzhou' }),
      weather,
      gridCarbon: cappedQuantity('kg/J', { min: 0 }, GRID_CARBON_CAP).optional().meta({
        description: "constant grid emission factor, e.g. '0.5703 kg/kWh' (cite its source in a comment); gridCarbonHourly replaces it",
      }),
      gridCarbonHourly: gridCarbonHourlyField.optional(),
      greenShare: fraction({ min: 0, max: 1 }).optional().meta({
        description: "share of facility energy covered by contracted green power (PPA, green certificates), e.g. '30 %': counted " +
          'at 0 kg/kWh in the market-based emissions (metrics.emissionsKg, cueKgPerKWh); location-based ones are reported beside',
      }),
      gridLimit: quantity('W', { above: 0 }).optional().meta({ description: "grid connection limit, e.g. '10 MW'" }),
      controlStep: quantity('s', { min: CONTROL_STEP_MIN_S, max: CONTROL_STEP_MAX_S })
        .optional()
        .meta({ description: "cooling-plant control interval from '1 min' to '1 h' (default), dividing an hour" }),
      years: count(1, 30).optional().meta({ description: 'whole years simulated (default 1)' }),
      pueLimit: z
        .strictObject({
          value: z.number().gt(1).max(3).meta({ description: 'annual PUE the site is held to, e.g. 1.25' }),
          source: z.string().min(1).meta({ description: "the rule and year it comes from, or 'assumption'" }),
        })
        .optional()
        .meta({ description: 'PUE limit that applies at the site; the summary reports designs[].policy.pass against it' }),
      designBasis: z.enum(DESIGN_BASES).optional().meta({
        description: "weather the cooling plant is sized at (ASHRAE Fundamentals ch. 14 definitions): from the weather file's " +
          "own hours 'file-extreme' (default: its hottest and most humid hour), '0.4%', '1%' or '2%' (cooling dry bulb for " +
          "dry equipment, evaporation wet bulb for towers); from the ASHRAE station values in an EPW header 'station-0.4%', " +
          "'station-1%', 'station-2%' or 'station-20-year' (20-year return-period dry bulb)",
      }),
    })
    .superRefine((site, ctx) => {
      if (site.gridCarbon === undefined && site.gridCarbonHourly === undefined) {
        ctx.addIssue({ code: 'custom', path: ['gridCarbon'], message: 'expected gridCarbon (or gridCarbonHourly), got neither' });
      }
      // `when`: reported with the site's other problems, but not beside a gridCarbon(Hourly) that is itself wrong
    }, { when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'gridCarbon' || i.path?.[0] === 'gridCarbonHourly') })
    .transform((site) => ({
      name: site.name,
      weather: (site as { weather?: unknown }).weather as z.output<W>,
      // Emissions use the hourly series when there is one (normalize warns that a written gridCarbon is unused).
      gridCarbonKgPerJ: site.gridCarbon ?? site.gridCarbonHourly!.meanKgPerJ,
      ...(site.gridCarbonHourly !== undefined ? { gridCarbonHourly: site.gridCarbonHourly } : {}),
      ...(site.greenShare !== undefined ? { greenShare: site.greenShare } : {}),
      gridLimitW: site.gridLimit,
      controlStepS: site.controlStep ?? SECONDS_PER_HOUR,
      years: site.years ?? 1,
      designBasis: (site.designBasis ?? 'file-extreme') as DesignBasis,
      ...(site.record !== undefined ? { record: site.record } : {}),
      ...(site.pueLimit !== undefined ? { pueLimit: { pueRatio: site.pueLimit.value, source: site.pueLimit.source } } : {}),
    }));
}

export const siteSchema = makeSiteSchema(weatherSchema);
export type Site = z.output<typeof siteSchema>;
