/**
 * PUE family, energy-based.
 *
 * Equations (ISO/IEC 30134-2; The Green Grid WP#49):
 *   pue = facilityEnergyJ / itEnergyJ                      (annual: both over the same 12 months)
 *   pPUE_subsystem = (itEnergyJ + subsystemEnergyJ) / itEnergyJ   (partial PUE, EN 50600-4-2 Annex C)
 *   boundary PUE = (facilityEnergyJ - sum of the excluded meters' energy) / itEnergyJ   (a published PUE's own
 *     metering boundary, e.g. NREL ESIF without electrical losses; ISO/IEC 30134-2 asks that it be stated)
 * Category: dctwin meters IT energy at the IT equipment input (after PDUs,
 * before server PSUs), which ISO/IEC 30134-2 calls "advanced resolution" and
 * The Green Grid PUE v2 calls Category 3, hence PUE3.
 * Assumptions: facility energy = every meter of the design (IT included); no
 * on-site generation; heat reuse is not subtracted (that is ERE's job).
 */
import type { ComponentCategory } from '../types/hourly.js';

export const PUE_CATEGORY = 'PUE3' as const;

/** Energy ratio facility / IT; NaN when there is no IT energy (an empty period has no PUE). */
export function pue(facilityEnergyJ: number, itEnergyJ: number): number {
  return itEnergyJ > 0 ? facilityEnergyJ / itEnergyJ : Number.NaN;
}

/** Partial PUE of each non-IT category: (IT + that category) / IT. */
export function partialPue(energyByCategoryJ: Record<ComponentCategory, number>): Record<string, number> {
  const it = energyByCategoryJ.it;
  const out: Record<string, number> = {};
  for (const c of ['cooling', 'power', 'misc'] as const) out[c] = pue(it + energyByCategoryJ[c], it);
  return out;
}

/** PUE per month (1-12) from hourly facility and IT energies and each hour's month. */
export function monthlyPue(facilityByHourJ: Float64Array, itByHourJ: Float64Array, monthOfHour: Uint8Array): number[] {
  const fac = new Float64Array(12);
  const it = new Float64Array(12);
  for (let h = 0; h < facilityByHourJ.length; h++) {
    const m = monthOfHour[h % monthOfHour.length] - 1;
    fac[m] += facilityByHourJ[h];
    it[m] += itByHourJ[h];
  }
  return Array.from(fac, (f, m) => pue(f, it[m]));
}

/** PUE without the `exclude`d meters (energy per meter, J, IT included in `facilityEnergyJ`). */
export function boundaryPue(facilityEnergyJ: number, itEnergyJ: number, energyJByMeter: Readonly<Record<string, number>>,
  exclude: readonly string[]): number {
  let outsideJ = 0;
  for (const m of exclude) outsideJ += energyJByMeter[m] ?? 0;
  return pue(facilityEnergyJ - outsideJ, itEnergyJ);
}
