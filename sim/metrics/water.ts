/**
 * Water and carbon intensities.
 *
 * Equations:
 *   wueLPerKWh = siteWaterL / itEnergyKWh          (ISO/IEC 30134-9; The Green Grid WP#35)
 *   cueKgPerKWh = emissionsKg / itEnergyKWh, emissionsKg from carbon.ts (location- or market-based)
 *                                                  (ISO/IEC 30134-8; The Green Grid WP#32: CUE = CEF * PUE
 *                                                   when all energy is grid electricity)
 *   ere = (facilityEnergyJ - reusedEnergyJ) / itEnergyJ   (The Green Grid WP#29)
 *   erf = reusedEnergyJ / facilityEnergyJ                 (ISO/IEC 30134-6:2021; so ere = (1 - erf) * pue)
 * Assumptions: site water only (no source water of power generation); carbon
 * accounting in carbon.ts.
 */
import { kWhFromJ } from '../units.js';

export function wueLPerKWh(waterL: number, itEnergyJ: number): number {
  return itEnergyJ > 0 ? waterL / kWhFromJ(itEnergyJ) : Number.NaN;
}

export function cueKgPerKWh(emissionsKg: number, itEnergyJ: number): number {
  return itEnergyJ > 0 ? emissionsKg / kWhFromJ(itEnergyJ) : Number.NaN;
}

export function ere(facilityEnergyJ: number, reusedEnergyJ: number, itEnergyJ: number): number {
  return itEnergyJ > 0 ? (facilityEnergyJ - reusedEnergyJ) / itEnergyJ : Number.NaN;
}

export function erf(reusedEnergyJ: number, facilityEnergyJ: number): number {
  return facilityEnergyJ > 0 ? reusedEnergyJ / facilityEnergyJ : Number.NaN;
}
