/**
 * The TCO table by line for summary.md and report.html: each capex line, each
 * opex line at present value, their sums and the total, then the total per kW
 * of IT and levelized per MWh of IT energy and per GPU-hour served
 * (summary.json designs[i].tco.perItMWh, .perGpuHour). Lines that are 0 in
 * every design (no carbon price, no demand charge) are named in a note, not
 * shown as rows of zeros.
 */
import type { DesignSummary, Summary } from '../sim/types/summary.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import type { ReportSection, SectionRow } from './section.js';

/** Words for the line keys of sim/tco/capex.ts and opex.ts; any other key is shown as it is. */
const LINE_WORDS: Record<string, string> = {
  powerCapex: 'Power infrastructure',
  coolingCapex: 'Cooling plant',
  liquidPremiumCapex: 'Liquid-cooling premium',
  whiteSpaceCapex: 'White space',
  itCapex: 'IT equipment',
  energyOpex: 'Energy',
  demandOpex: 'Demand charge',
  waterOpex: 'Water',
  maintenanceOpex: 'Maintenance',
  carbonOpex: 'Carbon price',
  powerFactorOpex: 'Power-factor adjustment',
  pueSurchargeOpex: 'PUE surcharge',
};

/** `Cooling plant (coolingCapex)`: the words and the summary.json key. */
export const lineLabel = (key: string): string => (LINE_WORDS[key] ? `${LINE_WORDS[key]} (${key})` : key);

const isCapexLine = (key: string): boolean => /capex$/i.test(key);

/** Every line key over the designs, in first-seen order. */
function lineKeys(designs: DesignSummary[]): string[] {
  const keys: string[] = [];
  for (const d of designs) for (const k of Object.keys(d.tco!.lines)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** Per-unit figures: two decimals, so a price per GPU-hour does not round to a whole currency unit. */
const perUnit = (v: number | null | undefined, currency: string): string => (v === null || v === undefined || !Number.isFinite(v) ? '–' : `${currency} ${formatNumber(v, 2)}`);

export function tcoSection(summary: Summary): ReportSection | undefined {
  const ds = summary.designs;
  if (ds.length === 0 || !ds.every((d) => d.tco)) return undefined;
  const t0 = ds[0].tco!;
  const cur = t0.currency;
  const basis = `${t0.horizonYears} years at ${formatPercent(t0.discountRate)}`;
  const money = (label: string, key: string, value: (d: DesignSummary) => number | undefined, strong = false): SectionRow => ({
    label, key, strong,
    cells: ds.map((d) => {
      const v = value(d);
      return v === undefined ? { text: '–', design: d.id } : { text: formatMoney(v, d.tco!.currency), design: d.id, value: v };
    }),
  });
  const keys = lineKeys(ds);
  const shown = keys.filter((k) => ds.some((d) => (d.tco!.lines[k] ?? 0) !== 0));
  const zero = keys.filter((k) => !shown.includes(k));
  const lineRow = (k: string) => money(isCapexLine(k) ? lineLabel(k) : `${lineLabel(k)}, present value`, `tco.lines.${k}`, (d) => d.tco!.lines[k]);
  const unitRow = (label: string, key: 'perITKW' | 'perItMWh' | 'perGpuHour'): SectionRow => ({
    label, key: `tco.${key}`,
    cells: ds.map((d) => ({ text: perUnit(d.tco![key], d.tco!.currency), design: d.id, value: d.tco![key] ?? undefined })),
  });
  const rows: SectionRow[] = [
    ...shown.filter(isCapexLine).map(lineRow),
    money('Capex', 'tco.capex', (d) => d.tco!.capex, true),
    ...shown.filter((k) => !isCapexLine(k)).map(lineRow),
    money('Opex, present value', 'tco.opex', (d) => d.tco!.opex, true),
    money('Total, present value', 'tco.total', (d) => d.tco!.total, true),
    unitRow('Per kW of design IT', 'perITKW'),
    unitRow('Per MWh of IT energy, levelized', 'perItMWh'),
    unitRow('Per GPU-hour served, levelized', 'perGpuHour'),
  ];
  const mixed = ds.some((d) => d.tco!.currency !== cur || d.tco!.horizonYears !== t0.horizonYears || d.tco!.discountRate !== t0.discountRate);
  const notes = [
    `Capex is spent in year 0; each opex line is the present value of ${t0.horizonYears} years of the simulated year's cost at ${formatPercent(t0.discountRate)} a year` +
      `${mixed ? ' (designs differ in currency, horizon or rate: see summary.json)' : ''}; the lines add up to the total.`,
    `Levelized: the total present value divided by the present value of the IT energy (MWh) or of the GPU-hours allocated to jobs over the same ${t0.horizonYears} years, ` +
      'both discounted at the same rate, the simulated year repeating every year.',
  ];
  if (zero.length) notes.push(`Lines at 0 for every design: ${zero.map(lineLabel).join(', ')}.`);
  return { id: 'tco', title: `Total cost of ownership by line (${cur}, ${basis}, present values)`, header: [`${cur}, ${basis}`, ...ds.map((d) => d.id)], rows, notes };
}
