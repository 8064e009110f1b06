/**
 * The "Cost inputs" section of summary.md and report.html: each design's capex inputs (summary.json
 * `tco.inputs`) with the price used, its range, the source with page or the word "assumption", and how a
 * catalogue record became that price (cost year, escalation, exchange rate, each with its source).
 */
import type { CostInput, Summary } from '../sim/types/summary.js';
import { formatNumber } from './format.js';
import { markdownTable } from './section.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

/** `formatNumber` with two decimals below 100 (small per-kW prices stay readable), none above. */
const price = (x: number) => formatNumber(x, Math.abs(x) < 100 && x !== 0 ? 2 : 0);

function row(designId: string, i: CostInput, typedIn: string): string[] {
  const range = i.lowPrice !== undefined && i.highPrice !== undefined ? `${price(i.lowPrice)} – ${price(i.highPrice)}` : '–';
  const record = i.entry === undefined ? '–' : `${i.entry} (${i.tag})`;
  return [designId, i.line, `${price(i.price)} ${i.unit}`, range, i.source, record, i.basis ?? typedIn];
}

/** One row per design and capex line, in design order; empty when no design has recorded inputs. */
export function costInputRows(summary: Summary, lang: Lang = DEFAULT_LANG): string[][] {
  const { typedIn } = messages(lang).sections.costInputs;
  return summary.designs.flatMap((d) => (d.tco?.inputs ?? []).map((i) => row(d.id, i, typedIn)));
}

/** The Markdown section (with its heading), or '' when there are no inputs. */
export function costInputsMarkdown(summary: Summary, lang: Lang = DEFAULT_LANG): string {
  const rows = costInputRows(summary, lang);
  if (rows.length === 0) return '';
  const m = messages(lang).sections.costInputs;
  const table = markdownTable(m.header, rows, m.header.map((_, k) => (k === 2 || k === 3 ? 'r' : 'l')));
  return `\n## ${m.title}\n\n${table}\n\n${m.note}\n`;
}

/** The HTML section, or '' when there are no inputs; `escape` is the page's HTML escaper. */
export function costInputsHtml(summary: Summary, escape: (text: string) => string, lang: Lang = DEFAULT_LANG): string {
  const rows = costInputRows(summary, lang);
  if (rows.length === 0) return '';
  const m = messages(lang).sections.costInputs;
  const head = m.header.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
  return `<section id="cost-inputs">
<h2>${escape(m.title)}</h2>
<table class="kpi"><thead><tr>${head}</tr></thead>
<tbody>${body}</tbody></table>
<p>${escape(m.note)}</p>
</section>`;
}
