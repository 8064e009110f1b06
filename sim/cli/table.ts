/** Plain-text tables for the terminal: first column left-aligned, the rest right-aligned. */
import { printable } from '../printable.js';

export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((r) => r.map(printable)); // a cell may quote an input file (a name)
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(all[0]), rule, ...all.slice(1).map(line)].join('\n') + '\n';
}

/** Fixed decimals with thousands separators, e.g. 12,345.6. */
export function num(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '-';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Signed percent difference, e.g. -12.3 %. */
export function pct(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) return '-';
  return `${value > 0 ? '+' : ''}${(value * 100).toFixed(decimals)} %`;
}
