/**
 * Variable-speed pump (or a set of identical pumps in parallel) on a variable-frequency drive, moving a water flow
 * against its design head.
 *
 * Equation:
 *   ratedPowerW = ratedFlowM3PerS * ratedHeadPa / efficiency                 (hydraulic power / wire-to-water)
 *   flowFraction = max(minFlowFraction, flowKgPerS / (rho * ratedFlowM3PerS))
 *   powerW = ratedPowerW * curve(flowFraction) / curve(1)
 *   curve(f) = c0 + c1 f + c2 f^2 + c3 f^3                (fraction of full-load electrical power at flow fraction f)
 *   flow for a heat: flowKgPerS = heatW / (cpWater * deltaTK)
 * Assumptions: the curve is of electrical input, so it carries the pump, motor and drive part-load efficiencies
 *   together (EnergyPlus Pump:VariableSpeed applies its part-load curve to the design electric power). Default curve
 *   'VSD No Reset' (a fixed differential-pressure setpoint at the loop's far end, the common control unless a reset
 *   is commissioned): 30.1 % of design power at half flow, where the pure cube law (a system curve through the
 *   origin) gives 12.5 %. The curve is divided by its value at full flow (1.0063) so the design point draws exactly
 *   ratedPowerW. Below the minimum flow a bypass holds the pump at its minimum (power stays at that point).
 *   All heat of the pump ends in the water it moves (the plant adds it to the loop load).
 * Validity: flowKgPerS >= 0; flowFraction <= 1.1 (a pump selected for its design point runs out along its curve
 *   by some 10 %; e.g. CRAH fans at low site pressure move more air and add heat). Above: clamped at 1.1, `clamped`.
 * References: EnergyPlus Engineering Reference, "Pumps" (P = V * dP / eta_total; variable-speed part-load curve on
 *   the flow fraction); EnergyPlus Input-Output Reference, Pump:VariableSpeed: "Design Pump Head" default 179352 Pa and
 *   "Design Shaft Power per Unit Flow Rate per Unit Head" default 1.282051 W/((m3/s) Pa), i.e. total efficiency 0.78;
 *   NREL openstudio-standards, lib/openstudio-standards/standards/Standards.PumpVariableSpeed.rb
 *   (pump_variable_speed_set_control_type: 'VSD No Reset' 0, 0.5726, -0.301, 0.7347; 'VSD DP Reset' 0, 0.0205,
 *   0.4101, 0.5753; the curves its ASHRAE 90.1 baselines give variable-speed pumps); ASHRAE 90.1 6.5.4.2 (variable
 *   flow pumps: at most 30 % of design wattage at 50 % of design flow) and Appendix G G3.1.3.10 (variable-speed
 *   secondary pumps with a minimum flow of 25 % of design); metrics-parameters-tco.md 3.1 (CDU pump: 150-250 kPa, eta 0.6).
 * Validated by: test/models/cooling/pump.test.ts (hand-computed power on the curve; 90.1's 30 %-at-half-flow
 *   figure, a unit test; minimum flow; monotone in flow)
 * @example pumpPower({ ratedFlowM3PerS: 0.05, ratedHeadPa: 179352, efficiency: 0.78, minFlowFraction: 0.25 }, { flowKgPerS: 24.925 }).powerW // => 3460 (half flow)
 */
import { WATER_DENSITY_KG_PER_M3, WATER_SPECIFIC_HEAT_J_PER_KG_K } from './fluids.js';

/** Run-out beyond the design flow a pump covers on its curve (see Validity). */
const MAX_FLOW_FRACTION = 1.1;

/** Fraction of full-load electrical power at flow fraction f: [c0, c1, c2, c3] of c0 + c1 f + c2 f^2 + c3 f^3. */
export type PumpPartLoadCurve = readonly [number, number, number, number];

/** openstudio-standards 'VSD No Reset': variable speed on a fixed differential-pressure setpoint (the default). */
export const VSD_FIXED_DIFFERENTIAL_PRESSURE: PumpPartLoadCurve = [0, 0.5726, -0.301, 0.7347];
/** openstudio-standards 'VSD DP Reset': the setpoint reset with demand (valve position), closer to the cube law. */
export const VSD_DIFFERENTIAL_PRESSURE_RESET: PumpPartLoadCurve = [0, 0.0205, 0.4101, 0.5753];

export interface PumpParams {
  ratedFlowM3PerS: number;
  ratedHeadPa: number;
  efficiency: number;
  minFlowFraction: number;
  /** Default VSD_FIXED_DIFFERENTIAL_PRESSURE. */
  partLoadCurve?: PumpPartLoadCurve;
}

/** curve(f) / curve(1): the design flow draws exactly the rated power. */
export function pumpPowerFraction(c: PumpPartLoadCurve, flowFraction: number): number {
  const f = flowFraction;
  return (c[0] + f * (c[1] + f * (c[2] + f * c[3]))) / (c[0] + c[1] + c[2] + c[3]);
}

export interface PumpInput {
  flowKgPerS: number;
}

export interface PumpOutput {
  powerW: number;
  flowFraction: number;
  clamped: boolean;
}

/** Water flow that carries heatW at a temperature difference, kg/s. */
export function waterFlowKgPerS(heatW: number, deltaTK: number): number {
  if (!(deltaTK > 0)) throw new RangeError(`pump: temperature difference must be > 0, got ${deltaTK}`);
  return Math.max(0, heatW) / (WATER_SPECIFIC_HEAT_J_PER_KG_K * deltaTK);
}

/** Pump sized for a design flow (kg/s) with its head and efficiency. */
export function sizePump(designFlowKgPerS: number, ratedHeadPa: number, efficiency: number, minFlowFraction: number): PumpParams {
  return { ratedFlowM3PerS: Math.max(0, designFlowKgPerS) / WATER_DENSITY_KG_PER_M3, ratedHeadPa, efficiency, minFlowFraction };
}

export function pumpPower(p: PumpParams, input: PumpInput): PumpOutput {
  const f = input.flowKgPerS;
  const flowFraction = f <= 0 || p.ratedFlowM3PerS <= 0 ? 0 : Math.min(MAX_FLOW_FRACTION, unclampedFlowFraction(p, f));
  return { powerW: pumpPowerAtW(p, f), flowFraction, clamped: pumpClamped(p, f) };
}

/** Flow over the rated flow, not below the minimum (the run-out limit is the callers'); flow and rating > 0. */
const unclampedFlowFraction = (p: PumpParams, flowKgPerS: number): number =>
  Math.max(p.minFlowFraction, flowKgPerS / (WATER_DENSITY_KG_PER_M3 * p.ratedFlowM3PerS));

/** Rated electric input, W: hydraulic power at the rating over the wire-to-water efficiency. */
export const ratedPumpPowerW = (p: PumpParams): number => (p.ratedFlowM3PerS * p.ratedHeadPa) / p.efficiency;

/** pumpPower's power alone (the per-step path: no record allocated). */
export function pumpPowerAtW(p: PumpParams, flowKgPerS: number): number {
  if (flowKgPerS <= 0 || p.ratedFlowM3PerS <= 0) return 0;
  const flowFraction = Math.min(MAX_FLOW_FRACTION, unclampedFlowFraction(p, flowKgPerS));
  return ratedPumpPowerW(p) * pumpPowerFraction(p.partLoadCurve ?? VSD_FIXED_DIFFERENTIAL_PRESSURE, flowFraction);
}

/** pumpPower's `clamped`: a negative flow, a flow with no pump, or a flow beyond the curve's run-out. */
export function pumpClamped(p: PumpParams, flowKgPerS: number): boolean {
  if (flowKgPerS <= 0 || p.ratedFlowM3PerS <= 0) return flowKgPerS < 0 || (p.ratedFlowM3PerS <= 0 && flowKgPerS > 0);
  return unclampedFlowFraction(p, flowKgPerS) > MAX_FLOW_FRACTION;
}
