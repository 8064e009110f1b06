/** The terminal view of money and capacity: TCO by design, differences to the first, and grid-limit fits. */
import type { Summary } from '../types/summary.js';
import { num, pct, textTable } from './table.js';
import { paybackLines } from '../../reports/payback.js';

const MILLION = 1e6;

export function decisionTable(summary: Summary): string {
  const ds = summary.designs;
  const out: string[] = [];
  if (ds.every((d) => d.tco)) {
    const t = (i: number) => ds[i].tco!;
    const cur = t(0).currency;
    const money = (v: number) => `${num(v / MILLION, 2)} M`;
    const header = [`TCO, ${cur}, ${t(0).horizonYears} years at ${num(t(0).discountRate * 100, 1)} %`, ...ds.map((d) => d.id)];
    const row = (label: string, f: (i: number) => string) => [label, ...ds.map((_, i) => f(i))];
    const rows = [
      row('Capex', (i) => money(t(i).capex)),
      row('Opex (present value)', (i) => money(t(i).opex)),
      row('Total (present value)', (i) => money(t(i).total)),
      row(`Per kW of IT, ${cur}`, (i) => num(t(i).perITKW)),
      // Levelized: PV of TCO / PV of the delivered units over the horizon (tco.ts).
      row(`Per MWh of IT energy, levelized, ${cur}`, (i) => num(t(i).perItMWh ?? NaN, 2)),
      row(`Per GPU-hour served, levelized, ${cur}`, (i) => num(t(i).perGpuHour ?? NaN, 2)),
    ];
    if (ds.length > 1) {
      rows.push(row('TCO savings vs first', (i) => (i === 0 ? '' : pct(ds[i].comparison?.tcoSavingsFraction ?? NaN))));
      rows.push(row('Capex vs first', (i) => (i === 0 ? '' : `${(ds[i].comparison?.capex ?? 0) > 0 ? '+' : ''}${money(ds[i].comparison?.capex ?? NaN)}`)));
    }
    // Payback in words: the line names the design whose capex premium it is (paybackLines.ts).
    const payback = paybackLines(summary);
    out.push(textTable(header, rows) + (payback.length ? `\nPayback:\n${payback.map((l) => `  ${l}\n`).join('')}` : ''));
    const cheapest = ds.reduce((best, d) => (d.tco!.total < best.tco!.total ? d : best), ds[0]);
    const others = ds.filter((d) => d !== cheapest);
    if (others.length > 0) {
      const next = others.reduce((b, d) => (d.tco!.total < b.tco!.total ? d : b), others[0]);
      const margin = next.tco!.total - cheapest.tco!.total;
      out.push(`Cheapest over ${t(0).horizonYears} years: ${cheapest.id}, ${money(margin)} ${cur} (${num((margin / next.tco!.total) * 100, 1)} %) less than ${next.id}.\n`);
    }
  }
  if (ds.every((d) => d.capacity)) {
    const c = (i: number) => ds[i].capacity!;
    const header = [`Capacity under the ${num(c(0).gridLimitKW)} kW grid limit`, ...ds.map((d) => d.id)];
    const row = (label: string, f: (i: number) => string) => [label, ...ds.map((_, i) => f(i))];
    out.push(textTable(header, [
      row('Racks now', (i) => num(c(i).racks)),
      row('Worst-hour facility kW per rack', (i) => num(c(i).peakFacilityKWPerRack, 1)),
      row('Racks that fit (simulated load)', (i) => num(c(i).racksFitAtSimulatedLoad)),
      row('Racks that fit (all nodes at full load)', (i) => num(c(i).racksFitAtDesignLoad)),
      row('Binding hour', (i) => `${c(i).bindingHour.timestamp}, ${num(c(i).bindingHour.dryBulbC, 1)} degC db / ${num(c(i).bindingHour.wetBulbC, 1)} wb`),
      row('Within the limit now', (i) => (c(i).fits ? 'yes' : 'NO')),
    ]));
  }
  if (ds.every((d) => d.policy)) {
    // One limit per site: the source is printed once under the table, not per design.
    const p = (i: number) => ds[i].policy!;
    const row = (label: string, f: (i: number) => string) => [label, ...ds.map((_, i) => f(i))];
    out.push(textTable([`PUE limit ${num(p(0).pueLimit, 2)}`, ...ds.map((d) => d.id)], [
      row('Annual PUE', (i) => num(ds[i].metrics.pue, 3)),
      row('Within the limit', (i) => (p(i).pass ? 'yes' : 'NO')),
    ]) + `\nLimit source: ${p(0).source}\n`);
  }
  return out.map((s) => `\n${s}`).join('');
}
