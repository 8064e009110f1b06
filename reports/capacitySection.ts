/**
 * Capacity under the site's grid limit for summary.md and report.html
 * (summary.json designs[i].capacity): racks now, facility kW per rack in the
 * worst simulated hour and at the design point, the racks that fit at each,
 * the binding hour with its weather, and whether the design fits today.
 */
import type { Summary } from '../sim/types/summary.js';
import { formatKW, formatNumber, formatTempC } from './format.js';
import type { ReportSection, SectionCell, SectionRow } from './section.js';
import type { CapacitySummary } from '../sim/types/summary.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

export function capacitySection(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection | undefined {
  const all = messages(lang);
  const m = all.sections.capacity;
  const ds = summary.designs;
  if (ds.length === 0 || !ds.every((d) => d.capacity)) return undefined;
  const limitKW = ds[0].capacity!.gridLimitKW;
  const row = (label: string, key: string, f: (c: CapacitySummary) => SectionCell | string): SectionRow => ({
    label, key: `capacity.${key}`,
    cells: ds.map((d) => {
      const cell = f(d.capacity!);
      return typeof cell === 'string' ? { text: cell, design: d.id } : { ...cell, design: d.id };
    }),
  });
  const n = (v: number) => ({ text: formatNumber(v), value: v });
  const kw = (v: number) => ({ text: formatKW(v), value: v });
  return {
    id: 'capacity',
    title: m.title(formatNumber(limitKW)),
    header: [m.header, ...ds.map((d) => d.id)],
    rows: [
      row(m.racks, 'racks', (c) => n(c.racks)),
      row(m.peakPerRack, 'peakFacilityKWPerRack', (c) => kw(c.peakFacilityKWPerRack)),
      row(m.fitSimulated, 'racksFitAtSimulatedLoad', (c) => n(c.racksFitAtSimulatedLoad)),
      row(m.designPerRack, 'designFacilityKWPerRack', (c) => kw(c.designFacilityKWPerRack)),
      row(m.fitDesign, 'racksFitAtDesignLoad', (c) => n(c.racksFitAtDesignLoad)),
      row(m.bindingHour, 'bindingHour.timestamp', (c) =>
        m.binding(c.bindingHour.timestamp, formatKW(c.bindingHour.facilityKW), formatTempC(c.bindingHour.dryBulbC), formatTempC(c.bindingHour.wetBulbC))),
      row(m.fits, 'fits', (c) => (c.fits ? all.yes : all.no)),
    ],
    notes: [m.note],
  };
}
