/**
 * Server (node-internal) fan power versus utilization and inlet air temperature,
 * in the EnergyPlus ElectricEquipment:ITE:AirCooled form.
 *
 * Equation (per powered node; x = utilization, y = inlet air temperature, degC):
 *   designFanPowerW = nodePeakPowerW * designPowerFraction / (1 - designPowerFraction)
 *       (EnergyPlus: PFanDesign = PDesign * PFanFracDesign, PCPUDesign = PDesign * (1 - PFanFracDesign),
 *        with PCPUDesign = nodePeakPowerW, the compute power at full load)
 *   flowFraction = clamp(c1 + c2 x + c3 x^2 + c4 y + c5 y^2 + c6 x y, minFlow, maxFlow)
 *       (y absolute, as EnergyPlus evaluates VAirfLoadTAir: the curve is 1 at full load and its own reference
 *        inlet, curve.referenceInletC, where the node draws its design fan power)
 *   fanPowerW = poweredNodes * designFanPowerW * (p0 + p1 f + p2 f^2 + p3 f^3), f = flowFraction
 * Assumptions: all powered nodes see the mean utilization and the same inlet air (the room supply air of the
 *   design's air plant, sizeDesign.ts); fan power is DC from
 *   the PSU (so it passes through the PSU loss) and becomes room-air heat; a liquid-cooled node keeps a
 *   residual fan share through a small designPowerFraction (0 for a fully liquid-cooled node).
 * Validity: curve.minLoading <= x <= curve.maxLoading, curve.minInletC <= y <= curve.maxInletC.
 *   Outside: x and y are clamped, `clamped` is set.
 * References: EnergyPlus Engineering Reference, "Zone Internal Gains", ElectricEquipment:ITE:AirCooled
 *   (PFanDesign, FlowFrac = VAirfLoadTAir(CPULoading, TAirIn), PFan = PFanDesign * PFanfFlowFrac(FlowFrac));
 *   EnergyPlus Input-Output Reference, same object (Design Fan Power Input Fraction, default 0.0);
 *   testfiles/1ZoneDataCenterCRAC_wApproachTemp.idf for the example curves (curves.ts);
 *   fan affinity law (power ~ flow^3), EnergyPlus Engineering Reference, "Fans".
 * Validated by: test/models/it/serverFans.test.ts (EnergyPlus example curve values, hand-computed; calibration of the
 *   GPU slope); test/validation/serverFans.validation.test.ts (wall power vs inlet of a measured server, +-2.5 points)
 * @example serverFanPowerW({ designPowerFraction: 0.1, flowCurve: FAN_FLOW_GPU_DEFAULT, powerLaw: [0, 0, 0, 1] },
 *   { nodePeakPowerW: 9000, poweredNodes: 1, utilization: 1, inletAirTempC: 25 })
 *   // => { fanPowerW: 1000, flowFraction: 1, clamped: false }
 */
import type { FanFlowCurve } from './curves.js';

export interface ServerFanParams {
  /** Fan share of the node's design power input (EnergyPlus "Design Fan Power Input Fraction"), 0-1 exclusive of 1. */
  designPowerFraction: number;
  flowCurve: FanFlowCurve;
  /** p0..p3 of fan power fraction versus flow fraction. */
  powerLaw: readonly [number, number, number, number];
}

export interface ServerFanInput {
  /** Compute power of one node at full utilization (before PSU and fans), W. */
  nodePeakPowerW: number;
  poweredNodes: number;
  /** Mean utilization of the powered nodes, 0-1. */
  utilization: number;
  inletAirTempC: number;
}

export interface ServerFanOutput {
  fanPowerW: number;
  flowFraction: number;
  clamped: boolean;
}

/** Air flow fraction (EnergyPlus VAirfLoadTAir) at a loading and inlet temperature, with clamping. */
export function fanFlowFraction(curve: FanFlowCurve, utilization: number, inletAirTempC: number): { flowFraction: number; clamped: boolean } {
  return { flowFraction: fanFlowFractionAt(curve, utilization, inletAirTempC), clamped: fanCurveClamped(curve, utilization, inletAirTempC) };
}

/** fanFlowFraction's flow fraction alone (the per-step path: no record allocated). */
export function fanFlowFractionAt(curve: FanFlowCurve, utilization: number, inletAirTempC: number): number {
  const x = Math.min(Math.max(utilization, curve.minLoading), curve.maxLoading);
  const y = Math.min(Math.max(inletAirTempC, curve.minInletC), curve.maxInletC);
  const c = curve.coefficients; // indexed, not destructured: no iterator on the per-step path
  const raw = c[0] + c[1] * x + c[2] * x * x + c[3] * y + c[4] * y * y + c[5] * x * y;
  return Math.min(Math.max(raw, curve.minFlowFraction), curve.maxFlowFraction);
}

/** True where the loading or the inlet temperature is outside the curve's box (fanFlowFraction clamps them). */
export function fanCurveClamped(curve: FanFlowCurve, utilization: number, inletAirTempC: number): boolean {
  return Math.min(Math.max(utilization, curve.minLoading), curve.maxLoading) !== utilization
    || Math.min(Math.max(inletAirTempC, curve.minInletC), curve.maxInletC) !== inletAirTempC;
}

/** Design fan power of one node, W, from its compute peak and the fan share of the design input. */
export function designFanPowerW(designPowerFraction: number, nodePeakPowerW: number): number {
  if (!(designPowerFraction >= 0 && designPowerFraction < 1)) {
    throw new RangeError(`serverFans: designPowerFraction must be in [0, 1), got ${designPowerFraction}`);
  }
  return (nodePeakPowerW * designPowerFraction) / (1 - designPowerFraction);
}

export function serverFanPowerW(params: ServerFanParams, input: ServerFanInput): ServerFanOutput {
  const flowFraction = fanFlowFractionAt(params.flowCurve, input.utilization, input.inletAirTempC);
  const fanPowerW = serverFanPowerAtW(params.designPowerFraction, params.powerLaw, input.nodePeakPowerW, input.poweredNodes, flowFraction);
  return { fanPowerW, flowFraction, clamped: fanCurveClamped(params.flowCurve, input.utilization, input.inletAirTempC) };
}

/** serverFanPowerW's fan power at a flow fraction (the per-step path: no record allocated). */
export function serverFanPowerAtW(designPowerFraction: number, powerLaw: readonly [number, number, number, number], nodePeakPowerW: number,
  poweredNodes: number, flowFraction: number): number {
  if (!(poweredNodes >= 0)) throw new RangeError(`serverFans: poweredNodes must be >= 0, got ${poweredNodes}`);
  const p = powerLaw; // indexed, not destructured: no iterator on the per-step path
  const powerFraction = p[0] + p[1] * flowFraction + p[2] * flowFraction ** 2 + p[3] * flowFraction ** 3;
  return poweredNodes * designFanPowerW(designPowerFraction, nodePeakPowerW) * powerFraction;
}
