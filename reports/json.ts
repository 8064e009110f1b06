/**
 * JSON text for output files. `jsonText` is plain 2-space JSON (summary.json).
 * `compactJson` indents the structure but writes every flat object or array
 * (only numbers, strings, booleans, null) on one line, so a chart spec's
 * `data.values` is one row per line: a third of the size and still diffable.
 * Both end with a newline; key order is the insertion order.
 */

/** JSON writes Infinity as null; results are checked before writing (sim/metrics/checkFinite.ts), so one here is a bug. */
function noInfinity(key: string, value: unknown): unknown {
  if (value === Infinity || value === -Infinity) throw new RangeError(`JSON output: '${key}' is ${value}, which JSON would write as null`);
  return value;
}

export const jsonText = (value: unknown): string => `${JSON.stringify(value, noInfinity, 2)}\n`;

const isFlat = (value: unknown): boolean => value === null || typeof value !== 'object';

function compact(value: unknown, indent: string): string {
  if (isFlat(value)) return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every(isFlat)) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + compact(v, inner)).join(',\n')}\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  // A flat row (a chart's data values: thousands of them) is written as is: JSON.stringify skips undefined.
  if (Object.keys(record).every((k) => isFlat(record[k]))) return JSON.stringify(record);
  const entries = Object.entries(record).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

export const compactJson = (value: unknown): string => `${compact(value, '')}\n`;
