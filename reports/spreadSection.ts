/**
 * The Monte Carlo spread for summary.md and report.html (summary.json
 * `monteCarlo`): p50 with p10 to p90 of every KPI each design has, and the
 * share of samples in which each design is cheapest. Without samples the
 * section says how to get them, so a reader knows the figures are single points.
 */
import type { MonteCarloSummary, Summary } from '../sim/types/summary.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import type { ReportSection, SectionRow } from './section.js';

/** Words for the KPI paths sim/studies/montecarlo writes; any other path is shown as it is. */
const KPI_WORDS: Record<string, string> = {
  pue: 'PUE',
  tue: 'TUE',
  wueLPerKWh: 'WUE (L/kWh IT)',
  cueKgPerKWh: 'CUE (kg CO2e/kWh IT)',
  facilityEnergyKWh: 'Facility energy (kWh)',
  itEnergyKWh: 'IT energy (kWh)',
  'facilityPowerKW.peak': 'Peak facility power (kW)',
  waterL: 'Water (L)',
  emissionsKg: 'Emissions (kg CO2e)',
  'tco.total': 'TCO, present value',
  'tco.capex': 'Capex',
  'tco.opex': 'Opex, present value',
};

/** Money for `tco.*` paths, else three decimals near 1 and fewer for large numbers. */
function valueText(path: string, v: number, currency: string): string {
  if (path.startsWith('tco.') && currency) return formatMoney(v, currency);
  const a = Math.abs(v);
  return formatNumber(v, a < 10 ? 3 : a < 1000 ? 1 : 0);
}

const distributionText = (d: MonteCarloSummary['inputs'][number]['distribution']): string =>
  `${d.kind}(${Object.entries(d).filter(([k]) => k !== 'kind').map(([k, v]) => `${k} ${String(v)}`).join(', ')})`;

export function spreadSection(summary: Summary): ReportSection {
  const mc = summary.monteCarlo;
  const title = 'Uncertainty: p10 / p50 / p90 and probability cheapest';
  if (!mc) {
    return {
      id: 'uncertainty', title, header: [], rows: [],
      notes: ['Single-point figures: this run drew no samples. `dctwin run FILE --samples N` draws the scenario\'s `uncertainty:` block and adds here p10, p50 and p90 of every KPI and the probability that each design is cheapest.'],
    };
  }
  const currency = summary.designs[0]?.tco?.currency ?? '';
  const paths: string[] = [];
  for (const d of mc.designs) for (const p of Object.keys(d.kpis)) if (!paths.includes(p)) paths.push(p);
  const rows: SectionRow[] = paths.map((path) => ({
    label: `${KPI_WORDS[path] ?? path}: p50 (p10 to p90)`,
    key: `monteCarlo.kpis.${path}`,
    cells: mc.designs.map((d) => {
      const s = d.kpis[path];
      if (s === undefined) return { text: '–', design: d.id };
      const f = (v: number) => valueText(path, v, currency);
      return { text: `${f(s.p50)} (${f(s.p10)} to ${f(s.p90)})`, design: d.id, value: s.p50 };
    }),
  }));
  if (mc.designs.some((d) => d.probabilityCheapest !== undefined)) {
    rows.push({
      label: 'Probability cheapest (lowest TCO in a sample)', key: 'monteCarlo.probabilityCheapest', strong: true,
      cells: mc.designs.map((d) => (d.probabilityCheapest === undefined ? { text: '–', design: d.id } : { text: formatPercent(d.probabilityCheapest), design: d.id, value: d.probabilityCheapest })),
    });
  }
  const how = mc.simulations === 0 ? 'money only, the physics of the run reused' : `${formatNumber(mc.simulations)} simulations`;
  const inputs = mc.inputs.map((i) => `${i.path} ~ ${distributionText(i.distribution)}${i.unit ? ` ${i.unit}` : ''}`).join('; ');
  return {
    id: 'uncertainty', title,
    header: ['Indicator', ...mc.designs.map((d) => d.id)],
    rows,
    notes: [
      `${formatNumber(mc.samples)} samples, seed ${mc.seed}, ${how}; percentiles are type 7 (linear between order statistics).`,
      `Uncertain inputs: ${inputs || 'none'}.`,
    ],
  };
}
