/** The terminal view of a Monte Carlo run: p10 / p50 / p90 of the main KPIs per design, and P(cheapest), in `--lang`. */
import type { KpiSpread, MonteCarloSummary } from '../types/summary.js';
import { num, textTable } from './table.js';
import { inputLabel } from '../../reports/sensitivitySection.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';

/** KPI path (its words: i18n terminal.monteCarlo.kpis), and the scale and decimals it is shown with. */
const SHOWN: Array<[string, number, number]> = [
  ['pue', 1, 3],
  ['wueLPerKWh', 1, 3],
  ['cueKgPerKWh', 1, 3],
  ['facilityEnergyKWh', 1e-3, 1],
  ['facilityPowerKW.peak', 1, 0],
  ['tco.total', 1e-6, 2],
];

export function monteCarloTable(mc: MonteCarloSummary, currency = '', lang: Lang = DEFAULT_LANG): string {
  const w = messages(lang).terminal.monteCarlo;
  const rows: string[][] = [];
  for (const d of mc.designs) {
    rows.push([d.id, '', '', '']);
    for (const [path, scale, decimals] of SHOWN) {
      const label = w.kpis[path] ?? path;
      const s: KpiSpread | undefined = d.kpis[path];
      if (s === undefined) continue;
      const shownLabel = path === 'tco.total' && currency ? label.replace(' M', ` M${currency}`) : label;
      rows.push([`  ${shownLabel}`, ...[s.p10, s.p50, s.p90].map((v) => num(v * scale, decimals))]);
    }
    if (d.probabilityCheapest !== undefined) rows.push([`  ${w.probabilityCheapest}`, '', `${num(d.probabilityCheapest * 100, 1)} %`, '']);
  }
  const s = mc.sensitivity;
  const decidingInputs = s ? s.deciding.map((path) => s.inputs.find((i) => i.path === path)!).map((i) => w.swing(inputLabel(i, lang), `${num(i.swing * 1e-6, 2)} M${currency}`)).join(', ') : '';
  const deciding = s ? `\n${w.deciding(s.runnerUp, s.leader, decidingInputs)}\n` : '';
  const how = mc.simulations === 0 ? w.moneyOnly : w.simulations(num(mc.simulations));
  return (
    `\n${w.headline(num(mc.samples), String(mc.seed), how, mc.inputs.map((i) => i.path).join(', '))}\n\n` +
    textTable(['', 'p10', 'p50', 'p90'], rows) +
    deciding
  );
}
