/**
 * Payback of the capex premium for summary.md and report.html: one sentence per
 * design after the first, naming the design that costs more to build (the same
 * lines as the terminal, payback.ts), with the simple and discounted years.
 */
import type { Summary } from '../sim/types/summary.js';
import { paybackLines } from './payback.js';
import type { ReportSection } from './section.js';

export function paybackSection(summary: Summary): ReportSection | undefined {
  const lines = paybackLines(summary);
  if (lines.length === 0) return undefined;
  const t = summary.designs[0].tco!;
  return {
    id: 'payback',
    title: 'Payback of the capex premium',
    header: [],
    rows: [],
    notes: [
      ...lines.map((l) => `- ${l}`),
      `Simple payback: years until the cumulative opex saving covers the capex premium; discounted: the same with each year's saving discounted at ${+(t.discountRate * 100).toFixed(4)} %, within the ${t.horizonYears}-year horizon.`,
    ],
  };
}
