/**
 * Racks of a design: how many, how many nodes each, their rating, and where the
 * IT heat goes (liquid loop or room air).
 *
 * Equation:
 *   nodesPerRack = given, or floor(ratedPowerW / nodeItPowerW)        (nodeItPowerW: design IT power of one node)
 *   rackCount = ceil(nodeCount / nodesPerRack)
 *   rackItPowerW = nodesPerRack * nodeItPowerW;   warning when rackItPowerW > ratedPowerW
 *   liquidHeatW = liquidCaptureFraction * computePowerW + psuHeatToLiquidFraction * psuLossW
 *   airHeatW = (1 - liquidCaptureFraction) * computePowerW + (1 - psuHeatToLiquidFraction) * psuLossW + fanPowerW
 *   so liquidHeatW + airHeatW = computePowerW + psuLossW + fanPowerW = itPowerW (all IT power becomes heat)
 * Assumptions: cold plates capture the heat of the components they touch (GPUs, CPUs, and in a full
 *   liquid PoD memory and VRs too): liquidCaptureFraction is a share of the compute power. PSU losses
 *   go to room air unless the design says its shelf is liquid-cooled (psuHeatToLiquidFraction); server
 *   fan power always ends as room-air heat. Heat of the rack's own PDU/busbar is a power-chain loss.
 * Validity: air racks 10-40 kW, liquid PoDs up to 105 kW (dctwin design, "it" models); a rack loaded
 *   over its rating is reported as a warning (data), not an error.
 * References: ASHRAE TC9.9 (2021) "Emergence and Expansion of Liquid Cooling in Mainstream Data Centers"
 *   (cold-plate heat capture below 100 %, rest to air); Heydari et al., ASME InterPACK 2022, "PUE Analysis
 *   of a High-Density Air-Liquid Hybrid Cooled Data Center" (61.4 % liquid share, study 2);
 *   xFusion FusionPoD for AI (105 kW per cabinet, vendor, tag V).
 * Validated by: test/models/it/rack.test.ts (hand-computed counts, heat balance property)
 * @example rackCount({ type: 'liquid-pod', nodesPerRack: 10, ratedPowerW: 105000, liquidCaptureFraction: 1,
 *   psuHeatToLiquidFraction: 0, footprintM2: 1.2 }, { nodeCount: 128, nodeItPowerW: 10500 })
 *   // => { nodesPerRack: 10, rackCount: 13, rackItPowerW: 105000, overRating: false }
 */

export type RackType = 'air' | 'liquid-pod' | 'hybrid';

export interface RackParams {
  type: RackType;
  /** Nodes per rack; undefined = as many as the rating holds. */
  nodesPerRack?: number;
  /** Rated (design) IT power per rack, W. */
  ratedPowerW: number;
  /** Share of compute power captured by liquid, 0-1 (0 for `air`). */
  liquidCaptureFraction: number;
  /** Share of PSU loss captured by liquid, 0-1 (default 0: PSUs are air-cooled). */
  psuHeatToLiquidFraction: number;
  /** Floor area of one rack, m^2 (used to estimate white space for lighting). */
  footprintM2: number;
}

export interface RackSizing {
  nodesPerRack: number;
  rackCount: number;
  /** Design IT power of one full rack, W. */
  rackItPowerW: number;
  /** True when a full rack draws more than its rating at design. */
  overRating: boolean;
}

export function rackCount(params: RackParams, facts: { nodeCount: number; nodeItPowerW: number }): RackSizing {
  if (!(facts.nodeItPowerW > 0)) throw new RangeError(`rack: nodeItPowerW must be > 0, got ${facts.nodeItPowerW}`);
  const nodesPerRack = params.nodesPerRack ?? Math.max(1, Math.floor(params.ratedPowerW / facts.nodeItPowerW));
  const rackItPowerW = nodesPerRack * facts.nodeItPowerW;
  return {
    nodesPerRack,
    rackCount: Math.ceil(facts.nodeCount / nodesPerRack),
    rackItPowerW,
    overRating: rackItPowerW > params.ratedPowerW * (1 + 1e-9),
  };
}

/** Warnings (data, not errors) about a rack sizing, in the project's message grammar. */
export function rackWarnings(params: RackParams, sizing: RackSizing): string[] {
  const out: string[] = [];
  const kW = (w: number) => `${Math.round(w / 100) / 10} kW`;
  if (sizing.overRating) {
    out.push(`racks: ${sizing.nodesPerRack} nodes per rack draw ${kW(sizing.rackItPowerW)} at design, over the rated ${kW(params.ratedPowerW)}`);
  }
  if (params.type === 'air' && sizing.rackItPowerW > 40_000) {
    out.push(`racks: an air-cooled rack of ${kW(sizing.rackItPowerW)} is above the 40 kW usually air-coolable; consider hybrid or liquid-pod`);
  }
  return out;
}

export interface HeatSplitInput {
  computePowerW: number;
  psuLossW: number;
  fanPowerW: number;
}

/** Splits IT power (all of which becomes heat) into heat to the liquid loop and heat to room air. */
export function heatSplit(params: RackParams, input: HeatSplitInput): { liquidHeatW: number; airHeatW: number } {
  const { liquidCaptureFraction: capture, psuHeatToLiquidFraction: psuToLiquid } = params;
  return {
    liquidHeatW: liquidHeatOfW(capture, psuToLiquid, input.computePowerW, input.psuLossW),
    airHeatW: airHeatOfW(capture, psuToLiquid, input.computePowerW, input.psuLossW, input.fanPowerW),
  };
}

/** heatSplit's liquid heat (the per-step path: no record allocated). */
export function liquidHeatOfW(liquidCaptureFraction: number, psuHeatToLiquidFraction: number, computePowerW: number, psuLossW: number): number {
  return liquidCaptureFraction * computePowerW + psuHeatToLiquidFraction * psuLossW;
}

/** heatSplit's room-air heat (the per-step path: no record allocated). */
export function airHeatOfW(liquidCaptureFraction: number, psuHeatToLiquidFraction: number, computePowerW: number, psuLossW: number,
  fanPowerW: number): number {
  return (1 - liquidCaptureFraction) * computePowerW + (1 - psuHeatToLiquidFraction) * psuLossW + fanPowerW;
}

/** White-space floor area of the racks, m^2: footprint times a whitespace factor for aisles and clearances. */
export function whiteSpaceAreaM2(params: RackParams, racks: number, whiteSpaceFactor = WHITE_SPACE_FACTOR): number {
  return racks * params.footprintM2 * whiteSpaceFactor;
}

/**
 * Gross white space per rack footprint: a 0.6 x 1.2 m rack in hot/cold aisle rows with 1.2 m aisles takes
 * about 0.6 x (1.2 + 1.2) = 1.44 m^2, i.e. 2x its footprint, plus ~25 % for cross aisles and CRAH/CDU
 * galleries -> 2.5 (D from a typical layout; U, override with lighting.area).
 */
export const WHITE_SPACE_FACTOR = 2.5;
