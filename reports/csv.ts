/**
 * hourly.csv: the hourly table in kW, one row per design and hour (layout in
 * hourlyColumns.ts), written with deterministic number text, and read back by
 * `dctwin report` through parseHourlyCsv.
 */
import type { HourlyTable } from '../sim/types/hourly.js';
import { kWFromW } from '../sim/units.js';
import {
  CSV_TITLE_LINE,
  LEADING_COLUMNS,
  TRAILING_COLUMNS,
  componentColumn,
  componentsLine,
  csvNumber,
  csvText,
} from './hourlyColumns.js';

export { parseHourlyCsv } from './hourlyCsvParse.js';

/** Every component key over all designs, in first-seen order. */
export function componentKeys(table: HourlyTable): string[] {
  const keys: string[] = [];
  for (const d of table.designs) for (const k of Object.keys(d.componentPowerW)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

export function hourlyCsv(table: HourlyTable): string {
  const keys = componentKeys(table);
  const lines = [
    CSV_TITLE_LINE,
    ...table.designs.map((d) => componentsLine(d.id, d.componentCategory)),
    [...LEADING_COLUMNS, ...keys.map(componentColumn), ...TRAILING_COLUMNS].join(','),
  ];
  for (const d of table.designs) {
    const id = csvText(d.id);
    const series = keys.map((k) => d.componentPowerW[k]);
    for (let h = 0; h < table.hours; h++) {
      const itW = d.itPowerW[h];
      const cells = [
        id,
        String(h),
        String(table.month[h]),
        String(table.day[h]),
        String(table.hourOfDay[h]),
        csvNumber(table.dryBulbC[h]),
        csvNumber(table.wetBulbC[h]),
        csvNumber(kWFromW(itW)),
        csvNumber(kWFromW(d.facilityPowerW[h])),
        itW > 0 ? csvNumber(d.facilityPowerW[h] / itW) : '',
        ...series.map((s) => (s ? csvNumber(kWFromW(s[h])) : '')),
        csvNumber(d.waterL[h]),
        String(d.chillerOn[h]),
      ];
      lines.push(cells.join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
