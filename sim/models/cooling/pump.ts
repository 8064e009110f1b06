/**
 * Variable-speed pump (or a set of identical pumps in parallel) moving a water flow against its design head.
 *
 * Equation:
 *   ratedPowerW = ratedFlowM3PerS * ratedHeadPa / efficiency                 (hydraulic power / wire-to-water)
 *   flowFraction = max(minFlowFraction, flowKgPerS / (rho * ratedFlowM3PerS))
 *   powerW = ratedPowerW * flowFraction^3                (affinity laws on a system curve through the origin)
 *   flow for a heat: flowKgPerS = heatW / (cpWater * deltaTK)
 * Assumptions: the system curve passes through the origin (no differential-pressure setpoint floor: the head
 *   falls with flow squared), constant wire-to-water efficiency over the speed range, all heat of the pump
 *   ends in the water it moves (the plant adds it to the loop load).
 * Validity: flowKgPerS >= 0; flowFraction <= 1.1 (a pump selected for its design point runs out along its curve
 *   by some 10 %; e.g. CRAH fans at low site pressure move more air and add heat). Above: clamped at 1.1, `clamped`.
 * References: EnergyPlus Engineering Reference, "Pumps" (P = V * dP / eta_total); EnergyPlus Input-Output
 *   Reference, Pump:VariableSpeed: "Design Pump Head" default 179352 Pa and "Design Shaft Power per Unit Flow
 *   Rate per Unit Head" default 1.282051 W/((m3/s) Pa), i.e. total efficiency 0.78 (the schema's defaults for
 *   chilled, condenser and facility water); metrics-parameters-tco.md 3.1 (CDU pump: 150-250 kPa, eta 0.6).
 * Validated by: test/models/cooling/pump.test.ts (hand-computed power; affinity ratio; monotone in flow)
 * @example pumpPower({ ratedFlowM3PerS: 0.05, ratedHeadPa: 179352, efficiency: 0.78, minFlowFraction: 0.3 }, { flowKgPerS: 49.85 }).powerW // => 11497
 */
import { WATER_DENSITY_KG_PER_M3, WATER_SPECIFIC_HEAT_J_PER_KG_K } from './fluids.js';

/** Run-out beyond the design flow a pump covers on its curve (see Validity). */
const MAX_FLOW_FRACTION = 1.1;

export interface PumpParams {
  ratedFlowM3PerS: number;
  ratedHeadPa: number;
  efficiency: number;
  minFlowFraction: number;
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

/** pumpPower's power alone (the per-step path: no record allocated). */
export function pumpPowerAtW(p: PumpParams, flowKgPerS: number): number {
  if (flowKgPerS <= 0 || p.ratedFlowM3PerS <= 0) return 0;
  const flowFraction = Math.min(MAX_FLOW_FRACTION, unclampedFlowFraction(p, flowKgPerS));
  const ratedPowerW = (p.ratedFlowM3PerS * p.ratedHeadPa) / p.efficiency;
  return ratedPowerW * flowFraction ** 3;
}

/** pumpPower's `clamped`: a negative flow, a flow with no pump, or a flow beyond the curve's run-out. */
export function pumpClamped(p: PumpParams, flowKgPerS: number): boolean {
  if (flowKgPerS <= 0 || p.ratedFlowM3PerS <= 0) return flowKgPerS < 0 || (p.ratedFlowM3PerS <= 0 && flowKgPerS > 0);
  return unclampedFlowFraction(p, flowKgPerS) > MAX_FLOW_FRACTION;
}
