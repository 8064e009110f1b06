/**
 * Tornado chart of the TCO difference between the two leading designs: one
 * row per uncertain input, a bar from the difference with the input at its p10
 * to the difference at its p90 (every other input at its p50), largest swing
 * on top; a rule marks the difference at p50 and another zero, where the other
 * design becomes the cheaper one. Data: summary.json's monteCarlo.sensitivity.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { MonteCarloSensitivity } from '../../sim/types/sensitivity.js';
import { formatMoney, roundSignificant } from '../format.js';
import { CHART_CONFIG, CHART_WIDTH, VEGA_LITE_SCHEMA } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

/** An input value as written in the scenario: number and unit. */
const withUnit = (value: number, unit: string) => `${roundSignificant(value, 4)}${unit ? ` ${unit}` : ''}`;

export function tornadoChart(s: MonteCarloSensitivity, currency: string, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const t = messages(lang).charts.tornado;
  const labels = s.inputs.map((i) => i.path);
  const points = s.inputs.flatMap((i, k) => [
    { input: labels[k], end: t.atP10, value: withUnit(i.p10, i.unit), difference: roundSignificant(i.differenceAtP10, 6) },
    { input: labels[k], end: t.atP90, value: withUnit(i.p90, i.unit), difference: roundSignificant(i.differenceAtP90, 6) },
  ]);
  const bars = s.inputs.map((i, k) => ({
    input: labels[k],
    low: roundSignificant(Math.min(i.differenceAtP10, i.differenceAtP90), 6),
    high: roundSignificant(Math.max(i.differenceAtP10, i.differenceAtP90), 6),
    swing: roundSignificant(i.swing, 6),
    rho: i.rankCorrelation === null ? null : roundSignificant(i.rankCorrelation, 3),
  }));
  const x = { type: 'quantitative' as const, title: t.x(s.runnerUp, s.leader, currency), axis: { format: '~s' } };
  // Offline rendering estimates text at 0.8 em per character: a limit of 400 px keeps paths of ~45 characters whole.
  const y = { field: 'input', type: 'nominal' as const, sort: labels, title: null, axis: { labelLimit: 400 } };
  const rules = [
    { at: t.allAtP50, difference: roundSignificant(s.differenceAtP50, 6), dash: 'dashed' },
    { at: t.zero, difference: 0, dash: 'solid' },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: t.title, subtitle: t.subtitle(s.leader, s.runnerUp) },
    description: t.description(s.runnerUp, formatMoney(s.differenceAtP50, currency), s.leader, s.inputs.slice(0, 2).map((i) => `${i.path} ${formatMoney(i.swing, currency)}`).join(', ')),
    width: CHART_WIDTH,
    height: { step: 44 },
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', color: '#9ecae1', size: 20, tooltip: true },
        encoding: {
          y, x: { ...x, field: 'low' }, x2: { field: 'high' },
          tooltip: [
            { field: 'input', type: 'nominal', title: t.input },
            { field: 'swing', type: 'quantitative', title: t.swing(currency), format: ',.0f' },
            { field: 'rho', type: 'quantitative', title: t.rho, format: '.2f' },
          ],
        },
      },
      {
        data: { values: points },
        mark: { type: 'point', filled: true, size: 60, tooltip: true },
        encoding: {
          y, x: { ...x, field: 'difference' },
          shape: { field: 'end', type: 'nominal', title: null, legend: { orient: 'top' } },
          color: { field: 'end', type: 'nominal', title: null, scale: { range: ['#0072B2', '#D55E00'] } },
          tooltip: [
            { field: 'input', type: 'nominal', title: t.input },
            { field: 'end', type: 'nominal', title: t.point },
            { field: 'value', type: 'nominal', title: t.inputValue },
            { field: 'difference', type: 'quantitative', title: t.difference(currency), format: ',.0f' },
          ],
        },
      },
      {
        data: { values: points },
        mark: { type: 'text', dy: -16, fontSize: 10, color: '#333' },
        encoding: { y, x: { ...x, field: 'difference' }, text: { field: 'value', type: 'nominal' } },
      },
      {
        data: { values: rules },
        mark: { type: 'rule', color: '#555', tooltip: true },
        encoding: {
          x: { ...x, field: 'difference' },
          strokeDash: { field: 'dash', type: 'nominal', scale: { domain: ['dashed', 'solid'], range: [[4, 3], [1, 0]] }, legend: null },
          tooltip: [{ field: 'at', type: 'nominal', title: t.line }],
        },
      },
    ],
    config: CHART_CONFIG,
  };
}
