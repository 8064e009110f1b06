/**
 * Capital cost by component, paid in year 0.
 */
import type { CapexPrices, InstalledCooling } from './costParams.js';

export interface CapexInput {
  /** Design IT power, W. */
  itRatedW: number;
  racks: number;
  /** Floor area per rack including its share of aisles and clearances, m^2. */
  rackFootprintM2: number;
  /** Share of IT heat captured by liquid, 0-1. */
  liquidFraction: number;
  /** Design heat to the cooling plant (IT plus in-building losses), W: the base of `single` and `split` cooling prices. */
  coolingRatedW: number;
  /** The sized plant's installed equipment by class: the base of `perEquipment` cooling prices. */
  coolingEquipment?: readonly InstalledCooling[];
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
 *   coolingCapex       = sum over installed classes e of pricePerW[e] * capacityW[e]      (perEquipment prices)
 *                        or coolingRatedW * (liquidFraction * liquidPricePerW + (1 - liquidFraction) * airPricePerW)
 *                        (or coolingRatedW * pricePerW when one price is given)
 *   liquidPremiumCapex = liquidPremiumPricePerW * itRatedW * liquidFraction
 *   whiteSpaceCapex    = whiteSpacePricePerM2 * racks * rackFootprintM2
 *   itCapex            = itPricePerW * itRatedW
 * Assumptions: unit prices scale linearly with capacity (no economies of scale). perEquipment: each
 *   price covers its class installed (its share of piping, controls and installation included), on
 *   capacity with redundant units, so climate and redundancy move the cost through the sizing.
 *   single/split (kept for older scenarios): the redundancy topology is inside each price per W of
 *   design heat, which the climate does not change; heat splits by the liquid heat share.
 * Validity: prices >= 0, 0 <= liquidFraction <= 1; perEquipment needs a price for every installed class
 *   (the scenario schema checks it; otherwise RangeError, a bug upstream).
 * References: Turner & Seader, "Dollars per kW plus Dollars per Square Foot Are a Better Data Center
 *   Cost Model than Dollars per Square Foot Alone", Uptime Institute white paper (cost = $/kW of
 *   usable capacity + $/ft^2 of computer room); Schneider Electric WP6 rev 4 (TCO of power,
 *   cooling and space; excludes IT); shared/reference/metrics-parameters-tco.md §4.1-4.2.
 * Validated by: test/tco/capex.test.ts (hand-computed lines); test/studies/coolingCapexClimate.test.ts
 *   (Phoenix costs more to build than Oslo).
 * @example capexLines(prices, { itRatedW: 1e6, racks: 10, rackFootprintM2: 3, liquidFraction: 1, coolingRatedW: 1.2e6 })
 */
export function capexLines(prices: CapexPrices, input: CapexInput): CapexLines {
  const { itRatedW, racks, rackFootprintM2, liquidFraction, coolingRatedW } = input;
  if (!(liquidFraction >= 0 && liquidFraction <= 1)) throw new RangeError(`liquidFraction ${liquidFraction} outside 0-1`);
  if (!(itRatedW >= 0 && coolingRatedW >= 0 && racks >= 0 && rackFootprintM2 >= 0)) {
    throw new RangeError('capex capacities must be >= 0');
  }
  return {
    powerCapex: prices.powerPricePerW * itRatedW,
    coolingCapex: coolingCapex(prices, input),
    liquidPremiumCapex: prices.liquidPremiumPricePerW * itRatedW * liquidFraction,
    whiteSpaceCapex: prices.whiteSpacePricePerM2 * racks * rackFootprintM2,
    itCapex: prices.itPricePerW * itRatedW,
  };
}

function coolingCapex(prices: CapexPrices, input: CapexInput): number {
  const cooling = prices.cooling;
  if (cooling.kind === 'single') return cooling.pricePerW * input.coolingRatedW;
  if (cooling.kind === 'split') {
    return (input.liquidFraction * cooling.liquidPricePerW + (1 - input.liquidFraction) * cooling.airPricePerW) * input.coolingRatedW;
  }
  if (input.coolingEquipment === undefined) throw new RangeError('capex: per-equipment cooling prices need the installed equipment');
  let sum = 0;
  for (const e of input.coolingEquipment) {
    const price = cooling.pricePerWByEquipment[e.equipment];
    if (price === undefined) throw new RangeError(`capex: no cooling price for installed ${e.equipment}`);
    if (!(e.capacityW >= 0)) throw new RangeError(`capex: installed ${e.equipment} capacity ${e.capacityW} must be >= 0`);
    sum += price * e.capacityW;
  }
  return sum;
}

/** Facility capex (every line but IT): the base of maintenance. */
export function facilityCapex(lines: CapexLines): number {
  return lines.powerCapex + lines.coolingCapex + lines.liquidPremiumCapex + lines.whiteSpaceCapex;
}
