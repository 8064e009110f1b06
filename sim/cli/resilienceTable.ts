/**
 * The terminal view of the resilience figures (a scenario with a `resilience:` block): after the design table,
 * one table with a column per design and a row per figure (reports/resilienceRows.ts gives the cells, the same as
 * summary.md and report.html; group headings as unindented rows), then the lead sentences of the report's
 * section (how each design comes through the scripted what-if). Empty without resilience figures, so the
 * output of other scenarios is unchanged.
 */
import type { Summary } from '../types/summary.js';
import { resilienceRows } from '../../reports/resilienceRows.js';
import { scriptedLead } from '../../reports/resilienceSection.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';
import { textTable } from './table.js';

export function resilienceTable(summary: Summary, lang: Lang = DEFAULT_LANG): string {
  const rows = resilienceRows(summary.designs, lang);
  if (rows.length === 0) return '';
  const w = messages(lang).resilience;
  const ds = summary.designs;
  const lines = rows.map((r) => (r.heading ? [r.label, ...ds.map(() => '')] : [`  ${r.label}`, ...r.cells.map((c) => c.text)]));
  const lead = scriptedLead(ds, lang).map((l) => `${l}\n`).join('');
  return `\n${textTable([w.terminalTitle, ...ds.map((d) => d.id)], lines)}${lead ? `\n${lead}` : ''}`;
}
