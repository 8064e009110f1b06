/**
 * The money defaults a run applied, for summary.md and report.html
 * (summary.json designs[i].tco.assumptions): each input the scenario left out,
 * the value used, its source, and the designs it applies to, so no default
 * (a discount rate stated for another country, a 5-year horizon) is silent.
 */
import type { MoneyAssumption, Summary } from '../sim/types/summary.js';
import { formatNumber } from './format.js';
import type { ReportSection } from './section.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

/** The value with its unit (`unit` words the unit in the report's language). */
const valueText = (a: MoneyAssumption, unit: (u: string) => string): string =>
  a.unit.startsWith('fraction') ? `${formatNumber(a.value * 100, 1)} %${unit(a.unit.replace('fraction', ''))}` : `${formatNumber(a.value, 2).replace(/\.00$/, '')} ${unit(a.unit)}`;

export function assumptionsSection(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection | undefined {
  const m = messages(lang).sections.assumptions;
  if (!summary.designs.some((d) => d.tco)) return undefined;
  // One row per (input, value, source), naming the designs that took it.
  const rows = new Map<string, { a: MoneyAssumption; designs: string[] }>();
  for (const d of summary.designs) {
    for (const a of d.tco?.assumptions ?? []) {
      const key = JSON.stringify([a.input, a.value, a.unit, a.source]);
      const r = rows.get(key) ?? { a, designs: [] };
      r.designs.push(d.id);
      rows.set(key, r);
    }
  }
  const title = m.title;
  if (rows.size === 0) {
    const recorded = summary.designs.every((d) => !d.tco || d.tco.assumptions);
    return { id: 'money-defaults', title, header: [], rows: [], notes: [recorded ? m.none : m.notRecorded] };
  }
  const all = summary.designs.filter((d) => d.tco).length;
  return {
    id: 'money-defaults',
    title,
    header: m.header,
    rows: [...rows.values()].map(({ a, designs }) => ({
      label: a.input, key: `tco.assumptions.${a.input}`,
      cells: [{ text: valueText(a, m.unit), value: a.value }, { text: a.source }, { text: designs.length === all ? m.all : designs.join(', ') }],
    })),
    notes: [m.note],
  };
}
