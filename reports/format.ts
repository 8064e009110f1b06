/**
 * One place that turns numbers into text for people (HTML, Markdown, terminal),
 * so every report shows the same value the same way. Machine outputs
 * (summary.json, hourly.csv) keep full precision and never go through here.
 * No locale APIs: grouping and rounding are written out so output bytes do not
 * depend on the machine's ICU data.
 */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../sim/units.js';

/** `value` with exactly `decimals` decimals and comma thousands separators; `-0` prints as `0`. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** PUE, TUE, ITUE and other ratios near 1: three decimals (1.234). */
export const formatRatio = (value: number): string => formatNumber(value, 3);

/** A PUE above its limit, with the digits it takes for the two texts to differ (1.2501 > 1.250, not 1.250 > 1.250). */
export function formatAbove(value: number, limit: number): [string, string] {
  let digits = 3;
  while (digits < 6 && formatNumber(value, digits) === formatNumber(limit, digits)) digits++;
  return [formatNumber(value, digits), formatNumber(limit, 3)];
}

/** WUE (L/kWh) and CUE (kg/kWh): three decimals. */
export const formatPerKWh = (value: number): string => formatNumber(value, 3);

/** Power in kW: no decimals at facility scale, one below 100 kW. */
export const formatKW = (powerKW: number): string => formatNumber(powerKW, Math.abs(powerKW) < 100 ? 1 : 0);

/** Energy given in kWh, shown in MWh with one decimal. */
export const formatMWh = (energyKWh: number): string => formatNumber(energyKWh / 1000, 1);

/** A fraction 0-1 as a percentage with one decimal: 0.0832 -> "8.3 %". */
export const formatPercent = (fraction: number): string => `${formatNumber(fraction * 100, 1)} %`;

/** Hours (counts of hours in a year): whole numbers with separators. */
export const formatHours = (hours: number): string => formatNumber(hours, 0);

const MONEY_SCALES: [number, string][] = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** Money with its currency and a magnitude suffix: 41_230_000 CNY -> "CNY 41.23 M". */
export function formatMoney(value: number, currency: string): string {
  const abs = Math.abs(value);
  for (const [scale, suffix] of MONEY_SCALES) {
    if (abs >= scale) return `${currency} ${formatNumber(value / scale, 2)} ${suffix}`;
  }
  return `${currency} ${formatNumber(value, 0)}`;
}

/** Temperatures in degC: one decimal. */
export const formatTempC = (tempC: number): string => `${formatNumber(tempC, 1)} °C`;

/** Years with one decimal: 2.63 -> "2.6 years". */
export const formatYears = (years: number): string => `${formatNumber(years, 1)} years`;

/** Most readable unit of a duration in seconds (queue waits): 45 s, 12.5 min, 3.2 h, 4.1 d, 101 d. */
export function formatDuration(timeS: number): string {
  if (!Number.isFinite(timeS)) return 'n/a';
  const a = Math.abs(timeS);
  const [value, unit] = a < 60 ? [timeS, 's'] : a < SECONDS_PER_HOUR ? [timeS / 60, 'min'] : a < SECONDS_PER_DAY ? [timeS / SECONDS_PER_HOUR, 'h'] : [timeS / SECONDS_PER_DAY, 'd'];
  const decimals = Math.abs(value) >= 100 || (unit === 's' && (a >= 10 || a === 0)) ? 0 : 1;
  return `${formatNumber(value, decimals)} ${unit}`;
}

/** Rounds to `digits` significant digits for chart data (smaller specs, same picture). */
export function roundSignificant(value: number, digits = 5): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (digits - 1 - magnitude);
  return Math.round(value * factor) / factor + 0; // + 0 turns -0 into 0
}
