/**
 * The last check before a run's results are written: no number of the summary
 * or of the hourly table is infinite. An input within its field's bounds can
 * still make a product overflow (JSON.stringify would write Infinity as null,
 * silently); the user fixes that in the scenario, so it is an InputError that
 * names the first such result and the inputs that feed it, when known:
 *
 *   scenarios/x.yaml: result designs[0].metrics.cueKgPerKWh is not a finite number
 *     (check site.gridCarbon and other inputs for extreme values)
 *
 * NaN is not flagged: it is the documented value of a ratio over a period
 * without IT energy (pue.ts, water.ts), written as null.
 */
import { InputError, locate } from '../errors.js';
import type { HourlyTable } from '../types/hourly.js';
import type { Summary } from '../types/summary.js';

/** Result keys -> the scenario inputs that feed them (`costs.` is the design's own block). */
const FEEDS: Array<[RegExp, string[]]> = [
  [/\.(cueKgPerKWh|emissionsKg|cueLocationKgPerKWh|emissionsLocationKg)$/, ['site.gridCarbon']],
  [/\.carbonOpex$/, ['site.gridCarbon', 'costs.carbonPrice']],
  [/\.energyOpex$/, ['costs.energy']],
  [/\.demandOpex$/, ['costs.demandCharge']],
  [/\.powerFactorOpex$/, ['costs.energy', 'costs.demandCharge']],
  [/\.pueSurchargeOpex$/, ['costs.energy.pueSurcharge']],
  [/\.waterOpex$/, ['costs.water']],
  [/\.maintenanceOpex$/, ['costs.maintenance', 'costs.capex']],
  [/\.[A-Za-z]+Capex$/, ['costs.capex']],
];

const isInfinite = (v: unknown): boolean => v === Infinity || v === -Infinity;

/** Paths of every infinite number in `value`, in key order (`designs[0].metrics.pue`). */
export function infinitePaths(value: unknown, path = ''): string[] {
  if (isInfinite(value)) return [path];
  if (typeof value !== 'object' || value === null) return [];
  if (ArrayBuffer.isView(value)) {
    const found: string[] = []; // a typed array (hourly series): index by index, no copy
    const array = value as unknown as ArrayLike<number>;
    for (let i = 0; i < array.length; i++) if (isInfinite(array[i])) found.push(`${path}[${i}]`);
    return found;
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => infinitePaths(v, `${path}[${i}]`));
  return Object.entries(value).flatMap(([k, v]) => infinitePaths(v, path === '' ? k : `${path}.${k}`));
}

/** The inputs that feed `path` (design costs resolved to `designs[i].costs...`). */
function feeds(path: string): string[] {
  const design = /^designs\[(\d+)\]/.exec(path)?.[1];
  const found = FEEDS.find(([pattern]) => pattern.test(path))?.[1] ?? [];
  return found.map((input) => (input.startsWith('costs.') && design !== undefined ? `designs[${design}].${input}` : input));
}

/** Throws an InputError naming the first infinite result of `summary` (then of `hourly`). */
export function checkFinite(shownAs: string, summary: Summary, hourly?: HourlyTable): void {
  const paths = infinitePaths(summary);
  if (paths.length === 0 && hourly !== undefined) paths.push(...infinitePaths(hourly).map((p) => `hourly.${p}`));
  if (paths.length === 0) return;
  const inputs = paths.map(feeds).find((f) => f.length > 0) ?? [];
  const check = inputs.length === 0 ? "the scenario's inputs" : `${inputs.join(', ')} and other inputs`;
  throw new InputError(`${locate(shownAs)}result ${paths[0]} is not a finite number (check ${check} for extreme values)`);
}
