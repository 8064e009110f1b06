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
import { REPORT_CSS } from './htmlStyle.js';
import { kpiRows } from './kpi.js';
import { escapeHtml } from './escapeHtml.js';
import { decisionSections as sectionsOf } from './decisionSections.js';
import { sectionHtml } from './section.js';
import { costInputsHtml } from './costInputs.js';
import { sensitivityHtml } from './sensitivitySection.js';

export interface RenderedChart extends ChartEntry {
  svg: string;
}

export { escapeHtml };

/** JSON that can sit inside a `<script type="application/json">` element. */
const jsonInScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function header(run: ReportRun): string {
  const { summary } = run;
  const answer = answerOf(summary);
  const winner = escapeHtml(answer.winner);
  const headline = winner ? escapeHtml(answer.headline).replace(winner, `<span class="winner">${winner}</span>`) : escapeHtml(answer.headline);
  const facts = [`scenario ${summary.scenario}`, `weather ${summary.weather}`, `seed ${summary.seed}`, `${summary.simulatedHours} h simulated`];
  const overrides = summary.overrides ?? []; // absent in a summary.json from before overrides were recorded
  const set = overrides.length === 0 ? '' : `<p class="kicker" id="overrides">with ${overrides.map((o) => `<code>--set ${escapeHtml(o)}</code>`).join(' ')}</p>\n`;
  return `<header>
<p class="kicker">dctwin report · ${escapeHtml(facts.join(' · '))}</p>
${set}<h1 id="answer" data-winner="${winner}" data-basis="${answer.basis}">${headline}</h1>
<p class="why">${escapeHtml(answer.why)}</p>
</header>`;
}

function kpiTable(run: ReportRun): string {
  const winner = answerOf(run.summary).winner;
  const cls = (id: string) => (id === winner ? ' class="winner"' : '');
  const head = run.summary.designs
    .map((d) => `<th scope="col"${cls(d.id)} data-design="${escapeHtml(d.id)}">${escapeHtml(d.id)}<small>${escapeHtml(d.name)}</small></th>`)
    .join('');
  const rows = kpiRows(run.summary).map((row) => {
    const cells = row.cells.map((c) => {
      const value = c.value === undefined ? '' : ` data-value="${String(c.value)}"`;
      return `<td${cls(c.design)} data-design="${escapeHtml(c.design)}" data-key="${row.key}"${value}>${escapeHtml(c.text)}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(row.label)}</th>${cells.join('')}</tr>`;
  });
  const warnings = run.summary.warnings.length
    ? `<ul class="warnings">${run.summary.warnings.map((w) => `<li>warning: ${escapeHtml(w)}</li>`).join('')}</ul>`
    : '';
  return `<section id="kpis">
<h2>Key figures per design</h2>
<table class="kpi"><thead><tr><th scope="col">Indicator</th>${head}</tr></thead>
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
function chartSection(charts: RenderedChart[], shownInSections: Set<string>): string {
  const toc = charts.map((c) => `<a href="#chart-${c.name}">${escapeHtml(c.title)}</a>`).join('');
  const figures = charts.filter((c) => !shownInSections.has(c.name)).map(figureHtml);
  return `<section id="charts">
<h2>Charts</h2>
<nav class="toc">${toc}</nav>
${figures.join('\n')}
</section>`;
}

function inputsSection(run: ReportRun): string {
  const costSources = run.summary.designs
    .filter((d) => d.tco && Object.keys(d.tco.sources).length)
    .map((d) => `${d.id}:\n${Object.entries(d.tco!.sources).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`)
    .join('\n');
  const blocks = [
    [run.summary.overrides?.length ? 'Scenario (the file with the --set overrides applied)' : 'Scenario file', run.scenarioText],
    ['Weather, traces and other sources', run.sources],
    ['Cost inputs and their sources', costSources || undefined],
  ]
    .filter(([, text]) => text)
    .map(([title, text]) => `<h3>${escapeHtml(title!)}</h3>\n<pre>${escapeHtml(text!)}</pre>`);
  return `<section id="inputs">
<h2>Inputs and sources</h2>
${blocks.join('\n') || '<p>No scenario text or sources were recorded with this run.</p>'}
</section>`;
}

/** The decision after the KPIs, one section per line (the same sections as summary.md), each with its charts. */
function decisionSections(run: ReportRun, charts: RenderedChart[]): string {
  const figures = (names: string[] = []) => charts.filter((c) => names.includes(c.name)).map(figureHtml).join('\n');
  return sectionsOf(run.summary).map((s) => sectionHtml(s, figures(s.charts))).join('\n');
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

/** The whole page. `bundles` are vega, vega-lite and vega-embed (see bundles.ts); empty = static charts only. */
export function reportHtml(run: ReportRun, charts: RenderedChart[], bundles: string[]): string {
  const specs = Object.fromEntries(charts.map((c) => [c.name, c.spec]));
  const shownInSections = new Set<string>(sectionsOf(run.summary).flatMap((s) => s.charts ?? []).filter((name) => charts.some((c) => c.name === name)));
  const scripts = bundles.length
    ? [...bundles, UPGRADE_SCRIPT].map((code) => `<script>${scriptSafe(code)}</script>`).join('\n')
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`dctwin: ${run.summary.scenario}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${header(run)}
${kpiTable(run)}
${decisionSections(run, charts)}
${sensitivityHtml(run.summary, escapeHtml)}${chartSection(charts, shownInSections)}
${costInputsHtml(run.summary, escapeHtml)}
${inputsSection(run)}
<script type="application/json" id="chart-specs">${jsonInScript(specs)}</script>
${scripts}
</body>
</html>
`;
}
