/**
 * Payback of the capex premium for summary.md and report.html: one sentence per
 * design after the first, naming the design that costs more to build (the same
 * lines as the terminal, payback.ts), with the simple and discounted years.
 */
import type { Summary } from '../sim/types/summary.js';
import { paybackLines } from './payback.js';
import type { ReportSection } from './section.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

export function paybackSection(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection | undefined {
  const m = messages(lang).sections.payback;
  const lines = paybackLines(summary, lang);
  if (lines.length === 0) return undefined;
  const t = summary.designs[0].tco!;
  return {
    id: 'payback',
    title: m.title,
    header: [],
    rows: [],
    notes: [
      ...lines.map((l) => `- ${l}`),
      m.note(String(+(t.discountRate * 100).toFixed(4)), String(t.horizonYears)),
    ],
  };
}
