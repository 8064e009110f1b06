/**
 * The money defaults a run applied, for summary.md and report.html
 * (summary.json designs[i].tco.assumptions): each input the scenario left out,
 * the value used, its source, and the designs it applies to, so no default
 * (a discount rate stated for another country, a 5-year horizon) is silent.
 */
import type { MoneyAssumption, Summary } from '../sim/types/summary.js';
import { formatNumber } from './format.js';
import type { ReportSection } from './section.js';

const valueText = (a: MoneyAssumption): string =>
  a.unit.startsWith('fraction') ? `${formatNumber(a.value * 100, 1)} %${a.unit.replace('fraction', '')}` : `${formatNumber(a.value, 2).replace(/\.00$/, '')} ${a.unit}`;

export function assumptionsSection(summary: Summary): ReportSection | undefined {
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
  const title = 'Money defaults applied';
  if (rows.size === 0) {
    const recorded = summary.designs.every((d) => !d.tco || d.tco.assumptions);
    return { id: 'money-defaults', title, header: [], rows: [], notes: [recorded ? 'None: the scenario states every money input.' : 'Not recorded in this summary.json (written before dctwin stated its money defaults).'] };
  }
  const all = summary.designs.filter((d) => d.tco).length;
  return {
    id: 'money-defaults',
    title,
    header: ['Input (under designs[i])', 'Value used', 'Source', 'Designs'],
    rows: [...rows.values()].map(({ a, designs }) => ({
      label: a.input, key: `tco.assumptions.${a.input}`,
      cells: [{ text: valueText(a), value: a.value }, { text: a.source }, { text: designs.length === all ? 'all' : designs.join(', ') }],
    })),
    notes: ['Each of these was not given in the scenario; set it under the design\'s `costs:` to replace the default.'],
  };
}
