/**
 * Scope 2 emissions of the facility's grid electricity, location-based and market-based, and CUE.
 *
 * Equations:
 *   locationKg = sum_h facilityEnergyJ[h] * gridCarbonKgPerJ[h mod 8760]   with site.gridCarbonHourly
 *              = facilityEnergyJ * gridCarbonKgPerJ                        with a constant site.gridCarbon
 *   marketKg   = locationKg * (1 - greenShare)                             (greenShare 0 without site.greenShare)
 *   cueKgPerKWh = marketKg / itEnergyKWh; cueLocationKgPerKWh = locationKg / itEnergyKWh
 * Accounting: GHG Protocol Scope 2 Guidance (WRI/WBCSD 2015) asks for both methods. Location-based: the
 *   average emission factor of the grid where the energy is used (China: the MEE/NBS provincial average
 *   factors). Market-based: energy covered by contractual instruments (PPAs, green certificates) at the
 *   instrument's factor (0 for wind, solar, hydro), the rest at a residual-mix factor. CUE per ISO/IEC
 *   30134-8 (The Green Grid WP#32): total CO2e of the data center's energy / IT energy; with grid power
 *   only, CUE = factor * PUE.
 * Assumptions: all facility energy comes from the grid (no on-site generation, Scope 1 = 0); the green
 *   share covers the same fraction of every hour (an annual contract matched on annual energy, not hourly
 *   24/7 matching); the uncovered energy is counted at the grid average (no published residual mix for
 *   China's provinces; the average understates it, as the contracted green energy stays in it: the
 *   double counting the Scope 2 Guidance warns of); an hourly series is local standard time, repeated
 *   every simulated year, like the weather. Without site.greenShare both methods give the same number.
 * Units: energies J, factors kg CO2e per J, emissions kg CO2e, CUE kg CO2e per kWh of IT energy.
 * Validity: 0 <= greenShare <= 1; factors >= 0 (checked at load).
 * References: GHG Protocol Scope 2 Guidance (2015), ch. 4 (dual reporting), ch. 6 (location-based
 *   factors), ch. 7 (quality criteria, residual mix); ISO/IEC 30134-8:2022 CUE; The Green Grid WP#32 (2010).
 * Validated by: test/metrics/carbon.test.ts (hand-computed sums; unit tests).
 * @example gridEmissions(3.6e9, hourly, { kgPerJ: 0.5 / 3.6e6, greenShare: 0.5 }) // 1000 kWh at 0.5 kg/kWh => { locationKg: 500, marketKg: 250 }
 */

/** The site's carbon inputs as the scenario parses them (scenario/schema/site.ts). */
export interface GridCarbonInput {
  /** Constant factor (with an hourly series: its mean, unused here). */
  kgPerJ: number;
  /** One factor per hour of a 365-day year, kg CO2e per J. */
  hourlyKgPerJ?: readonly number[];
  /** Contracted green-power share of facility energy, 0-1. */
  greenShare?: number;
}

export interface GridEmissions {
  locationKg: number;
  marketKg: number;
}

/** Emissions of a design's facility energy (total J and the hourly J it sums to; see the file's Equations). */
export function gridEmissions(facilityJ: number, facilityHourlyJ: Float64Array, carbon: GridCarbonInput): GridEmissions {
  const series = carbon.hourlyKgPerJ;
  let locationKg: number;
  if (series === undefined) {
    locationKg = facilityJ * carbon.kgPerJ; // the constant case, unchanged: one product (golden files byte-identical)
  } else {
    locationKg = 0;
    for (let h = 0, i = 0; h < facilityHourlyJ.length; h++, i = i + 1 === series.length ? 0 : i + 1) locationKg += facilityHourlyJ[h] * series[i];
  }
  const marketKg = carbon.greenShare === undefined ? locationKg : locationKg * (1 - carbon.greenShare);
  return { locationKg, marketKg };
}
