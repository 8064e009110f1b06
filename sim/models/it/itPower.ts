/**
 * IT power of a design at one instant: node compute power (from the workload) plus
 * server fans plus PSU losses, and where its heat goes. Pure composition of
 * serverFans.ts, psu.ts and rack.ts.
 *
 * Equation:
 *   fanPowerW = serverFanPowerW(poweredNodes, meanUtilization, inletAirTempC)        (serverFans.ts)
 *   outputW = computePowerW + fanPowerW                                                (PSU DC output)
 *   designNodeOutputW = nodePeakPowerW + designFanPowerW
 *   server PSUs:  psuLossW = groups * psuLoss(outputW / groups; rated = sizingFactor * designNodeOutputW),
 *                 groups = poweredNodes (a powered-down node's supplies are off)
 *   rack shelf:   psuLossW = psuLoss(outputW; rated = sizingFactor * nodeCount * designNodeOutputW)
 *                 (all shelves stay on; load spread evenly over them)
 *   itPowerW = computePowerW + fanPowerW + psuLossW                                   (power at the IT input)
 *   liquidHeatW, airHeatW = heatSplit(...)                                             (rack.ts)
 * Assumptions: load spread evenly over powered nodes (server PSUs) or over all shelves; one inlet air
 *   temperature for all nodes (the caller's inletAirTempC, absolute: no re-referencing to the design inlet); fan share when not given = 10 % x (1 - liquidCaptureFraction): the fans only
 *   move the air that removes the heat the liquid does not take.
 * Validity: as psu.ts and serverFans.ts; `clamped` is set if either clamps.
 * References: EnergyPlus Engineering Reference, ElectricEquipment:ITE:AirCooled (PCPU + PFan through the
 *   power supply, PUPS loss); Patterson et al. (2013), "TUE, a new energy-efficiency metric applied at ORNL's
 *   Jaguar", ISC 2013, doi 10.1007/978-3-642-38750-0_28 (ITUE = IT input / compute components: this split);
 *   fan share of high-density air servers 10-20 %: ASHRAE TC9.9 (2021) liquid-cooling white paper (tag S).
 * Validated by: test/models/it/itPower.test.ts (hand-computed composition, energy balance property); unit tests only
 * @example itPower(params, { computePowerW: 9000, poweredNodes: 1, meanUtilization: 1, inletAirTempC: 25 })
 *   // with 1 node, 9 kW peak, 10 % fans, Titanium server PSUs at sizing 2: fan 1000 W,
 *   // load 0.5 -> efficiency 0.96, psuLossW = 10000 (1/0.96 - 1) = 416.67, itPowerW = 10416.67
 */
import type { FanFlowCurve, PsuCurve } from './curves.js';
import { psuCurveClamped, psuLossOnlyW, type PsuKind } from './psu.js';
import { designFanPowerW, fanCurveClamped, fanFlowFractionAt, serverFanPowerAtW } from './serverFans.js';
import { airHeatOfW, liquidHeatOfW, type RackParams } from './rack.js';

/** Fan share of an air-cooled GPU server's design input (ASHRAE TC9.9 2021 WP via research notes: 10-20 %; low end). */
export const AIR_SERVER_FAN_FRACTION = 0.1;

/** The design's `it` block after normalization (sim/scenario/schema/it.ts). */
export interface ItConfig {
  psu: {
    kind: PsuKind;
    curve: PsuCurve;
    /** Installed PSU capacity / design load it feeds (2 for 1+1 server supplies, 1.2 for 5+1 shelf rectifiers). */
    sizingFactor: number;
  };
  fans: {
    /** Fan share of the node design input, 0-1; undefined = AIR_SERVER_FAN_FRACTION x (1 - liquid capture). */
    designPowerFraction?: number;
    flowCurve: FanFlowCurve;
    powerLaw: readonly [number, number, number, number];
  };
  /**
   * Server inlet air at the design's rating point, degC: the rack rating and PSU sizing are evaluated there
   * (ratedItPowerW), and it is the servers' inlet when the design has no air plant. In operation the servers
   * breathe the air plant's supply air (sizeDesign.ts); the fan curve is evaluated at that absolute inlet.
   */
  designInletAirTempC: number;
}

export interface ItParams extends ItConfig {
  racks: RackParams;
  /** GPU nodes installed in the design (same in every design of a scenario). */
  nodeCount: number;
  /** Compute power of one node at full utilization, before PSU losses and fans, W. */
  nodePeakPowerW: number;
}

export interface ItInput {
  computePowerW: number;
  poweredNodes: number;
  meanUtilization: number;
  inletAirTempC: number;
}

export interface ItOutput {
  itPowerW: number;
  computePowerW: number;
  psuLossW: number;
  fanPowerW: number;
  liquidHeatW: number;
  airHeatW: number;
  clamped: boolean;
}

/** The fan share actually used: the given one, or the air-server share scaled by what liquid leaves to air. */
export function fanPowerFraction(params: ItConfig & { racks: RackParams }): number {
  return params.fans.designPowerFraction ?? AIR_SERVER_FAN_FRACTION * (1 - params.racks.liquidCaptureFraction);
}

export function itPower(params: ItParams, input: ItInput): ItOutput {
  return itPowerInto(params, input, { itPowerW: 0, computePowerW: 0, psuLossW: 0, fanPowerW: 0, liquidHeatW: 0, airHeatW: 0, clamped: false });
}

/** itPower writing every field of `out` and returning it: a design evaluated each control step allocates nothing. */
export function itPowerInto(params: ItParams, input: ItInput, out: ItOutput): ItOutput {
  if (!(input.computePowerW >= 0)) throw new RangeError(`itPower: computePowerW must be >= 0, got ${input.computePowerW}`);
  const fraction = fanPowerFraction(params);
  const { flowCurve, powerLaw } = params.fans;
  const flowFraction = fanFlowFractionAt(flowCurve, input.meanUtilization, input.inletAirTempC);
  const fanPowerW = serverFanPowerAtW(fraction, powerLaw, params.nodePeakPowerW, input.poweredNodes, flowFraction);
  const outputW = input.computePowerW + fanPowerW;
  const designNodeOutputW = params.nodePeakPowerW + designFanPowerW(fraction, params.nodePeakPowerW);
  const { curve, sizingFactor } = params.psu;
  let lossW: number;
  let psuClamped: boolean;
  if (params.psu.kind === 'server') {
    const groups = input.poweredNodes > 0 ? input.poweredNodes : params.nodeCount;
    const ratedW = sizingFactor * designNodeOutputW;
    lossW = psuLossOnlyW(curve, ratedW, outputW / groups) * groups;
    psuClamped = outputW > 0 && psuCurveClamped(curve, outputW / groups / ratedW);
  } else {
    const ratedW = sizingFactor * params.nodeCount * designNodeOutputW;
    lossW = psuLossOnlyW(curve, ratedW, outputW);
    psuClamped = outputW > 0 && psuCurveClamped(curve, outputW / ratedW);
  }
  const { liquidCaptureFraction, psuHeatToLiquidFraction } = params.racks;
  out.itPowerW = outputW + lossW;
  out.computePowerW = input.computePowerW;
  out.psuLossW = lossW;
  out.fanPowerW = fanPowerW;
  out.liquidHeatW = liquidHeatOfW(liquidCaptureFraction, psuHeatToLiquidFraction, input.computePowerW, lossW);
  out.airHeatW = airHeatOfW(liquidCaptureFraction, psuHeatToLiquidFraction, input.computePowerW, lossW, fanPowerW);
  out.clamped = fanCurveClamped(flowCurve, input.meanUtilization, input.inletAirTempC) || psuClamped;
  return out;
}

/** Design IT power at full load (all nodes powered, utilization 1, design inlet air), incl. PSU losses and fans, W. */
export function ratedItPowerW(params: ItConfig & { racks: RackParams }, nodeCount: number, nodePeakPowerW: number): number {
  return itPower({ ...params, nodeCount, nodePeakPowerW }, {
    computePowerW: nodeCount * nodePeakPowerW,
    poweredNodes: nodeCount,
    meanUtilization: 1,
    inletAirTempC: params.designInletAirTempC,
  }).itPowerW;
}
