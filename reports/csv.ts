/**
 * hourly.csv and hourly.parquet: the hourly table as one tidy table (layout in hourlyColumns.ts),
 * one row per design and hour, power in kW; CSV with deterministic number text (8 significant
 * digits), Parquet with full doubles. `dctwin report` reads hourly.csv back through parseHourlyCsv.
 */
import type { HourlyTable } from '../sim/types/hourly.js';
import { kWFromW } from '../sim/units.js';
import { componentColumn, hourTimestamps } from './hourlyColumns.js';
import { tidyParquet } from './tables/parquet.js';
import { tidyCsv, type TidyColumn, type TidyKind, type TidyTable } from './tables/tidyTable.js';

export { parseHourlyCsv } from './hourlyCsvParse.js';

/** Every component key over all designs, in first-seen order. */
export function componentKeys(table: HourlyTable): string[] {
  const keys: string[] = [];
  for (const d of table.designs) for (const k of Object.keys(d.componentPowerW)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** The hourly table as a tidy table: designs one after the other, hours in order within each. */
export function hourlyTidyTable(table: HourlyTable): TidyTable {
  const columns: TidyColumn[] = [];
  const column = (name: string, kind: TidyKind, perDesign: (d: HourlyTable['designs'][number], h: number) => string | number | null) => {
    const values: (string | number | null)[] = [];
    for (const d of table.designs) for (let h = 0; h < table.hours; h++) values.push(perDesign(d, h));
    columns.push({ name, kind, values });
  };
  const timestamps = hourTimestamps(table.month, table.day, table.hourOfDay, table.timeZoneH);
  column('timestamp', 'timestamp', (_, h) => timestamps[h]);
  column('design', 'string', (d) => d.id);
  column('hour', 'integer', (_, h) => h);
  column('month', 'integer', (_, h) => table.month[h]);
  column('day', 'integer', (_, h) => table.day[h]);
  column('hourOfDay', 'integer', (_, h) => table.hourOfDay[h]);
  column('dryBulb_degC', 'number', (_, h) => table.dryBulbC[h]);
  column('wetBulb_degC', 'number', (_, h) => table.wetBulbC[h]);
  column('itPower_kW', 'number', (d, h) => kWFromW(d.itPowerW[h]));
  column('facilityPower_kW', 'number', (d, h) => kWFromW(d.facilityPowerW[h]));
  column('pue', 'number', (d, h) => (d.itPowerW[h] > 0 ? d.facilityPowerW[h] / d.itPowerW[h] : null));
  for (const key of componentKeys(table)) {
    column(componentColumn(key), 'number', (d, h) => (d.componentPowerW[key] ? kWFromW(d.componentPowerW[key][h]) : null));
  }
  column('water_L', 'number', (d, h) => d.waterL[h]);
  column('chillerOn', 'integer', (d, h) => d.chillerOn[h]);
  return { columns };
}

/** The text of hourly.csv. */
export const hourlyCsv = (table: HourlyTable): string => tidyCsv(hourlyTidyTable(table));

/** The bytes of hourly.parquet (same columns as hourly.csv, full precision). */
export const hourlyParquet = (table: HourlyTable): Uint8Array => tidyParquet(hourlyTidyTable(table));
