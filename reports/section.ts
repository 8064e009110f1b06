/**
 * One titled section of summary.md and report.html: a table (a row per item,
 * a column per design or per field) and notes in sentences. Section files
 * (tcoSection.ts, spreadSection.ts, ...) build it once from summary.json; this
 * file writes it as Markdown and as HTML, so both reports say the same. HTML
 * cells carry `data-design`, `data-key` and `data-value` (the raw summary.json
 * number) like the KPI table.
 */
import type { ChartName } from './charts/names.js';
import { escapeHtml } from './escapeHtml.js';

export interface SectionCell {
  text: string;
  design?: string;
  /** Raw summary.json value behind the text. */
  value?: number;
}

export interface SectionRow {
  label: string;
  /** Dotted path of the value in a design of summary.json (or a name), for data-key. */
  key?: string;
  cells: SectionCell[];
  /** A total or headline row, set in bold. */
  strong?: boolean;
}

export interface ReportSection {
  /** HTML id and stable anchor. */
  id: string;
  title: string;
  /** First column's header, then one per cell column; empty = no table. */
  header: string[];
  rows: SectionRow[];
  /** Sentences under the table: what the numbers are, their basis, what is left out. */
  notes: string[];
  /** Sentences above the table (the section's answer), when it opens with one. */
  lead?: string[];
  /** Charts report.html shows at the end of this section instead of under "Charts". */
  charts?: ChartName[];
  /** A table too wide for the page: report.html puts it in a horizontally scrolling box. */
  wide?: boolean;
}

/** Escapes the characters that would break a Markdown table cell. */
const mdCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A Markdown table: first column left-aligned, the others right-aligned unless `align` says otherwise. */
export function markdownTable(header: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const a = align ?? header.map((_, i) => (i === 0 ? 'l' : 'r'));
  const rule = a.map((x) => (x === 'r' ? '---:' : ':---'));
  return [header, rule, ...rows].map((r) => `| ${r.map(mdCell).join(' | ')} |`).join('\n');
}

/** Numbers right, text (sources, names) left: a column is numeric when some cell in it has a value. */
const columnAlign = (s: ReportSection): ('l' | 'r')[] =>
  s.header.map((_, i) => (i > 0 && s.rows.some((r) => r.cells[i - 1]?.value !== undefined) ? 'r' : 'l'));

export function sectionMarkdown(s: ReportSection): string {
  const bold = (t: string, on?: boolean) => (on && t ? `**${t}**` : t);
  const align = columnAlign(s);
  const table = s.header.length && s.rows.length
    ? `${markdownTable(s.header, s.rows.map((r) => [bold(r.label, r.strong), ...r.cells.map((c) => bold(c.text, r.strong))]), align)}\n\n`
    : '';
  const notes = s.notes.map((n) => `${n}\n`).join('\n');
  const lead = (s.lead ?? []).map((n) => `${n}\n\n`).join('');
  return `## ${s.title}\n\n${lead}${table}${notes}`;
}

function htmlCell(c: SectionCell, key: string | undefined, text: boolean): string {
  const attrs = [
    text ? ' class="text"' : '',
    c.design === undefined ? '' : ` data-design="${escapeHtml(c.design)}"`,
    key === undefined ? '' : ` data-key="${escapeHtml(key)}"`,
    c.value === undefined ? '' : ` data-value="${String(c.value)}"`,
  ].join('');
  return `<td${attrs}>${escapeHtml(c.text)}</td>`;
}

/** The section; `figures` (this section's charts, as HTML) go after its notes. */
export function sectionHtml(s: ReportSection, figures = ''): string {
  const head = s.header.map((h, i) => `<th scope="col">${escapeHtml(h)}</th>`.replace('<th', i === 0 ? '<th class="label"' : '<th')).join('');
  const align = columnAlign(s);
  const cells = (r: SectionRow) => r.cells.map((c, i) => htmlCell(c, r.key, align[i + 1] === 'l')).join('');
  const rows = s.rows.map((r) => `<tr${r.strong ? ' class="total"' : ''}><th scope="row">${escapeHtml(r.label)}</th>${cells(r)}</tr>`);
  const bare = s.header.length && s.rows.length ? `<table class="kpi"><thead><tr>${head}</tr></thead>\n<tbody>${rows.join('\n')}</tbody></table>` : '';
  const table = bare && s.wide ? `<div class="table-scroll">${bare}</div>\n` : bare && `${bare}\n`;
  const notes = s.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n');
  const lead = (s.lead ?? []).map((n) => `<p class="lead">${escapeHtml(n)}</p>\n`).join('');
  return `<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.title)}</h2>\n${lead}${table}${notes}${figures && `\n${figures}`}\n</section>`;
}
