/**
 * The "Cost inputs" section of summary.md and report.html: each design's capex inputs (summary.json
 * `tco.inputs`) with the price used, its range, the source with page or the word "assumption", and how a
 * catalogue record became that price (cost year, escalation, exchange rate, each with its source).
 */
import type { CostInput, Summary } from '../sim/types/summary.js';
import { formatNumber } from './format.js';
import { markdownTable } from './section.js';

const HEADER = ['Design', 'Line', 'Price', 'Range (default uncertainty)', 'Source', 'Record', 'How the price was obtained'];

/** `formatNumber` with two decimals below 100 (small per-kW prices stay readable), none above. */
const price = (x: number) => formatNumber(x, Math.abs(x) < 100 && x !== 0 ? 2 : 0);

function row(designId: string, i: CostInput): string[] {
  const range = i.lowPrice !== undefined && i.highPrice !== undefined ? `${price(i.lowPrice)} – ${price(i.highPrice)}` : '–';
  const record = i.entry === undefined ? '–' : `${i.entry} (${i.tag})`;
  return [designId, i.line, `${price(i.price)} ${i.unit}`, range, i.source, record, i.basis ?? 'typed in the scenario'];
}

/** One row per design and capex line, in design order; empty when no design has recorded inputs. */
export function costInputRows(summary: Summary): string[][] {
  return summary.designs.flatMap((d) => (d.tco?.inputs ?? []).map((i) => row(d.id, i)));
}

const NOTE = 'Tags: P primary source, S secondary, U assumption (no published figure; the reasoning is in the source column). '
  + 'Ranges are the records\' low–high after the same conversion; `dctwin run --samples N` draws each as triangular [low, price, high] unless the scenario says otherwise.';

/** The Markdown section (with its heading), or '' when there are no inputs. */
export function costInputsMarkdown(summary: Summary): string {
  const rows = costInputRows(summary);
  if (rows.length === 0) return '';
  const table = markdownTable(HEADER, rows, HEADER.map((_, k) => (k === 2 || k === 3 ? 'r' : 'l')));
  return `\n## Cost inputs\n\n${table}\n\n${NOTE}\n`;
}

/** The HTML section, or '' when there are no inputs; `escape` is the page's HTML escaper. */
export function costInputsHtml(summary: Summary, escape: (text: string) => string): string {
  const rows = costInputRows(summary);
  if (rows.length === 0) return '';
  const head = HEADER.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
  return `<section id="cost-inputs">
<h2>Cost inputs</h2>
<table class="kpi"><thead><tr>${head}</tr></thead>
<tbody>${body}</tbody></table>
<p>${escape(NOTE)}</p>
</section>`;
}
