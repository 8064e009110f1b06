/**
 * Differential electricity surcharge on a data center whose annual PUE exceeds a limit (Beijing from 2026).
 *
 * Equation:
 *   tier     = the last tier (ascending pueThresholdRatio) with pue > tier.pueThresholdRatio; none => surcharge 0
 *   energyJ  = (pue - tiers[0].pueThresholdRatio) * annualItEnergyJ   when appliesTo = 'excess' (the energy above the limit)
 *            = pue * annualItEnergyJ                         when appliesTo = 'all' (all facility energy)
 *   surcharge = tier.pricePerJ * energyJ
 * Assumptions: the PUE is the simulated annual energy-based PUE of the whole facility (ISO/IEC 30134-2 category
 *   of the run's metering, summary metrics.pueCategory), so facility energy = pue * IT energy; one tier's price
 *   applies to the whole basis (Beijing: the excess part is billed at +0.2 or at +0.5 CNY/kWh, not in bands);
 *   the surcharge escalates with the other opex prices.
 * Units: prices per J in the scenario currency; energies J.
 * Validity: pue >= 1 or NaN (no IT energy: no surcharge); tiers ascending.
 * References: 北京市经济和信息化局等 《北京市存量数据中心优化工作方案(2024-2027年)》 (Nov 2024): from 2026 a
 *   differential tariff for data centers with PUE above 1.35; within one times the limit (PUE <= 2.70) the part
 *   above the limit pays +0.2 CNY/kWh, beyond it +0.5 CNY/kWh [S: chinastarmarket.cn/detail/1860079;
 *   zhaoxny.com/p/6a8ea33e6865a.html; shared/reference/costs-accelerators-resilience-policy.md].
 * Validated by: test/tco/tariffStructure.test.ts (hand-computed at, below and above the limit: unit tests).
 * @example annualPueSurcharge(beijing, { pue: 1.45, annualItEnergyJ: 3.6e13 }) // 1 GWh excess x 0.2 CNY/kWh => 200 000
 */

export interface PueSurchargeTier {
  /** The tier applies when the annual PUE is above this. */
  pueThresholdRatio: number;
  pricePerJ: number;
}

export interface PueSurcharge {
  /** Ascending by pueThresholdRatio; the first tier's pueThresholdRatio is the limit. */
  tiers: PueSurchargeTier[];
  appliesTo: 'excess' | 'all';
}

/** The surcharge of one year (see the file's Equation). */
export function annualPueSurcharge(spec: PueSurcharge, input: { pue: number; annualItEnergyJ: number }): number {
  const { pue, annualItEnergyJ } = input;
  let tier: PueSurchargeTier | undefined;
  for (const t of spec.tiers) if (pue > t.pueThresholdRatio) tier = t;
  if (tier === undefined) return 0; // at or below the limit, or NaN
  const energyJ = spec.appliesTo === 'excess' ? (pue - spec.tiers[0].pueThresholdRatio) * annualItEnergyJ : pue * annualItEnergyJ;
  return tier.pricePerJ * energyJ;
}
