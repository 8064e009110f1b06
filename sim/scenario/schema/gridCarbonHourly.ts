/**
 * `site.gridCarbonHourly`: a path (relative to the scenario file, only read) to an hourly grid-carbon CSV
 * (format: sim/scenario/carbonSeries.ts). Parsed when the scenario is, so `dctwin validate` finds a bad row:
 *
 *   scenarios/x.yaml:6: site.gridCarbonHourly: expected a number from 0 to 5 at carbon.csv:14 (carbon_kg_per_kWh), got 'n/a'
 *
 * Output: `{ path, kgPerJ, meanKgPerJ }`, the absolute path and one factor per hour of a 365-day year (kg CO2e
 * per J), and their mean.
 */
import { z } from 'zod';
import { filePath } from '../filePath.js';
import { CARBON_SERIES_FILE, readCarbonSeries } from '../carbonSeries.js';

export interface GridCarbonSeries {
  path: string;
  /** Hour i of the year (local standard time, 8760 values), kg CO2e per J; tiled over the simulated years. */
  kgPerJ: readonly number[];
  /** The plain mean of kgPerJ (what a message shows of the series). */
  meanKgPerJ: number;
}

export const gridCarbonHourlyField = filePath(CARBON_SERIES_FILE.what, CARBON_SERIES_FILE.maxBytes)
  .transform((path, ctx): GridCarbonSeries => {
    const read = readCarbonSeries(path);
    if ('problem' in read) {
      ctx.addIssue({ code: 'custom', message: `expected ${read.expected} at ${read.at}, got ${read.got}`, input: path });
      return z.NEVER;
    }
    return { path, kgPerJ: read.kgPerJ, meanKgPerJ: read.kgPerJ.reduce((sum, v) => sum + v, 0) / read.kgPerJ.length };
  })
  .meta({
    description: 'path to an hourly grid emission-factor CSV (header hour,carbon_kg_per_kWh or timestamp,carbon_g_per_kWh; ' +
      '8760 rows, or 8784 with Feb 29 dropped; local standard time like the weather), replacing gridCarbon hour by hour',
  });
