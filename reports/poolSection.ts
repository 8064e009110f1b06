/**
 * "XPU pool: node groups" for summary.md and report.html: one section per design whose workload has several
 * node groups (summary.json designs[i].jobs.groups), a row per group (poolRows.ts: the terminal prints the same
 * cells), led by the matching policy and the effective compute, each defined in one sentence, with notes that
 * define energy per GPU-hour (IT energy of the group's nodes / GPU-hours allocated, idle share included) and
 * the facility figure (x the design's facility / IT energy ratio). The first section carries the pool chart.
 */
import type { Summary } from '../sim/types/summary.js';
import { poolDesigns, poolHeadline, poolRows } from './poolRows.js';
import type { ReportSection } from './section.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

export function poolSections(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection[] {
  const w = messages(lang).pool;
  return poolDesigns(summary.designs).map((d, i): ReportSection => {
    const { effective, policy } = poolHeadline(d, lang);
    const rule = d.jobs.policy ? w.policies[d.jobs.policy] : w.none;
    return {
      id: `pool-${d.id}`,
      title: w.title(d.id),
      header: [w.group, ...w.columns],
      rows: poolRows(d, lang).map((r) => ({
        label: r.group,
        key: `jobs.groups.${r.group}`,
        cells: r.cells.map((c) => ({ ...c, design: d.id })),
      })),
      lead: [w.lead(policy, rule, effective)],
      notes: w.notes,
      charts: i === 0 ? ['pool-groups'] : undefined,
      wide: true,
    };
  });
}
