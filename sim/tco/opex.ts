/**
 * Operating cost of one year at year-1 prices, by line.
 */
import { HOURS_PER_YEAR, LITRES_PER_M3, SECONDS_PER_HOUR } from '../units.js';
import type { EnergyTariff } from './costParams.js';
import { annualDemandCharge, type DemandCharge } from './demandCharge.js';
import { powerFactorAdjustmentRate } from './powerFactor.js';
import { annualPueSurcharge, type PueSurcharge } from './pueSurcharge.js';
import { MONTHS_PER_YEAR, tariffPricePerJ } from './tariff.js';

export interface OpexPrices {
  energyTariff: EnergyTariff;
  demandPricePerWMonth: number;
  demandCharge?: DemandCharge;
  powerFactorAdjustment?: 'china-1983';
  pueSurcharge?: PueSurcharge;
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
  /** Rated VA of every installed transformer unit (a demand charge by transformer capacity). */
  transformerInstalledVA?: number;
  /** The facility's power factor at the meter (the power-factor adjustment). */
  powerFactor?: number;
  /** Simulated annual PUE and IT energy per year, J (the PUE surcharge). */
  pue?: number;
  annualItEnergyJ?: number;
  /** With failures: expected lost work and repairs a year, in the currency (resilienceRun.ts). */
  resilience?: { lostWorkPerYear: number; repairsPerYear: number };
}

/** Opex lines of one year in a fixed order; keys are the `lines` names of the TCO summary. */
export interface OpexLines {
  energyOpex: number;
  demandOpex: number;
  waterOpex: number;
  maintenanceOpex: number;
  carbonOpex: number;
  /** With costs.energy.powerFactorAdjustment: bonus (< 0) or penalty on the energy and demand charges. */
  powerFactorOpex?: number;
  /** With costs.energy.pueSurcharge. */
  pueSurchargeOpex?: number;
  /** With failures (scenario resilience): expected yearly value of lost work and cost of repairs. */
  lostWorkOpex?: number;
  repairsOpex?: number;
}

/** A tariff part that needs an input the caller did not give: a bug upstream. */
function required(value: number | undefined, name: string): number {
  if (value === undefined) throw new RangeError(`opex: ${name} is required by the tariff`);
  return value;
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
 *                     or annualDemandCharge(demandCharge, ...)               (demandCharge.ts: monthly maximum demand
 *                                                                            or transformer capacity)
 *   powerFactorOpex = powerFactorAdjustmentRate(powerFactor) * (energyOpex + demandOpex)   (powerFactor.ts)
 *   pueSurchargeOpex = annualPueSurcharge(pueSurcharge, pue, annualItEnergyJ)              (pueSurcharge.ts)
 *   waterOpex       = waterPricePerM3 * annualWaterL / LITRES_PER_M3
 *   maintenanceOpex = maintenanceShare * maintenanceBase
 *   carbonOpex      = carbonPricePerKg * annualEmissionsKg   (market-based: metrics.emissionsKg, site.greenShare at 0; metrics/carbon.ts)
 * Assumptions: the scalar demand charge is billed on the year's peak in every month (a ratchet; conservative
 *   versus monthly maxima); maintenance is a fixed share of facility capex per year; the power-factor and PUE
 *   lines appear only when the tariff has them (the summary's lines stay as they were without them).
 * Validity: inputs >= 0.
 * References: shared/reference/metrics-parameters-tco.md §4.2 (opex structure; maintenance rate U: a user input).
 * Validated by: test/tco/opex.test.ts, test/tco/tariffStructure.test.ts.
 * @example opexLines(prices, input).waterOpex // 4.1 per m^3 x 1e6 L => 4100
 */
export function opexLines(prices: OpexPrices, input: OpexInput): OpexLines {
  const energyOpex = annualEnergyCost(prices.energyTariff, input.hourlyFacilityPowerW, input.hourOfDay, input.month);
  const demandOpex = prices.demandCharge === undefined
    ? prices.demandPricePerWMonth * input.peakFacilityPowerW * MONTHS_PER_YEAR
    : annualDemandCharge(prices.demandCharge, {
      powerW: input.hourlyFacilityPowerW,
      month: input.month,
      transformerInstalledVA: prices.demandCharge.basis === 'transformerCapacity' ? required(input.transformerInstalledVA, 'transformerInstalledVA') : 0,
    });
  const lines: OpexLines = {
    energyOpex,
    demandOpex,
    waterOpex: (prices.waterPricePerM3 * input.annualWaterL) / LITRES_PER_M3,
    maintenanceOpex: prices.maintenanceShare * input.maintenanceBase,
    carbonOpex: prices.carbonPricePerKg * input.annualEmissionsKg,
  };
  if (prices.powerFactorAdjustment !== undefined) {
    lines.powerFactorOpex = powerFactorAdjustmentRate(required(input.powerFactor, 'powerFactor')) * (energyOpex + demandOpex);
  }
  if (prices.pueSurcharge !== undefined) {
    lines.pueSurchargeOpex = annualPueSurcharge(prices.pueSurcharge, { pue: required(input.pue, 'pue'), annualItEnergyJ: required(input.annualItEnergyJ, 'annualItEnergyJ') });
  }
  if (input.resilience !== undefined) {
    lines.lostWorkOpex = input.resilience.lostWorkPerYear;
    lines.repairsOpex = input.resilience.repairsPerYear;
  }
  return lines;
}
