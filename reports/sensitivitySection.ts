/**
 * The report's sensitivity section (summary.md and report.html): the two
 * inputs that decide which of the two leading designs is cheaper, and the
 * table behind it (tornado points and rank correlations of every uncertain
 * input). Data: summary.json's monteCarlo.sensitivity; nothing without it.
 */
import type { Summary } from '../sim/types/summary.js';
import type { InputSensitivity, MonteCarloSensitivity } from '../sim/types/sensitivity.js';
import { formatMoney, formatNumber, roundSignificant } from './format.js';

const range = (i: InputSensitivity) => `${roundSignificant(i.p10, 4)} to ${roundSignificant(i.p90, 4)}${i.unit ? ` ${i.unit}` : ''}`;
const rho = (i: InputSensitivity) => (i.rankCorrelation === null ? '–' : formatNumber(i.rankCorrelation, 2));

/** The sentences: which two inputs decide, by how much, and how the choice was made. */
/** An input's name, with the other paths of its shared draw. */
export const inputLabel = (i: InputSensitivity): string => `${i.path}${i.sharedWith ? ` with ${i.sharedWith.join(', ')} (one shared draw)` : ''}`;

export function decidingText(s: MonteCarloSensitivity, currency: string, samples: number): string {
  const deciding = s.deciding.map((path) => s.inputs.find((i) => i.path === path)!);
  const named = deciding.map((i) => `${inputLabel(i)} (swing ${formatMoney(i.swing, currency)}, rank correlation ${rho(i)})`);
  const flips = s.inputs.filter((i) => i.changesAnswer).map((i) => i.path);
  const lead = `With every uncertain input at its p50, ${s.runnerUp} costs ${formatMoney(s.differenceAtP50, currency)} more than ${s.leader} over the horizon (present value).`;
  const which = deciding.length === 1 ? `The input that decides the answer is ${named[0]}.` : `The two inputs that decide the answer are ${named.join(' and ')}.`;
  const flip = flips.length === 1
    ? ` Between its p10 and p90 alone, ${flips[0]} can make ${s.runnerUp} the cheaper design.`
    : flips.length > 1
    ? ` Each of ${flips.join(', ')} alone, between its p10 and p90, can make ${s.runnerUp} the cheaper design.`
    : ` No single input between its p10 and p90 makes ${s.runnerUp} the cheaper design.`;
  const how = ` Deciding = the largest tornado swings: how far the TCO difference moves when one input goes from its p10 to its p90 with the others at p50 (${s.evaluation === 'recosted' ? 're-costed on the simulated energy' : 're-simulated'}); ` +
    `the rank correlation (Spearman, over ${samples} samples with all inputs varying together) says how consistently the difference follows the input.`;
  return `${lead} ${which}${flip}${how}`;
}

/** Table rows: input, p10 to p90, difference at p10 and p90, swing, rank correlation, changes the answer. */
export function sensitivityRows(s: MonteCarloSensitivity, currency: string): string[][] {
  return s.inputs.map((i) => [
    i.path, range(i), formatMoney(i.differenceAtP10, currency), formatMoney(i.differenceAtP90, currency),
    formatMoney(i.swing, currency), rho(i), i.changesAnswer ? 'yes' : 'no',
  ]);
}

export const SENSITIVITY_HEADER = ['Input', 'p10 to p90', 'Difference at p10', 'Difference at p90', 'Swing', 'Rank correlation', 'Changes the answer'];

const currencyOf = (summary: Summary) => summary.designs[0]?.tco?.currency ?? '';
const mdCell = (text: string) => text.replace(/\|/g, '\\|');

/** summary.md's section, or '' without a sensitivity. */
export function sensitivityMarkdown(summary: Summary): string {
  const s = summary.monteCarlo?.sensitivity;
  if (!s?.inputs.length) return '';
  const currency = currencyOf(summary);
  const rows = [SENSITIVITY_HEADER, SENSITIVITY_HEADER.map((_, k) => (k < 2 ? ':---' : '---:')), ...sensitivityRows(s, currency)];
  return `\n## What decides the answer\n\n${decidingText(s, currency, summary.monteCarlo!.samples)}\n\n` +
    `Difference = TCO of ${s.runnerUp} minus TCO of ${s.leader}.\n\n${rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`).join('\n')}\n`;
}

/** report.html's section with a closing line break (`escape` is the page's HTML escaper), or '' without a sensitivity. */
export function sensitivityHtml(summary: Summary, escape: (text: string) => string): string {
  const s = summary.monteCarlo?.sensitivity;
  if (!s?.inputs.length) return '';
  const currency = currencyOf(summary);
  const head = SENSITIVITY_HEADER.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
  const body = sensitivityRows(s, currency).map((r, k) =>
    `<tr data-input="${escape(s.inputs[k].path)}"${s.deciding.includes(s.inputs[k].path) ? ' class="winner"' : ''}>${r.map((c, j) => (j === 0 ? `<th scope="row">${escape(c)}</th>` : `<td>${escape(c)}</td>`)).join('')}</tr>`);
  return `<section id="sensitivity" data-deciding="${escape(s.deciding.join(' '))}">
<h2>What decides the answer</h2>
<p>${escape(decidingText(s, currency, summary.monteCarlo!.samples))}</p>
<p>Difference = TCO of ${escape(s.runnerUp)} minus TCO of ${escape(s.leader)}.</p>
<table class="kpi"><thead><tr>${head}</tr></thead>
<tbody>${body.join('\n')}</tbody></table>
</section>
`;
}
