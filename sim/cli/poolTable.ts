/**
 * The terminal view of the XPU pool (a workload of several node groups): after the design table, one table per
 * design with a row per node group (reports/poolRows.ts gives the cells, the same as summary.md and report.html;
 * the column heads are short, i18n pool.terminalColumns)
 * and the line "effective compute X % (policy P)". Empty for a one-group workload, whose output is unchanged.
 */
import type { Summary } from '../types/summary.js';
import { poolDesigns, poolHeadline, poolRows } from '../../reports/poolRows.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';
import { textTable } from './table.js';

export function poolTable(summary: Summary, lang: Lang = DEFAULT_LANG): string {
  const w = messages(lang).pool;
  return poolDesigns(summary.designs).map((d) => {
    const { effective, policy } = poolHeadline(d, lang);
    const rows = poolRows(d, lang).map((r) => [r.group, ...r.cells.map((c) => c.text)]);
    return `\n${w.terminalTitle(d.id)}\n${textTable([w.group, ...w.terminalColumns], rows)}${w.effectiveLine(effective, policy)}\n`;
  }).join('');
}
