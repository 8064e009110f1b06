/**
 * Capital cost by component, paid in year 0.
 */
import type { CapexPrices } from './costParams.js';

export interface CapexInput {
  /** Design IT power, W. */
  itRatedW: number;
  racks: number;
  /** Floor area per rack including its share of aisles and clearances, m^2. */
  rackFootprintM2: number;
  /** Share of IT heat captured by liquid, 0-1. */
  liquidFraction: number;
  /** Installed heat-rejection capacity (design heat plus redundancy), W. */
  coolingRatedW: number;
}

/** Capex lines in a fixed order; keys are the `lines` names of the TCO summary. */
export interface CapexLines {
  powerCapex: number;
  coolingCapex: number;
  liquidPremiumCapex: number;
  whiteSpaceCapex: number;
  itCapex: number;
}

/**
 * Capex by component (Uptime's "$/kW of capacity + $/ft^2 of computer room" structure).
 *
 * Equation:
 *   powerCapex         = powerPricePerW * itRatedW
 *   coolingCapex       = coolingRatedW * (liquidFraction * liquidPricePerW + (1 - liquidFraction) * airPricePerW)
 *                        (or coolingRatedW * pricePerW when one price is given)
 *   liquidPremiumCapex = liquidPremiumPricePerW * itRatedW * liquidFraction
 *   whiteSpaceCapex    = whiteSpacePricePerM2 * racks * rackFootprintM2
 *   itCapex            = itPricePerW * itRatedW
 * Assumptions: unit prices scale linearly with capacity (no economies of scale); the redundancy
 *   topology (N+1, 2N) is inside each price per W of design capacity; installed cooling splits
 *   between air and liquid plant in proportion to the liquid heat share.
 * Validity: prices >= 0, 0 <= liquidFraction <= 1 (out of range: RangeError, a bug upstream).
 * References: Turner & Seader, "Dollars per kW plus Dollars per Square Foot Are a Better Data Center
 *   Cost Model than Dollars per Square Foot Alone", Uptime Institute white paper (cost = $/kW of
 *   usable capacity + $/ft^2 of computer room); Schneider Electric WP6 rev 4 (TCO of power,
 *   cooling and space; excludes IT); shared/reference/metrics-parameters-tco.md §4.1-4.2.
 * Validated by: test/tco/capex.test.ts (hand-computed lines).
 * @example capexLines(prices, { itRatedW: 1e6, racks: 10, rackFootprintM2: 3, liquidFraction: 1, coolingRatedW: 1.2e6 })
 */
export function capexLines(prices: CapexPrices, input: CapexInput): CapexLines {
  const { itRatedW, racks, rackFootprintM2, liquidFraction, coolingRatedW } = input;
  if (!(liquidFraction >= 0 && liquidFraction <= 1)) throw new RangeError(`liquidFraction ${liquidFraction} outside 0-1`);
  if (!(itRatedW >= 0 && coolingRatedW >= 0 && racks >= 0 && rackFootprintM2 >= 0)) {
    throw new RangeError('capex capacities must be >= 0');
  }
  const cooling = prices.cooling;
  const coolingPricePerW =
    cooling.kind === 'single'
      ? cooling.pricePerW
      : liquidFraction * cooling.liquidPricePerW + (1 - liquidFraction) * cooling.airPricePerW;
  return {
    powerCapex: prices.powerPricePerW * itRatedW,
    coolingCapex: coolingPricePerW * coolingRatedW,
    liquidPremiumCapex: prices.liquidPremiumPricePerW * itRatedW * liquidFraction,
    whiteSpaceCapex: prices.whiteSpacePricePerM2 * racks * rackFootprintM2,
    itCapex: prices.itPricePerW * itRatedW,
  };
}

/** Facility capex (every line but IT): the base of maintenance. */
export function facilityCapex(lines: CapexLines): number {
  return lines.powerCapex + lines.coolingCapex + lines.liquidPremiumCapex + lines.whiteSpaceCapex;
}
