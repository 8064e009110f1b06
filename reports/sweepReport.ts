/**
 * report.html of a complete sweep: for the first numeric axis, PUE and TCO of
 * every design against that parameter (the sweep chart, one line per design),
 * then every case as a table. One offline file: SVG rendered at build time, no
 * scripts, no network.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { SweepData } from './run.js';
import { sweepChart } from './charts/sweep.js';
import { renderSvg } from './render.js';
import { escapeHtml } from './html.js';

export interface SweepReportInput {
  scenario: string;
  /** Axis columns in flag order and the case rows, as in sweep.csv (`<design>.<kpi>` columns). */
  axes: string[];
  rows: Record<string, string | number | null>[];
}

const KPIS: [string, string][] = [['pue', 'Annual PUE'], ['tcoTotal', 'TCO (present value)']];

/** Long rows (one per case and design) of one numeric axis, for the sweep chart. */
export function sweepSeries(input: SweepReportInput, axis: string, kpi: string): SweepData | undefined {
  const designs = [...new Set(Object.keys(input.rows[0] ?? {}).filter((c) => c.endsWith('.pue')).map((c) => c.slice(0, -4)))];
  const rows: Record<string, string | number>[] = [];
  for (const r of input.rows) {
    const text = String(r[axis] ?? '');
    const x = /^\s*[-+]?(\d|\.\d)/.test(text) ? Number.parseFloat(text) : Number.NaN;
    if (!Number.isFinite(x)) return undefined;
    for (const d of designs) {
      const y = r[`${d}.${kpi}`];
      // Plain field names: Vega-Lite reads dots in a field name as nested access.
      if (typeof y === 'number') rows.push({ design: d, parameter: x, value: y });
    }
  }
  if (rows.length === 0) return undefined;
  const title = KPIS.find(([k]) => k === kpi)?.[1] ?? kpi;
  return { rows, x: { field: 'parameter', title: axis }, y: { field: 'value', title } };
}

export async function sweepReportHtml(input: SweepReportInput): Promise<string> {
  const specs: TopLevelSpec[] = [];
  const axis = input.axes.find((a) => sweepSeries(input, a, 'pue') !== undefined);
  if (axis !== undefined) {
    for (const [kpi] of KPIS) {
      const data = sweepSeries(input, axis, kpi);
      if (data) specs.push(sweepChart(data));
    }
  }
  const svgs: string[] = [];
  for (const [i, spec] of specs.entries()) svgs.push(await renderSvg(spec, { idPrefix: `sweep${i}` }));
  const columns = Object.keys(input.rows[0] ?? {});
  const cell = (v: string | number | null | undefined) => escapeHtml(v === null || v === undefined ? '' : typeof v === 'number' ? String(Number(v.toPrecision(6))) : v);
  const table = `<table><thead><tr>${columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${input.rows
    .map((r) => `<tr>${columns.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`)
    .join('\n')}</tbody></table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dctwin sweep · ${escapeHtml(input.scenario)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1b1f24}table{border-collapse:collapse;font-size:12px}th,td{padding:2px 6px;border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child{text-align:left}.chart{margin:1rem 0}</style>
</head><body>
<h1>Sweep of ${escapeHtml(input.scenario)}: ${input.rows.length} cases over ${escapeHtml(input.axes.join(', '))}</h1>
${svgs.map((s) => `<div class="chart">${s}</div>`).join('\n')}
<h2>Every case</h2>
${table}
</body></html>
`;
}
