/**
 * Plain-text tables for the terminal: first column left-aligned, the rest right-aligned. Columns are padded by
 * display width: a CJK character (the zh-CN tables) takes two terminal cells (Unicode East Asian Width W/F, main blocks).
 */
import { printable } from '../printable.js';

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

/** Terminal cells `text` takes: its length, plus one per wide character. */
export const displayWidth = (text: string): number => text.length + (text.match(WIDE)?.length ?? 0);

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((r) => r.map(printable)); // a cell may quote an input file (a name)
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? padEnd(cell, widths[c]) : padStart(cell, widths[c]))).join('  ').trimEnd();
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
