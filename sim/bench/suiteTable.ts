/**
 * The bench table as text for the terminal (notes as numbered footnotes under
 * the table) or as Markdown (the README's Performance section).
 */
import { textTable } from '../cli/table.js';
import type { Figure } from './figure.js';
import { machineLine } from './machine.js';
import type { BenchReport } from './suite.js';

const title = (r: BenchReport) =>
  `dctwin ${r.dctwin} performance, ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, CLI ${r.bundled ? 'bundled (npm run build)' : 'NOT bundled: tsc output only'}`;

/** `3 pass, 1 fail, 2 skipped`. */
export function tally(figures: readonly Figure[]): string {
  const count = (v: Figure['verdict']) => figures.filter((f) => f.verdict === v).length;
  return (['pass', 'fail', 'skipped', 'info'] as const)
    .filter((v) => count(v) > 0)
    .map((v) => `${count(v)} ${v}`)
    .join(', ');
}

export function suiteText(r: BenchReport): string {
  const notes: string[] = [];
  const rows = r.figures.map((f) => {
    if (f.note) notes.push(`[${notes.length + 1}] ${f.note}`);
    return [`${f.label}${f.note ? ` [${notes.length}]` : ''}`, f.measured, f.target, f.verdict];
  });
  return [
    title(r),
    `Machine: ${machineLine(r.machine)}`,
    '',
    textTable(['figure', 'measured', 'target', 'result'], rows),
    ...notes,
    '',
    `${tally(r.figures)}`,
    '',
  ].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function suiteMarkdown(r: BenchReport): string {
  const lines = [
    '| figure | measured | target | result | how |',
    '|---|---:|---:|---|---|',
    ...r.figures.map((f) => `| ${cell(f.label)} | ${cell(f.measured)} | ${cell(f.target)} | ${f.verdict} | ${cell(f.note ?? '')} |`),
  ];
  return `${lines.join('\n')}\n\n${title(r)}; ${machineLine(r.machine)}.\n`;
}
