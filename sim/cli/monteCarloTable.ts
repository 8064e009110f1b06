/** The terminal view of a Monte Carlo run: p10 / p50 / p90 of the main KPIs per design, and P(cheapest). */
import type { KpiSpread, MonteCarloSummary } from '../types/summary.js';
import { num, textTable } from './table.js';
import { inputLabel } from '../../reports/sensitivitySection.js';

/** KPI path, label, and the scale and decimals it is shown with. */
const SHOWN: Array<[string, string, number, number]> = [
  ['pue', 'PUE', 1, 3],
  ['wueLPerKWh', 'WUE L/kWh', 1, 3],
  ['cueKgPerKWh', 'CUE kg/kWh', 1, 3],
  ['facilityEnergyKWh', 'Facility energy MWh', 1e-3, 1],
  ['facilityPowerKW.peak', 'Facility peak kW', 1, 0],
  ['tco.total', 'TCO total M', 1e-6, 2],
];

export function monteCarloTable(mc: MonteCarloSummary, currency = ''): string {
  const rows: string[][] = [];
  for (const d of mc.designs) {
    rows.push([d.id, '', '', '']);
    for (const [path, label, scale, decimals] of SHOWN) {
      const s: KpiSpread | undefined = d.kpis[path];
      if (s === undefined) continue;
      const shownLabel = path === 'tco.total' && currency ? label.replace(' M', ` M${currency}`) : label;
      rows.push([`  ${shownLabel}`, ...[s.p10, s.p50, s.p90].map((v) => num(v * scale, decimals))]);
    }
    if (d.probabilityCheapest !== undefined) rows.push(['  Probability cheapest', '', `${num(d.probabilityCheapest * 100, 1)} %`, '']);
  }
  const s = mc.sensitivity;
  const deciding = s ? `\nDeciding inputs (largest tornado swing of ${s.runnerUp} minus ${s.leader} TCO): ${s.deciding.map((path) => s.inputs.find((i) => i.path === path)!).map((i) => `${inputLabel(i)} (swing ${num(i.swing * 1e-6, 2)} M${currency})`).join(', ')}\n` : '';
  const how = mc.simulations === 0 ? 'money only: physics reused' : `${num(mc.simulations)} simulations`;
  return (
    `\nMonte Carlo: ${num(mc.samples)} samples, seed ${mc.seed}, ${how}; uncertain: ${mc.inputs.map((i) => i.path).join(', ')}\n\n` +
    textTable(['', 'p10', 'p50', 'p90'], rows) +
    deciding
  );
}
