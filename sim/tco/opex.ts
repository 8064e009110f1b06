/**
 * Operating cost of one year at year-1 prices, by line.
 */
import { HOURS_PER_YEAR, LITRES_PER_M3, SECONDS_PER_HOUR } from '../units.js';
import type { EnergyTariff } from './costParams.js';
import { MONTHS_PER_YEAR, tariffPricePerJ } from './tariff.js';

export interface OpexPrices {
  energyTariff: EnergyTariff;
  demandPricePerWMonth: number;
  waterPricePerM3: number;
  maintenanceShare: number;
  carbonPricePerKg: number;
}

export interface OpexInput {
  /** Mean facility power per hour over the simulated year, W. */
  hourlyFacilityPowerW: Float64Array;
  /** Hour of day 0-23 of each hour. */
  hourOfDay: Uint8Array;
  /** Month 1-12 of each hour. */
  month: Uint8Array;
  /** Highest facility power of the year, W. */
  peakFacilityPowerW: number;
  annualWaterL: number;
  annualEmissionsKg: number;
  /** Capex on which maintenance is charged (facility capex, IT excluded). */
  maintenanceBase: number;
}

/** Opex lines of one year in a fixed order; keys are the `lines` names of the TCO summary. */
export interface OpexLines {
  energyOpex: number;
  demandOpex: number;
  waterOpex: number;
  maintenanceOpex: number;
  carbonOpex: number;
}

/**
 * Energy cost of one year under a (time-of-use) tariff.
 *
 * Equation:
 *   energyCost = (HOURS_PER_YEAR / hours) * sum_h hourlyFacilityPowerW[h] * SECONDS_PER_HOUR * price(month[h], hourOfDay[h])
 * Assumptions: power is the hour's mean, so the hour's energy is exact; a run of a different length
 *   (a leap year's 8784 h, a short test run) is scaled to a 8760 h year.
 * Validity: hours > 0; the three arrays have the same length (else RangeError, a bug upstream).
 * References: energy-based billing as in shared/reference/metrics-parameters-tco.md §4.2 (Opex_y = sum_h E(h) tariff(h)).
 * Validated by: test/tco/opex.test.ts (synthetic 8760 h profile, hand-computed TOU bill).
 * @example annualEnergyCost(flatTariff(0.62 / 3.6e6), new Float64Array(8760).fill(1e6), hourOfDay, month) // 1 MW all year at 0.62/kWh => 5 431 200
 */
export function annualEnergyCost(tariff: EnergyTariff, powerW: Float64Array, hourOfDay: Uint8Array, month: Uint8Array): number {
  const hours = powerW.length;
  if (hours === 0 || hourOfDay.length !== hours || month.length !== hours) {
    throw new RangeError(`hourly arrays must be non-empty and of one length, got ${hours}, ${hourOfDay.length}, ${month.length}`);
  }
  let cost = 0;
  for (let h = 0; h < hours; h++) {
    cost += powerW[h] * SECONDS_PER_HOUR * tariffPricePerJ(tariff, month[h], hourOfDay[h]);
  }
  return (cost * HOURS_PER_YEAR) / hours;
}

/**
 * All opex lines of one year at year-1 prices.
 *
 * Equation:
 *   energyOpex      = annualEnergyCost(...)                                  (see above)
 *   demandOpex      = demandPricePerWMonth * peakFacilityPowerW * 12         (charge on the year's peak, every month)
 *   waterOpex       = waterPricePerM3 * annualWaterL / LITRES_PER_M3
 *   maintenanceOpex = maintenanceShare * maintenanceBase
 *   carbonOpex      = carbonPricePerKg * annualEmissionsKg
 * Assumptions: the demand charge is billed on the year's peak in every month (a ratchet; conservative
 *   versus monthly maxima); maintenance is a fixed share of facility capex per year.
 * Validity: inputs >= 0.
 * References: shared/reference/metrics-parameters-tco.md §4.2 (opex structure; maintenance rate U: a user input).
 * Validated by: test/tco/opex.test.ts.
 * @example opexLines(prices, input).waterOpex // 4.1 per m^3 x 1e6 L => 4100
 */
export function opexLines(prices: OpexPrices, input: OpexInput): OpexLines {
  return {
    energyOpex: annualEnergyCost(prices.energyTariff, input.hourlyFacilityPowerW, input.hourOfDay, input.month),
    demandOpex: prices.demandPricePerWMonth * input.peakFacilityPowerW * MONTHS_PER_YEAR,
    waterOpex: (prices.waterPricePerM3 * input.annualWaterL) / LITRES_PER_M3,
    maintenanceOpex: prices.maintenanceShare * input.maintenanceBase,
    carbonOpex: prices.carbonPricePerKg * input.annualEmissionsKg,
  };
}
