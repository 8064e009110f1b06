/**
 * report.html of a complete sweep: PUE, TCO and WUE (and, for an XPU pool, effective compute and mean wait) against the sweep's
 * first numeric axis, one line per design at fixed values of the other axes
 * (or grouped bars over a text axis; sweepChartData.ts decides), then the
 * cases as a table in a scroll box, its headers the tidy column names with
 * their units. One offline file: SVG rendered at build time, no scripts, no
 * network. Words in `lang` (i18n/enStudies.ts `sweep`), `<html lang>` too; the
 * case table's headers are sweep.csv's column names in every language.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { SweepCell, SweepTable } from '../sim/types/sweep.js';
import { sweepChartData } from './sweepChartData.js';
import { sweepStudyChart, sweepSubtitle } from './charts/sweepStudy.js';
import { renderSvg } from './render.js';
import { escapeHtml } from './html.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

/** Rows the HTML table shows; sweep.csv holds all. */
export const TABLE_ROWS = 2000;

const MONEY = new Set(['tcoTotal_currency', 'capex_currency', 'opex_currency', 'tcoSavingsVsFirst_currency']);

/** The KPI columns charted, with their axis titles (TCO only when every row has one currency; the XPU pool's when the sweep has them). */
function chartedKpis(table: SweepTable, lang: Lang): [string, string][] {
  const m = messages(lang).studies.sweep;
  const pool = messages(lang).pool.sweep;
  const has = (name: string) => table.columns.some((c) => c.name === name);
  const currencies = [...new Set(table.rows.map((r) => r.currency).filter((c) => typeof c === 'string'))];
  return [
    ['pue', m.pueAxis],
    ...(currencies.length === 1 ? [['tcoTotal_currency', m.tcoAxis(String(currencies[0]))] as [string, string]] : []),
    ['wue_L_per_kWh', m.wueAxis],
    ...(has('effectiveCompute_fraction') ? [['effectiveCompute_fraction', pool.effectiveCompute] as [string, string]] : []),
    ...(has('meanWait_h') ? [['meanWait_h', pool.meanWait] as [string, string]] : []),
  ];
}

export function sweepSpecs(table: SweepTable, lang: Lang = DEFAULT_LANG): TopLevelSpec[] {
  const specs: TopLevelSpec[] = [];
  for (const [kpi, title] of chartedKpis(table, lang)) {
    const data = sweepChartData(table, kpi);
    if (data !== undefined) specs.push(sweepStudyChart(data, title, { subtitle: sweepSubtitle(data, table.grid.cases, lang), ratioFloor: kpi === 'pue' }, lang));
  }
  return specs;
}

const cellHtml = (v: SweepCell | undefined) => escapeHtml(v === null || v === undefined ? '' : typeof v === 'number' ? String(Number(v.toPrecision(6))) : v);

function caseTable(table: SweepTable, lang: Lang): string {
  const currencies = [...new Set(table.rows.map((r) => r.currency).filter((c) => typeof c === 'string'))];
  const head = (name: string) => (MONEY.has(name) && currencies.length === 1 ? name.replace(/_currency$/, `_${currencies[0]}`) : name);
  const shown = table.rows.slice(0, TABLE_ROWS);
  const more = table.rows.length > shown.length ? `<p>${escapeHtml(messages(lang).studies.sweep.firstRows(String(TABLE_ROWS), String(table.rows.length)))}</p>\n` : '';
  return `${more}<div class="cases"><table><thead><tr>${table.columns.map((c) => `<th>${escapeHtml(head(c.name))}</th>`).join('')}</tr></thead><tbody>
${shown.map((r) => `<tr>${table.columns.map((c) => `<td>${cellHtml(r[c.name])}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>`;
}

/** The table scrolls inside its box (both ways, headers stay on top); long names wrap instead of widening the page. */
const STYLE =
  'body{font:14px system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1f24}' +
  '.cases{max-width:100%;max-height:70vh;overflow:auto;border:1px solid #ddd}' +
  'table{border-collapse:collapse;font-size:12px}' +
  'th{position:sticky;top:0;background:#f6f8fa;vertical-align:bottom;min-width:4em;max-width:11em;overflow-wrap:anywhere}' +
  'th,td{padding:2px 6px;border-bottom:1px solid #ddd;text-align:right}td{white-space:nowrap}' +
  'th:first-child,td:first-child{text-align:left}.chart{margin:1rem 0;max-width:100%;overflow-x:auto}' +
  '@media print{.cases{max-height:none;overflow:visible}th{position:static}}';

export async function sweepReportHtml(table: SweepTable, lang: Lang = DEFAULT_LANG): Promise<string> {
  const m = messages(lang).studies.sweep;
  const svgs: string[] = [];
  for (const [i, spec] of sweepSpecs(table, lang).entries()) svgs.push(await renderSvg(spec, { idPrefix: `sweep${i}` }));
  const { grid } = table;
  const axes = grid.axes.map((a) => `${a.path} = ${a.values.join(', ')}`);
  return `<!doctype html>
<html lang="${messages(lang).htmlLang}"><head><meta charset="utf-8"><title>${escapeHtml(m.title(grid.scenario))}</title>
<style>${STYLE}</style>
</head><body>
<h1>${escapeHtml(m.heading(grid.scenario, String(grid.cases)))}</h1>
<p>${escapeHtml(m.fileLine(grid.file, grid.scenarioSha256.slice(0, 12), grid.seed === undefined || grid.seed === null ? m.seedFromScenario : String(grid.seed), grid.generator))}</p>
<ul>${axes.map((a) => `<li><code>${escapeHtml(a)}</code></li>`).join('')}</ul>
${svgs.map((s) => `<div class="chart">${s}</div>`).join('\n')}
<h2>${escapeHtml(m.casesTitle)}</h2>
${caseTable(table, lang)}
</body></html>
`;
}
