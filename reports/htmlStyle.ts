/**
 * The stylesheet of report.html: readable on screen, compact in print (A4,
 * charts never split across pages, the winner's column highlighted in both).
 */
/** The stylesheet; `best` is the word after the winner's column head, in the report's language (CSS `content` string). */
export const reportCss = (best = 'best'): string => `
:root { --ink: #1d2430; --muted: #5b6472; --line: #d8dde5; --win: #e8f4ea; --win-ink: #1e6b34; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 980px; padding: 24px 28px 48px; color: var(--ink);
  font: 15px/1.5 Helvetica, Arial, sans-serif; background: #fff; }
header .kicker { margin: 0; color: var(--muted); font-size: 13px; letter-spacing: .02em; }
h1#answer { font-size: 26px; line-height: 1.3; margin: 6px 0 10px; }
h1#answer .winner { color: var(--win-ink); }
p.why { font-size: 17px; margin: 0 0 18px; max-width: 60em; }
h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
table.kpi { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
table.kpi th, table.kpi td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: right; }
table.kpi th:first-child { text-align: left; font-weight: normal; color: var(--muted); }
table.kpi thead th { font-weight: bold; color: var(--ink); vertical-align: bottom; }
table.kpi thead th small { display: block; font-weight: normal; color: var(--muted); }
table.kpi .winner { background: var(--win); }
table.kpi thead th.winner::after { content: ' ✓ ${best}'; color: var(--win-ink); font-size: 12px; }
table.kpi td.text { text-align: left; }
table.kpi tr.total th, table.kpi tr.total td { font-weight: bold; color: var(--ink); }
div.table-scroll { overflow-x: auto; max-width: 100%; }
div.table-scroll table.kpi { font-size: 13px; }
div.table-scroll table.kpi th, div.table-scroll table.kpi td { padding: 4px 7px; white-space: nowrap; }
p.lead { font-size: 16px; margin: 0 0 12px; max-width: 60em; }
p.note { font-size: 13px; color: var(--muted); margin: 6px 0; max-width: 60em; }
ul.warnings { color: #8a4b00; font-size: 13px; }
nav.toc { font-size: 13px; color: var(--muted); }
nav.toc a { color: inherit; margin-right: 12px; }
figure.chart { margin: 18px 0 26px; }
figure.chart .chart-body svg, figure.chart .chart-body canvas { max-width: 100%; height: auto; }
figure.chart figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
pre { background: #f5f7fa; border: 1px solid var(--line); padding: 10px; font-size: 12px;
  white-space: pre-wrap; word-break: break-word; }
.vega-embed .vega-actions, .vega-embed summary { display: none; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav.toc { display: none; }
  div.table-scroll { overflow: visible; }
  div.table-scroll table.kpi { font-size: 8pt; }
  div.table-scroll table.kpi th, div.table-scroll table.kpi td { white-space: normal; padding: 3px 4px; }
  figure.chart, table.kpi, header { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; }
  table.kpi .winner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  pre { font-size: 8pt; }
}
@page { size: A4; margin: 14mm; }
`;
