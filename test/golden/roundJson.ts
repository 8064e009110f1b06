/**
 * Golden-file text: every number rounded to 6 significant digits (so V8 Math
 * differences in the last bits never flip a golden test), -0 written as 0,
 * then reports/json.ts compactJson (flat rows on one line: diffable).
 */
import { compactJson } from '../../reports/json.js';

export const SIGNIFICANT_DIGITS = 6;

export function roundNumbers(value: unknown): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Number.isInteger(value)) return value === 0 ? 0 : value;
    const r = Number(value.toPrecision(SIGNIFICANT_DIGITS));
    return r === 0 ? 0 : r;
  }
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, roundNumbers(v)]));
  }
  return value;
}

export const goldenJson = (value: unknown): string => compactJson(roundNumbers(value));
