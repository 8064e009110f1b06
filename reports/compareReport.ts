/**
 * report.html of `dctwin compare`: the side-by-side KPI table (the terminal's
 * rows), a PUE and a TCO bar chart (one group of bars per scenario, one bar
 * per design), and each scenario's inputs: file, weather, seed, simulated
 * hours, the scenario text and the sources of its data. TCO is charted only
 * when every column is in one currency. One offline file, no scripts.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { SweepChartData } from './sweepChartData.js';
import { sweepStudyChart } from './charts/sweepStudy.js';
import { renderSvg } from './render.js';
import { escapeHtml } from './escapeHtml.js';
import { reportCss } from './htmlStyle.js';

export interface CompareReportInput {
  /** The KPI table: header (first cell empty) and rows of display text, as the terminal prints them. */
  table: { header: string[]; rows: string[][] };
  /** One entry per scenario/design column. */
  columns: { scenario: string; design: string; currency: string | null; pue: number; tcoTotal: number | null }[];
  scenarios: { label: string; file: string; weather: string; seed: number; simulatedHours: number; scenarioText: string; sources?: string }[];
}

/** A bar chart of one KPI: scenarios on x, designs side by side. */
function barData(input: CompareReportInput, value: (c: CompareReportInput['columns'][number]) => number | null): SweepChartData | undefined {
  const rows = input.columns.flatMap((c) => {
    const v = value(c);
    return v === null || !Number.isFinite(v) ? [] : [{ x: c.scenario, series: c.design, value: v }];
  });
  if (rows.length === 0) return undefined;
  return { mark: 'bar', x: { title: 'scenario', categories: [...new Set(rows.map((r) => r.x))] }, fixed: [], series: [...new Set(rows.map((r) => r.series))], rows };
}

export function compareSpecs(input: CompareReportInput): TopLevelSpec[] {
  const specs: TopLevelSpec[] = [];
  const subtitle = 'Each bar: one design of one scenario file, simulated on that file\'s own weather and seed.';
  const pue = barData(input, (c) => c.pue);
  if (pue) specs.push(sweepStudyChart(pue, 'Annual PUE', { title: 'Compare: annual PUE by scenario and design', subtitle }));
  const currencies = new Set(input.columns.map((c) => c.currency));
  const [currency] = currencies;
  const tco = currencies.size === 1 && currency !== null ? barData(input, (c) => c.tcoTotal) : undefined;
  if (tco) specs.push(sweepStudyChart(tco, `TCO, present value (${currency})`, { title: 'Compare: TCO by scenario and design', subtitle }));
  return specs;
}

const htmlTable = ({ header, rows }: CompareReportInput['table']) =>
  `<div class="wide"><table class="kpi"><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n` +
  rows.map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n') +
  '\n</tbody></table></div>';

function inputsSection(scenarios: CompareReportInput['scenarios']): string {
  const shownSources = new Set<string>();
  return scenarios
    .map((s) => {
      const sources = s.sources !== undefined && !shownSources.has(s.sources) ? (shownSources.add(s.sources), s.sources) : undefined;
      return `<h3>${escapeHtml(s.label)}</h3>
<p class="note">${escapeHtml(s.file)}: weather ${escapeHtml(s.weather)}, ${s.simulatedHours} h simulated, seed ${s.seed}.</p>
<details><summary>Scenario file</summary><pre>${escapeHtml(s.scenarioText)}</pre></details>
${sources === undefined ? '' : `<details><summary>Sources of its data</summary><pre>${escapeHtml(sources)}</pre></details>`}`;
    })
    .join('\n');
}

export async function compareReportHtml(input: CompareReportInput): Promise<string> {
  const svgs: string[] = [];
  for (const [i, spec] of compareSpecs(input).entries()) svgs.push(await renderSvg(spec, { idPrefix: `compare${i}` }));
  const names = input.scenarios.map((s) => s.label).join(', ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dctwin compare · ${escapeHtml(names)}</title>
<style>${reportCss()}
.wide { max-width: 100%; overflow-x: auto; } pre { white-space: pre-wrap; font-size: 12px; }</style>
</head><body>
<h1>Compare: ${escapeHtml(names)}</h1>
<h2>Key figures</h2>
${htmlTable(input.table)}
${svgs.map((s) => `<figure class="chart"><div class="chart-body">${s}</div></figure>`).join('\n')}
<h2>Inputs</h2>
${inputsSection(input.scenarios)}
</body></html>
`;
}
