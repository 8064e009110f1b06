/**
 * Coolant distribution unit (CDU): the pumps of the technology cooling system (TCS) loop that carries
 * rack heat from cold plates to a liquid-to-liquid heat exchanger, and the temperature step between the
 * facility water and the TCS supply.
 *
 * Equation:
 *   tcsFlowKgPerS = heatW / (cpWater * tcsDeltaTK)
 *   pumpPowerW = pumpPower(tcs pump, tcsFlowKgPerS)                      (pump.ts, VFD part-load curve)
 *   tcsSupplyC = facilitySupplyC + approachK
 *   facilityHeatW = heatW + pumpPowerW                  (pump work ends as heat in the loop)
 * Assumptions: constant TCS temperature difference (flow follows heat, as a CDU on rack-inlet temperature and
 *   differential-pressure control does at steady state); redundant CDUs share flow but are modelled as one
 *   pump sized for the design flow (conservative by the affinity laws); no heat loss to the room.
 * Validity: heatW >= 0; inherits pump.ts clamping above the design flow.
 * References: ASHRAE TC9.9 (2021), "Emergence and Expansion of Liquid Cooling in Mainstream Data Centers"
 *   (facility water system / TCS split through a CDU); Modelica Buildings LiquidCooled CDU records (Google
 *   "Project Deschutes" 2 MW, approach 3 K; Vertiv Liebert XDU1350, approach 4 K); metrics-parameters-tco.md 3.1
 *   (CDU pump: dp 150-250 kPa, eta 0.6, 6-20 W per kW of heat).
 * Validated by: test/models/cooling/cdu.test.ts (hand-computed W per kW against the 6-20 W/kW range)
 * @example cduPumps(params, { heatW: 1e6 }).pumpPowerW // 1 MW, 5 K, 200 kPa, eta 0.6 => about 16 kW
 */
import { pumpClamped, pumpPowerAtW, waterFlowKgPerS, type PumpParams } from './pump.js';

export interface CduParams {
  approachK: number;
  tcsDeltaTK: number;
  pump: PumpParams;
}

export interface CduInput {
  heatW: number;
}

export interface CduOutput {
  tcsFlowKgPerS: number;
  pumpPowerW: number;
  facilityHeatW: number;
  clamped: boolean;
}

export function cduPumps(p: CduParams, input: CduInput): CduOutput {
  return cduPumpsInto(p, input, { tcsFlowKgPerS: 0, pumpPowerW: 0, facilityHeatW: 0, clamped: false });
}

/** cduPumps writing every field of `out` and returning it (the per-step path: no record allocated). */
export function cduPumpsInto(p: CduParams, input: CduInput, out: CduOutput): CduOutput {
  const tcsFlowKgPerS = waterFlowKgPerS(input.heatW, p.tcsDeltaTK);
  const pumpPowerW = pumpPowerAtW(p.pump, tcsFlowKgPerS);
  out.tcsFlowKgPerS = tcsFlowKgPerS;
  out.pumpPowerW = pumpPowerW;
  out.facilityHeatW = Math.max(0, input.heatW) + pumpPowerW;
  out.clamped = pumpClamped(p.pump, tcsFlowKgPerS) || input.heatW < 0;
  return out;
}

export const tcsSupplyC = (p: Pick<CduParams, 'approachK'>, facilitySupplyC: number): number => facilitySupplyC + p.approachK;
