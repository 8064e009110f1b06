/**
 * The report's sensitivity section (summary.md and report.html): the two
 * inputs that decide which of the two leading designs is cheaper, and the
 * table behind it (tornado points and rank correlations of every uncertain
 * input). Data: summary.json's monteCarlo.sensitivity; nothing without it.
 */
import type { Summary } from '../sim/types/summary.js';
import type { InputSensitivity, MonteCarloSensitivity } from '../sim/types/sensitivity.js';
import { formatMoney, formatNumber, roundSignificant } from './format.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

const range = (i: InputSensitivity, lang: Lang) => `${messages(lang).sections.sensitivity.range(String(roundSignificant(i.p10, 4)), String(roundSignificant(i.p90, 4)))}${i.unit ? ` ${i.unit}` : ''}`;
const rho = (i: InputSensitivity) => (i.rankCorrelation === null ? '–' : formatNumber(i.rankCorrelation, 2));

/** An input's name, with the other paths of its shared draw. */
export const inputLabel = (i: InputSensitivity, lang: Lang = DEFAULT_LANG): string =>
  (i.sharedWith ? messages(lang).sections.sensitivity.sharedDraw(i.path, i.sharedWith.join(', ')) : i.path);

/** The sentences: which two inputs decide, by how much, and how the choice was made. */
export function decidingText(s: MonteCarloSensitivity, currency: string, samples: number, lang: Lang = DEFAULT_LANG): string {
  const m = messages(lang).sections.sensitivity;
  const deciding = s.deciding.map((path) => s.inputs.find((i) => i.path === path)!);
  const named = deciding.map((i) => m.named(inputLabel(i, lang), formatMoney(i.swing, currency), rho(i)));
  const flips = s.inputs.filter((i) => i.changesAnswer).map((i) => i.path);
  const lead = m.lead(s.runnerUp, formatMoney(s.differenceAtP50, currency), s.leader);
  const which = deciding.length === 1 ? m.oneDeciding(named[0]) : m.twoDeciding(named);
  const flip = flips.length === 1 ? m.oneFlips(flips[0], s.runnerUp) : flips.length > 1 ? m.manyFlip(flips.join(', '), s.runnerUp) : m.noneFlips(s.runnerUp);
  const how = m.how(s.evaluation === 'recosted' ? m.recosted : m.resimulated, String(samples));
  return `${lead} ${which}${flip}${how}`;
}

/** Table rows: input, p10 to p90, difference at p10 and p90, swing, rank correlation, changes the answer. */
export function sensitivityRows(s: MonteCarloSensitivity, currency: string, lang: Lang = DEFAULT_LANG): string[][] {
  const m = messages(lang).sections.sensitivity;
  return s.inputs.map((i) => [
    i.path, range(i, lang), formatMoney(i.differenceAtP10, currency), formatMoney(i.differenceAtP90, currency),
    formatMoney(i.swing, currency), rho(i), i.changesAnswer ? m.yes : m.no,
  ]);
}

/** The table's header (English; other languages: i18n sections.sensitivity.header). */
export const SENSITIVITY_HEADER = messages(DEFAULT_LANG).sections.sensitivity.header;

const currencyOf = (summary: Summary) => summary.designs[0]?.tco?.currency ?? '';
const mdCell = (text: string) => text.replace(/\|/g, '\\|');

/** summary.md's section, or '' without a sensitivity. */
export function sensitivityMarkdown(summary: Summary, lang: Lang = DEFAULT_LANG): string {
  const s = summary.monteCarlo?.sensitivity;
  if (!s?.inputs.length) return '';
  const m = messages(lang).sections.sensitivity;
  const currency = currencyOf(summary);
  const rows = [m.header, m.header.map((_, k) => (k < 2 ? ':---' : '---:')), ...sensitivityRows(s, currency, lang)];
  return `\n## ${m.title}\n\n${decidingText(s, currency, summary.monteCarlo!.samples, lang)}\n\n` +
    `${m.difference(s.runnerUp, s.leader)}\n\n${rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`).join('\n')}\n`;
}

/** report.html's section with a closing line break (`escape` is the page's HTML escaper), or '' without a sensitivity. */
export function sensitivityHtml(summary: Summary, escape: (text: string) => string, lang: Lang = DEFAULT_LANG): string {
  const s = summary.monteCarlo?.sensitivity;
  if (!s?.inputs.length) return '';
  const m = messages(lang).sections.sensitivity;
  const currency = currencyOf(summary);
  const head = m.header.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
  const body = sensitivityRows(s, currency, lang).map((r, k) =>
    `<tr data-input="${escape(s.inputs[k].path)}"${s.deciding.includes(s.inputs[k].path) ? ' class="winner"' : ''}>${r.map((c, j) => (j === 0 ? `<th scope="row">${escape(c)}</th>` : `<td>${escape(c)}</td>`)).join('')}</tr>`);
  return `<section id="sensitivity" data-deciding="${escape(s.deciding.join(' '))}">
<h2>${escape(m.title)}</h2>
<p>${escape(decidingText(s, currency, summary.monteCarlo!.samples, lang))}</p>
<p>${escape(m.difference(s.runnerUp, s.leader))}</p>
<table class="kpi"><thead><tr>${head}</tr></thead>
<tbody>${body.join('\n')}</tbody></table>
</section>
`;
}
