/**
 * report.html of `dctwin compare`: the side-by-side KPI table (the terminal's
 * rows), a PUE and a TCO bar chart (one group of bars per scenario, one bar
 * per design), and each scenario's inputs: file, weather, seed, simulated
 * hours, the scenario text and the sources of its data. TCO is charted only
 * when every column is in one currency. One offline file, no scripts. Words
 * in `lang` (i18n/enStudies.ts `compare`); `<html lang>` follows it.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { SweepChartData } from './sweepChartData.js';
import { sweepStudyChart } from './charts/sweepStudy.js';
import { renderSvg } from './render.js';
import { escapeHtml } from './escapeHtml.js';
import { reportCss } from './htmlStyle.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

export interface CompareReportInput {
  /** The KPI table: header (first cell empty) and rows of display text, as the terminal prints them. */
  table: { header: string[]; rows: string[][] };
  /** One entry per scenario/design column. */
  columns: { scenario: string; design: string; currency: string | null; pue: number; tcoTotal: number | null }[];
  scenarios: { label: string; file: string; weather: string; seed: number; simulatedHours: number; scenarioText: string; sources?: string }[];
}

/** A bar chart of one KPI: scenarios on x, designs side by side. */
function barData(input: CompareReportInput, xTitle: string, value: (c: CompareReportInput['columns'][number]) => number | null): SweepChartData | undefined {
  const rows = input.columns.flatMap((c) => {
    const v = value(c);
    return v === null || !Number.isFinite(v) ? [] : [{ x: c.scenario, series: c.design, value: v }];
  });
  if (rows.length === 0) return undefined;
  return { mark: 'bar', x: { title: xTitle, categories: [...new Set(rows.map((r) => r.x))] }, fixed: [], series: [...new Set(rows.map((r) => r.series))], rows };
}

export function compareSpecs(input: CompareReportInput, lang: Lang = DEFAULT_LANG): TopLevelSpec[] {
  const m = messages(lang).studies.compare;
  const specs: TopLevelSpec[] = [];
  const subtitle = m.chartSubtitle;
  const pue = barData(input, m.scenarioAxis, (c) => c.pue);
  if (pue) specs.push(sweepStudyChart(pue, m.pueAxis, { title: m.pueTitle, subtitle }, lang));
  const currencies = new Set(input.columns.map((c) => c.currency));
  const [currency] = currencies;
  const tco = currencies.size === 1 && currency !== null ? barData(input, m.scenarioAxis, (c) => c.tcoTotal) : undefined;
  if (tco) specs.push(sweepStudyChart(tco, m.tcoAxis(currency ?? ''), { title: m.tcoTitle, subtitle }, lang));
  return specs;
}

const htmlTable = ({ header, rows }: CompareReportInput['table']) =>
  `<div class="wide"><table class="kpi"><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n` +
  rows.map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n') +
  '\n</tbody></table></div>';

function inputsSection(scenarios: CompareReportInput['scenarios'], lang: Lang): string {
  const m = messages(lang).studies.compare;
  const shownSources = new Set<string>();
  return scenarios
    .map((s) => {
      const sources = s.sources !== undefined && !shownSources.has(s.sources) ? (shownSources.add(s.sources), s.sources) : undefined;
      return `<h3>${escapeHtml(s.label)}</h3>
<p class="note">${escapeHtml(m.inputLine(s.file, s.weather, String(s.simulatedHours), String(s.seed)))}</p>
<details><summary>${escapeHtml(m.scenarioFile)}</summary><pre>${escapeHtml(s.scenarioText)}</pre></details>
${sources === undefined ? '' : `<details><summary>${escapeHtml(m.sources)}</summary><pre>${escapeHtml(sources)}</pre></details>`}`;
    })
    .join('\n');
}

export async function compareReportHtml(input: CompareReportInput, lang: Lang = DEFAULT_LANG): Promise<string> {
  const m = messages(lang).studies.compare;
  const svgs: string[] = [];
  for (const [i, spec] of compareSpecs(input, lang).entries()) svgs.push(await renderSvg(spec, { idPrefix: `compare${i}` }));
  const names = input.scenarios.map((s) => s.label).join(', ');
  return `<!doctype html>
<html lang="${messages(lang).htmlLang}"><head><meta charset="utf-8"><title>${escapeHtml(m.htmlTitle(names))}</title>
<style>${reportCss()}
.wide { max-width: 100%; overflow-x: auto; } pre { white-space: pre-wrap; font-size: 12px; }</style>
</head><body>
<h1>${escapeHtml(m.title(names))}</h1>
<h2>${escapeHtml(m.keyFigures)}</h2>
${htmlTable(input.table)}
${svgs.map((s) => `<figure class="chart"><div class="chart-body">${s}</div></figure>`).join('\n')}
<h2>${escapeHtml(m.inputs)}</h2>
${inputsSection(input.scenarios, lang)}
</body></html>
`;
}
