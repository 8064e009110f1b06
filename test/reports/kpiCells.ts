/**
 * Reads the KPI cells of report.html (`data-design`, `data-key`, `data-value`)
 * and looks the same value up in a summary, for the HTML and browser tests.
 */
import type { Summary } from '../../sim/types/summary.js';

export interface KpiCellValue {
  design: string;
  key: string;
  value: number;
  text: string;
}

/** Every KPI cell with a value, in page order, from the HTML text. */
export function kpiCellsOf(html: string): KpiCellValue[] {
  const cells: KpiCellValue[] = [];
  const pattern = /<td[^>]*data-design="([^"]+)" data-key="([^"]+)" data-value="([^"]+)">([^<]*)<\/td>/g;
  for (const m of html.matchAll(pattern)) cells.push({ design: m[1], key: m[2], value: Number(m[3]), text: m[4] });
  return cells;
}

/** The value a KPI cell should hold: a dotted path inside the design, or the savings against the first design. */
export function summaryValue(summary: Summary, designId: string, key: string): number | undefined {
  const design = summary.designs.find((d) => d.id === designId);
  if (!design) return undefined;
  if (key === 'savingsVsFirst') {
    const first = summary.designs[0];
    return first.tco && design.tco ? first.tco.total - design.tco.total : undefined;
  }
  let node: unknown = design;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'number' ? node : undefined;
}
