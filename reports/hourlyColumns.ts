/**
 * The layout of hourly.csv and hourly.parquet (one tidy table, tables/tidyTable.ts), shared by
 * its writer (csv.ts) and its reader (hourlyCsvParse.ts):
 *
 *   timestamp,design,hour,month,day,hourOfDay,dryBulb_degC,wetBulb_degC,itPower_kW,facilityPower_kW,pue,<meter>_kW...,water_L,chillerOn
 *   2025-01-01T00:00:00+08:00,air-chw,0,1,1,0,3.2,1.9,2034.5,2561.1,1.2588,...
 *
 * One header line, no comments (pandas.read_csv and DuckDB read it as it is); one row per design
 * and hour. Power is the mean over the hour in kW, water the litres used in the hour, chillerOn 1
 * when a chiller ran. Each meter's PUE group is in summary.json (designs[i].metrics.componentCategories).
 * A meter whose `<key>_kW` would collide with a fixed column is written `<key>Component_kW`;
 * a design without a meter leaves that cell empty.
 *
 * timestamp: ISO 8601, start of the hour in the weather file's local standard time with its
 * UTC offset (EPW header "time zone"). A typical-year weather file (TMY, IWEC, CSWD) has no real
 * year, so the first simulated year is the nominal NOMINAL_FIRST_YEAR (non-leap, like dctwin's
 * 365-day years: the EPW reader drops Feb 29) and each later year of a multi-year run adds one.
 */
export const LEADING_COLUMNS = ['timestamp', 'design', 'hour', 'month', 'day', 'hourOfDay', 'dryBulb_degC', 'wetBulb_degC', 'itPower_kW', 'facilityPower_kW', 'pue'];
export const TRAILING_COLUMNS = ['water_L', 'chillerOn'];
const FIXED = new Set([...LEADING_COLUMNS, ...TRAILING_COLUMNS]);

/** The year written for the first simulated year (a typical-year file has none); not a leap year. */
export const NOMINAL_FIRST_YEAR = 2025;

/** The column of a component (meter) key. */
export const componentColumn = (key: string): string => (FIXED.has(`${key}_kW`) ? `${key}Component_kW` : `${key}_kW`);

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `+08:00`, `-03:30`, `+05:45` for a UTC offset in hours (EPW allows fractions). */
export function utcOffsetText(timeZoneH: number): string {
  const minutes = Math.round(Math.abs(timeZoneH) * 60);
  return `${timeZoneH < 0 ? '-' : '+'}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * The timestamp of every hour: the year starts at NOMINAL_FIRST_YEAR and goes up by one each
 * time the month goes back (December -> January of the next simulated year).
 * @example hourTimestamps(Uint8Array.of(12, 1), Uint8Array.of(31, 1), Uint8Array.of(23, 0), 8) // ['2025-12-31T23:00:00+08:00', '2026-01-01T00:00:00+08:00']
 */
export function hourTimestamps(month: ArrayLike<number>, day: ArrayLike<number>, hourOfDay: ArrayLike<number>, timeZoneH: number): string[] {
  const offset = utcOffsetText(timeZoneH);
  const out: string[] = [];
  let year = NOMINAL_FIRST_YEAR;
  for (let h = 0; h < month.length; h++) {
    if (h > 0 && month[h] < month[h - 1]) year++;
    out.push(`${year}-${pad2(month[h])}-${pad2(day[h])}T${pad2(hourOfDay[h])}:00:00${offset}`);
  }
  return out;
}

/** The UTC offset in hours of a timestamp written by hourTimestamps; undefined if it has none. */
export function timestampOffsetH(timestamp: string): number | undefined {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(timestamp.trim());
  if (!match) return undefined;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) + Number(match[3]) / 60);
}

/**
 * A number as CSV text with a fixed rule, so the same value always gives the
 * same bytes: 8 significant digits, at most 6 decimals, trailing zeros dropped,
 * never an exponent; non-finite values are empty cells.
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  if (Math.abs(value) >= 1e21) return BigInt(value).toString(); // toFixed switches to exponents here
  const integerDigits = Math.floor(Math.log10(Math.abs(value))) + 1;
  const decimals = Math.min(6, Math.max(0, 8 - integerDigits));
  const text = value.toFixed(decimals);
  const trimmed = decimals > 0 ? withoutTrailingZeros(text) : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/** "12.500" -> "12.5", "12.000" -> "12" (text has a decimal point): what /\.?0+$/ removes, without a regex per cell. */
function withoutTrailingZeros(text: string): string {
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--; // '0'
  if (end < text.length && text.charCodeAt(end - 1) === 46) end--; // '.'
  return end === text.length ? text : text.slice(0, end);
}

/** A text cell quoted per RFC 4180 when it holds a comma, quote or line break. */
export const csvText = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
