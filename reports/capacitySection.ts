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

export function capacitySection(summary: Summary): ReportSection | undefined {
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
    title: `Capacity under the ${formatNumber(limitKW)} kW grid limit`,
    header: ['Racks and power', ...ds.map((d) => d.id)],
    rows: [
      row('Racks now', 'racks', (c) => n(c.racks)),
      row('Worst-hour facility kW per rack', 'peakFacilityKWPerRack', (c) => kw(c.peakFacilityKWPerRack)),
      row('Racks that fit (simulated load)', 'racksFitAtSimulatedLoad', (c) => n(c.racksFitAtSimulatedLoad)),
      row('Design-point facility kW per rack', 'designFacilityKWPerRack', (c) => kw(c.designFacilityKWPerRack)),
      row('Racks that fit (all nodes at full load)', 'racksFitAtDesignLoad', (c) => n(c.racksFitAtDesignLoad)),
      row('Binding hour (highest facility power)', 'bindingHour.timestamp', (c) =>
        `${c.bindingHour.timestamp}, ${formatKW(c.bindingHour.facilityKW)} kW, ${formatTempC(c.bindingHour.dryBulbC)} dry bulb / ${formatTempC(c.bindingHour.wetBulbC)} wet bulb`),
      row('Within the limit in every hour now', 'fits', (c) => (c.fits ? 'yes' : 'NO')),
    ],
    notes: ['Racks that fit = grid limit / facility kW per rack: facility power is assumed to scale with the rack count at the same per-rack load (fixed loads such as lighting make this slightly conservative).'],
  };
}
