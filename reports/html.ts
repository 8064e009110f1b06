/**
 * report.html: one self-contained page that opens with the answer (which
 * design, and why), then the KPI table, the decision (TCO by line, payback,
 * uncertainty, capacity, money defaults), the charts and the inputs. No network:
 * each chart is an SVG rendered at build time (readable offline, in print and
 * without scripts); the inlined vega bundles then upgrade every chart to an
 * interactive one (tooltips) from its inlined spec. KPI cells carry
 * `data-design`, `data-key` and `data-value` (the raw summary.json number).
 */
import type { ChartEntry } from './charts/index.js';
import type { ReportRun } from './run.js';
import { answerOf } from './answer.js';
import { scriptSafe } from './bundles.js';
import { reportCss } from './htmlStyle.js';
import { kpiRows } from './kpi.js';
import { escapeHtml } from './escapeHtml.js';
import { decisionSections as sectionsOf } from './decisionSections.js';
import { sectionHtml } from './section.js';
import { costInputsHtml } from './costInputs.js';
import { sensitivityHtml } from './sensitivitySection.js';
import { gb40879Section } from './gb40879.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

export interface RenderedChart extends ChartEntry {
  svg: string;
}

export { escapeHtml };

/** JSON that can sit inside a `<script type="application/json">` element. */
const jsonInScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function header(run: ReportRun, lang: Lang): string {
  const { summary } = run;
  const m = messages(lang).report;
  const answer = answerOf(summary, lang);
  const winner = escapeHtml(answer.winner);
  const headline = winner ? escapeHtml(answer.headline).replace(winner, `<span class="winner">${winner}</span>`) : escapeHtml(answer.headline);
  const overrides = summary.overrides ?? []; // absent in a summary.json from before overrides were recorded
  const set = overrides.length === 0 ? '' : `<p class="kicker" id="overrides">${m.withOverrides} ${overrides.map((o) => `<code>--set ${escapeHtml(o)}</code>`).join(' ')}</p>\n`;
  return `<header>
<p class="kicker">${escapeHtml(m.kicker(summary.scenario, summary.weather, String(summary.seed), String(summary.simulatedHours)))}</p>
${set}<h1 id="answer" data-winner="${winner}" data-basis="${answer.basis}">${headline}</h1>
<p class="why">${escapeHtml(answer.why)}</p>
</header>`;
}

function kpiTable(run: ReportRun, lang: Lang): string {
  const m = messages(lang).report;
  const winner = answerOf(run.summary, lang).winner;
  const cls = (id: string) => (id === winner ? ' class="winner"' : '');
  const head = run.summary.designs
    .map((d) => `<th scope="col"${cls(d.id)} data-design="${escapeHtml(d.id)}">${escapeHtml(d.id)}<small>${escapeHtml(d.name)}</small></th>`)
    .join('');
  const rows = kpiRows(run.summary, lang).map((row) => {
    const cells = row.cells.map((c) => {
      const value = c.value === undefined ? '' : ` data-value="${String(c.value)}"`;
      return `<td${cls(c.design)} data-design="${escapeHtml(c.design)}" data-key="${row.key}"${value}>${escapeHtml(c.text)}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(row.label)}</th>${cells.join('')}</tr>`;
  });
  const warnings = run.summary.warnings.length
    ? `<ul class="warnings">${run.summary.warnings.map((w) => `<li>${escapeHtml(m.warning(w))}</li>`).join('')}</ul>`
    : '';
  return `<section id="kpis">
<h2>${escapeHtml(m.kpisTitle)}</h2>
<table class="kpi"><thead><tr><th scope="col">${escapeHtml(m.indicator)}</th>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${warnings}
</section>`;
}

function figureHtml(c: RenderedChart): string {
  const description = typeof c.spec.description === 'string' ? c.spec.description : c.title;
  return `<figure class="chart" id="chart-${c.name}" data-chart="${c.name}">
<div class="chart-body">${c.svg}</div>
<figcaption>${escapeHtml(description)}</figcaption>
</figure>`;
}

/** Every chart in the table of contents; figures here for those no decision section shows. */
function chartSection(charts: RenderedChart[], shownInSections: Set<string>, lang: Lang): string {
  const toc = charts.map((c) => `<a href="#chart-${c.name}">${escapeHtml(c.title)}</a>`).join('');
  const figures = charts.filter((c) => !shownInSections.has(c.name)).map(figureHtml);
  return `<section id="charts">
<h2>${escapeHtml(messages(lang).report.chartsTitle)}</h2>
<nav class="toc">${toc}</nav>
${figures.join('\n')}
</section>`;
}

function inputsSection(run: ReportRun, lang: Lang): string {
  const m = messages(lang).report;
  const costSources = run.summary.designs
    .filter((d) => d.tco && Object.keys(d.tco.sources).length)
    .map((d) => `${d.id}:\n${Object.entries(d.tco!.sources).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`)
    .join('\n');
  const blocks = [
    [run.summary.overrides?.length ? m.scenarioWithOverrides : m.scenarioFile, run.scenarioText],
    [m.sources, run.sources],
    [m.costSources, costSources || undefined],
  ]
    .filter(([, text]) => text)
    .map(([title, text]) => `<h3>${escapeHtml(title!)}</h3>\n<pre>${escapeHtml(text!)}</pre>`);
  return `<section id="inputs">
<h2>${escapeHtml(m.inputsTitle)}</h2>
${blocks.join('\n') || `<p>${escapeHtml(m.noInputs)}</p>`}
</section>`;
}

/** The decision after the KPIs, one section per line (the same sections as summary.md), each with its charts. */
function decisionSections(run: ReportRun, charts: RenderedChart[], lang: Lang): string {
  const figures = (names: string[] = []) => charts.filter((c) => names.includes(c.name)).map(figureHtml).join('\n');
  return sectionsOf(run.summary, lang).map((s) => sectionHtml(s, figures(s.charts))).join('\n');
}

/** Where GB 40879-2021's grades apply, right under the PUE figures. */
function gb40879Html(run: ReportRun, lang: Lang): string {
  const section = gb40879Section(run.summary, lang);
  return section ? `${sectionHtml(section)}\n` : '';
}

/** Upgrades each static chart to an interactive vega-embed view; keeps the static SVG if that fails. */
const UPGRADE_SCRIPT = `(function () {
  if (typeof vegaEmbed !== 'function') return;
  var specs = JSON.parse(document.getElementById('chart-specs').textContent);
  document.querySelectorAll('figure.chart').forEach(function (figure) {
    var spec = specs[figure.getAttribute('data-chart')];
    if (!spec) return;
    var target = document.createElement('div');
    vegaEmbed(target, spec, { actions: false, renderer: 'svg' }).then(function () {
      var body = figure.querySelector('.chart-body');
      body.replaceChildren(target);
      figure.classList.add('interactive');
    }, function (err) { console.warn('chart ' + figure.id + ' stays static: ' + err); });
  });
})();`;

/**
 * The whole page in `lang` (charts are built in the same language). `bundles` are vega, vega-lite and vega-embed
 * (see bundles.ts); empty = static charts only.
 */
export function reportHtml(run: ReportRun, charts: RenderedChart[], bundles: string[], lang: Lang = DEFAULT_LANG): string {
  const specs = Object.fromEntries(charts.map((c) => [c.name, c.spec]));
  const shownInSections = new Set<string>(sectionsOf(run.summary, lang).flatMap((s) => s.charts ?? []).filter((name) => charts.some((c) => c.name === name)));
  const scripts = bundles.length
    ? [...bundles, UPGRADE_SCRIPT].map((code) => `<script>${scriptSafe(code)}</script>`).join('\n')
    : '';
  return `<!doctype html>
<html lang="${messages(lang).htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(messages(lang).report.title(run.summary.scenario))}</title>
<style>${reportCss(messages(lang).report.best)}</style>
</head>
<body>
${header(run, lang)}
${kpiTable(run, lang)}
${gb40879Html(run, lang)}${decisionSections(run, charts, lang)}
${sensitivityHtml(run.summary, escapeHtml, lang)}${chartSection(charts, shownInSections, lang)}
${costInputsHtml(run.summary, escapeHtml, lang)}
${inputsSection(run, lang)}
<script type="application/json" id="chart-specs">${jsonInScript(specs)}</script>
${scripts}
</body>
</html>
`;
}
