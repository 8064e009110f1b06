/**
 * The layout of hourly.csv, shared by its writer and its reader:
 *
 *   # dctwin hourly.csv: one row per design and hour; power in kW (hourly mean), water in L
 *   # design air-chw components: it:it serverFans:it chiller:cooling ups:power lighting:misc
 *   design,hour,month,day,hourOfDay,dryBulbC,wetBulbC,itKW,facilityKW,pue,<component>KW...,waterL,chillerOn
 *
 * The comment lines keep what the columns cannot: each design's meters and
 * their PUE group. A meter whose `<key>KW` would collide with a fixed column
 * (e.g. a meter called `it`) is written as `<key>ComponentKW`. A design
 * without a meter leaves that cell empty.
 */
import type { ComponentCategory } from '../sim/types/hourly.js';

export const LEADING_COLUMNS = ['design', 'hour', 'month', 'day', 'hourOfDay', 'dryBulbC', 'wetBulbC', 'itKW', 'facilityKW', 'pue'];
export const TRAILING_COLUMNS = ['waterL', 'chillerOn'];
const FIXED = new Set([...LEADING_COLUMNS, ...TRAILING_COLUMNS]);

export const CSV_TITLE_LINE = '# dctwin hourly.csv: one row per design and hour; power in kW (hourly mean), water in L';

/** The column of a component (meter) key. */
export const componentColumn = (key: string): string => (FIXED.has(`${key}KW`) ? `${key}ComponentKW` : `${key}KW`);

/** `# design <id> components: key:category ...` */
export const componentsLine = (designId: string, categories: Record<string, ComponentCategory>): string =>
  `# design ${designId} components: ${Object.entries(categories).map(([k, c]) => `${k}:${c}`).join(' ')}`;

const COMPONENTS_LINE = /^# design (.+) components:(.*)$/;
const CATEGORIES = new Set<string>(['it', 'cooling', 'power', 'misc']);

/** Parses a components line; undefined if the line is another comment, a message if malformed. */
export function parseComponentsLine(line: string): { design: string; categories: Record<string, ComponentCategory> } | string | undefined {
  const match = COMPONENTS_LINE.exec(line.trim());
  if (!match) return undefined;
  const categories: Record<string, ComponentCategory> = {};
  for (const pair of match[2].trim().split(/\s+/).filter(Boolean)) {
    const [key, category] = pair.split(':');
    if (!key || !CATEGORIES.has(category)) return `expected key:category with category it, cooling, power or misc, got "${pair}"`;
    categories[key] = category as ComponentCategory;
  }
  return { design: match[1], categories };
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
