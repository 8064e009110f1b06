/** The terminal view of money and capacity: TCO by design, differences to the first, and grid-limit fits, in `--lang`. */
import type { Summary } from '../types/summary.js';
import { num, pct, textTable } from './table.js';
import { paybackLines } from '../../reports/payback.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';

const MILLION = 1e6;

export function decisionTable(summary: Summary, lang: Lang = DEFAULT_LANG): string {
  const all = messages(lang);
  const w = all.terminal.decision;
  const ds = summary.designs;
  const out: string[] = [];
  if (ds.every((d) => d.tco)) {
    const t = (i: number) => ds[i].tco!;
    const cur = t(0).currency;
    const money = (v: number) => `${num(v / MILLION, 2)} M`;
    const header = [w.tcoHeader(cur, String(t(0).horizonYears), num(t(0).discountRate * 100, 1)), ...ds.map((d) => d.id)];
    const row = (label: string, f: (i: number) => string) => [label, ...ds.map((_, i) => f(i))];
    const rows = [
      row(w.capex, (i) => money(t(i).capex)),
      row(w.opex, (i) => money(t(i).opex)),
      row(w.total, (i) => money(t(i).total)),
      row(w.perITKW(cur), (i) => num(t(i).perITKW)),
      // Levelized: PV of TCO / PV of the delivered units over the horizon (tco.ts).
      row(w.perItMWh(cur), (i) => num(t(i).perItMWh ?? NaN, 2)),
      row(w.perGpuHour(cur), (i) => num(t(i).perGpuHour ?? NaN, 2)),
    ];
    if (ds.length > 1) {
      rows.push(row(w.savingsVsFirst, (i) => (i === 0 ? '' : pct(ds[i].comparison?.tcoSavingsFraction ?? NaN))));
      rows.push(row(w.capexVsFirst, (i) => (i === 0 ? '' : `${(ds[i].comparison?.capex ?? 0) > 0 ? '+' : ''}${money(ds[i].comparison?.capex ?? NaN)}`)));
    }
    // Payback in words: the line names the design whose capex premium it is (paybackLines.ts).
    const payback = paybackLines(summary, lang);
    out.push(textTable(header, rows) + (payback.length ? `\n${w.payback}\n${payback.map((l) => `  ${l}\n`).join('')}` : ''));
    const cheapest = ds.reduce((best, d) => (d.tco!.total < best.tco!.total ? d : best), ds[0]);
    const others = ds.filter((d) => d !== cheapest);
    if (others.length > 0) {
      const next = others.reduce((b, d) => (d.tco!.total < b.tco!.total ? d : b), others[0]);
      const margin = next.tco!.total - cheapest.tco!.total;
      out.push(`${w.cheapest(String(t(0).horizonYears), cheapest.id, money(margin), cur, num((margin / next.tco!.total) * 100, 1), next.id)}\n`);
    }
  }
  if (ds.every((d) => d.capacity)) {
    const c = (i: number) => ds[i].capacity!;
    const header = [w.capacityHeader(num(c(0).gridLimitKW)), ...ds.map((d) => d.id)];
    const row = (label: string, f: (i: number) => string) => [label, ...ds.map((_, i) => f(i))];
    out.push(textTable(header, [
      row(w.racks, (i) => num(c(i).racks)),
      row(w.peakPerRack, (i) => num(c(i).peakFacilityKWPerRack, 1)),
      row(w.fitSimulated, (i) => num(c(i).racksFitAtSimulatedLoad)),
      row(w.fitDesign, (i) => num(c(i).racksFitAtDesignLoad)),
      row(w.bindingHour, (i) => w.binding(c(i).bindingHour.timestamp, num(c(i).bindingHour.dryBulbC, 1), num(c(i).bindingHour.wetBulbC, 1))),
      row(w.withinNow, (i) => (c(i).fits ? all.yes : all.no)),
    ]));
  }
  if (ds.every((d) => d.policy)) {
    // One limit per site: the source is printed once under the table, not per design.
    const p = (i: number) => ds[i].policy!;
    const row = (label: string, f: (i: number) => string) => [label, ...ds.map((_, i) => f(i))];
    out.push(textTable([w.pueLimit(num(p(0).pueLimit, 2)), ...ds.map((d) => d.id)], [
      row(w.annualPue, (i) => num(ds[i].metrics.pue, 3)),
      row(w.within, (i) => (p(i).pass ? all.yes : all.no)),
    ]) + `\n${w.limitSource(p(0).source)}\n`);
  }
  return out.map((s) => `\n${s}`).join('');
}
