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
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

/** `Cooling plant (coolingCapex)`: the words in `lang` (i18n lineWords) and the summary.json key; other keys as they are. */
export const lineLabel = (key: string, lang: Lang = DEFAULT_LANG): string => {
  const words = messages(lang).sections.tco.lineWords[key];
  return words ? `${words} (${key})` : key;
};

const isCapexLine = (key: string): boolean => /capex$/i.test(key);

/** Every line key over the designs, in first-seen order. */
function lineKeys(designs: DesignSummary[]): string[] {
  const keys: string[] = [];
  for (const d of designs) for (const k of Object.keys(d.tco!.lines)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** Per-unit figures: two decimals, so a price per GPU-hour does not round to a whole currency unit. */
const perUnit = (v: number | null | undefined, currency: string): string => (v === null || v === undefined || !Number.isFinite(v) ? '–' : `${currency} ${formatNumber(v, 2)}`);

export function tcoSection(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection | undefined {
  const m = messages(lang).sections.tco;
  const ds = summary.designs;
  if (ds.length === 0 || !ds.every((d) => d.tco)) return undefined;
  const t0 = ds[0].tco!;
  const cur = t0.currency;
  const basis = m.basis(String(t0.horizonYears), formatPercent(t0.discountRate));
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
  const lineRow = (k: string) => money(isCapexLine(k) ? lineLabel(k, lang) : m.presentValue(lineLabel(k, lang)), `tco.lines.${k}`, (d) => d.tco!.lines[k]);
  const unitRow = (label: string, key: 'perITKW' | 'perItMWh' | 'perGpuHour'): SectionRow => ({
    label, key: `tco.${key}`,
    cells: ds.map((d) => ({ text: perUnit(d.tco![key], d.tco!.currency), design: d.id, value: d.tco![key] ?? undefined })),
  });
  const rows: SectionRow[] = [
    ...shown.filter(isCapexLine).map(lineRow),
    money(m.capex, 'tco.capex', (d) => d.tco!.capex, true),
    ...shown.filter((k) => !isCapexLine(k)).map(lineRow),
    money(m.opex, 'tco.opex', (d) => d.tco!.opex, true),
    money(m.total, 'tco.total', (d) => d.tco!.total, true),
    unitRow(m.perITKW, 'perITKW'),
    unitRow(m.perItMWh, 'perItMWh'),
    unitRow(m.perGpuHour, 'perGpuHour'),
  ];
  const mixed = ds.some((d) => d.tco!.currency !== cur || d.tco!.horizonYears !== t0.horizonYears || d.tco!.discountRate !== t0.discountRate);
  const notes = [m.howNote(String(t0.horizonYears), formatPercent(t0.discountRate), mixed), m.levelizedNote(String(t0.horizonYears))];
  if (zero.length) notes.push(m.zeroLines(zero.map((k) => lineLabel(k, lang)).join(', ')));
  return { id: 'tco', title: m.title(cur, basis), header: [m.header(cur, basis), ...ds.map((d) => d.id)], rows, notes };
}
