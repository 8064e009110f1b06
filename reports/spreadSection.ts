/**
 * The Monte Carlo spread for summary.md and report.html (summary.json
 * `monteCarlo`): p50 with p10 to p90 of every KPI each design has, and the
 * share of samples in which each design is cheapest. Without samples the
 * section says how to get them, so a reader knows the figures are single points.
 */
import type { MonteCarloSummary, Summary } from '../sim/types/summary.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import type { ReportSection, SectionRow } from './section.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

/** Money for `tco.*` paths, else three decimals near 1 and fewer for large numbers. */
function valueText(path: string, v: number, currency: string): string {
  if (path.startsWith('tco.') && currency) return formatMoney(v, currency);
  const a = Math.abs(v);
  return formatNumber(v, a < 10 ? 3 : a < 1000 ? 1 : 0);
}

const distributionText = (d: MonteCarloSummary['inputs'][number]['distribution']): string =>
  `${d.kind}(${Object.entries(d).filter(([k]) => k !== 'kind').map(([k, v]) => `${k} ${String(v)}`).join(', ')})`;

export function spreadSection(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection {
  const m = messages(lang).sections.spread;
  const mc = summary.monteCarlo;
  const title = m.title;
  if (!mc) return { id: 'uncertainty', title, header: [], rows: [], notes: [(summary.sites ?? []).filter((s) => s.excluded === undefined).length > 1 ? m.noSamplesSites : m.noSamples] };
  const currency = summary.designs[0]?.tco?.currency ?? '';
  const paths: string[] = [];
  for (const d of mc.designs) for (const p of Object.keys(d.kpis)) if (!paths.includes(p)) paths.push(p);
  const rows: SectionRow[] = paths.map((path) => ({
    label: m.row(m.kpiWords[path] ?? path),
    key: `monteCarlo.kpis.${path}`,
    cells: mc.designs.map((d) => {
      const s = d.kpis[path];
      if (s === undefined) return { text: '–', design: d.id };
      const f = (v: number) => valueText(path, v, currency);
      return { text: m.cell(f(s.p50), f(s.p10), f(s.p90)), design: d.id, value: s.p50 };
    }),
  }));
  if (mc.designs.some((d) => d.probabilityCheapest !== undefined)) {
    rows.push({
      label: m.probabilityCheapest, key: 'monteCarlo.probabilityCheapest', strong: true,
      cells: mc.designs.map((d) => (d.probabilityCheapest === undefined ? { text: '–', design: d.id } : { text: formatPercent(d.probabilityCheapest), design: d.id, value: d.probabilityCheapest })),
    });
  }
  const how = mc.simulations === 0 ? m.moneyOnly : m.simulations(formatNumber(mc.simulations));
  const inputs = mc.inputs.map((i) => `${i.path} ~ ${distributionText(i.distribution)}${i.unit ? ` ${i.unit}` : ''}`).join('; ');
  return {
    id: 'uncertainty', title,
    header: [messages(lang).report.indicator, ...mc.designs.map((d) => d.id)],
    rows,
    notes: [m.samplesNote(formatNumber(mc.samples), String(mc.seed), how), m.inputsNote(inputs)],
  };
}
