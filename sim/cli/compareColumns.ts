/**
 * The columns of `dctwin compare`: every design of every scenario as
 * `scenario/design`, its KPIs (studies/sweep/kpis.ts), and its difference to
 * the first column; and the rows shown in the terminal, compare.md and
 * report.html (one list, so the three agree), row labels in `lang`.
 */
import type { Scenario } from '../scenario/schema.js';
import type { Summary } from '../types/summary.js';
import { summaryKpis, type DesignKpis } from '../studies/sweep/kpis.js';
import { num, pct, textTable } from './table.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';

export interface CompareColumn extends Omit<DesignKpis, 'tcoSavingsVsFirst'> {
  /** `scenario/design`, the column's title. */
  column: string;
  scenario: string;
  design: string;
  file: string;
  currency: string | null;
  /** This column minus the first (PUE), or this / first - 1 (energy, TCO); null where not comparable. */
  vsFirst: { pue: number; facilityEnergy: number; tcoTotal: number | null };
}

/** Scenario names as column prefixes; a name used by two files is shown with its file instead. */
export function labels(files: readonly string[], scenarios: readonly Scenario[]): string[] {
  const names = scenarios.map((s) => s.name);
  return names.map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? files[i] : n));
}

export function compareColumns(files: readonly string[], summaries: readonly Summary[], names: readonly string[]): CompareColumn[] {
  const columns = summaries.flatMap((summary, i) =>
    summaryKpis(summary).map(({ id, currency, kpis: { tcoSavingsVsFirst: _withinScenario, ...kpis } }) => ({
      column: `${names[i]}/${id}`,
      scenario: names[i],
      design: id,
      file: files[i],
      currency,
      ...kpis,
    })),
  );
  const first = columns[0];
  return columns.map((c) => ({
    ...c,
    vsFirst: {
      pue: c.pue - first.pue,
      facilityEnergy: c.facilityEnergyMWh / first.facilityEnergyMWh - 1,
      tcoTotal: c.tcoTotal !== null && first.tcoTotal !== null && c.currency === first.currency ? c.tcoTotal / first.tcoTotal - 1 : null,
    },
  }));
}

/** Header and rows of the side-by-side table: one row per KPI, one column per scenario/design. */
export function compareRows(columns: readonly CompareColumn[], lang: Lang = DEFAULT_LANG): { header: string[]; rows: string[][] } {
  const m = messages(lang).studies.compare.rows;
  const row = (label: string, f: (c: CompareColumn, i: number) => string) => [label, ...columns.map(f)];
  const diff = (f: (c: CompareColumn) => string) => (c: CompareColumn, i: number) => (i === 0 ? '' : f(c));
  const money = (v: number | null, currency: string | null) => (v === null ? '-' : `${num(v)} ${currency ?? ''}`.trimEnd());
  return {
    header: ['', ...columns.map((c) => c.column)],
    rows: [
      row(m.pue, (c) => num(c.pue, 3)),
      row(m.tue, (c) => num(c.tue, 3)),
      row(m.wue, (c) => num(c.wueLPerKWh, 3)),
      row(m.cue, (c) => num(c.cueKgPerKWh, 3)),
      row(m.facilityEnergy, (c) => num(c.facilityEnergyMWh, 1)),
      row(m.facilityPeak, (c) => num(c.peakFacilityKW)),
      row(m.tco, (c) => money(c.tcoTotal, c.currency)),
      row(m.pueVsFirst, diff((c) => `${c.vsFirst.pue > 0 ? '+' : ''}${num(c.vsFirst.pue, 3)}`)),
      row(m.energyVsFirst, diff((c) => pct(c.vsFirst.facilityEnergy))),
      row(m.tcoVsFirst, diff((c) => (c.vsFirst.tcoTotal === null ? '-' : pct(c.vsFirst.tcoTotal)))),
    ],
  };
}

export function compareTable(columns: readonly CompareColumn[], lang: Lang = DEFAULT_LANG): string {
  const { header, rows } = compareRows(columns, lang);
  return textTable(header, rows);
}
