/**
 * Power-supply loss of the IT equipment (server PSUs or a centralized rack power shelf)
 * from an efficiency-versus-load curve.
 *
 * Equation:
 *   loadFraction = outputW / ratedOutputW
 *   efficiency = interpolate(curve.loadFraction, curve.efficiency, loadFraction)   (linear, clamped at the ends)
 *   inputW = outputW / efficiency
 *   psuLossW = inputW - outputW = outputW * (1 / efficiency - 1)
 * Assumptions: AC input, steady state; load shared equally by the supplies of a group (server PSUs
 *   share current, shelf rectifiers share the busbar), so ratedOutputW is the installed capacity of the
 *   group (e.g. 2 x node peak for 1+1 supplies); the PSU output feeds compute and server fans.
 * Validity: curve.loadFraction[0] <= loadFraction <= last point (10-100 % for 80 PLUS Titanium).
 *   Outside: efficiency held at the nearest end point and `clamped` set (below 10 % real supplies
 *   are worse: the model then understates the loss).
 * References: 80 PLUS (CLEAResult) certification levels, 230V Internal Redundant, 10/20/50/100 % points
 *   (curves.ts); EnergyPlus Engineering Reference, ElectricEquipment:ITE:AirCooled, "PUPS = (PCPU + PFan)
 *   (1 - UPSEfficDesign UPSEfficfPLR(PLR))" (same role, efficiency as a function of part load).
 * Validated by: none yet (the 80 PLUS checks are true by construction: test/models/it/psu.test.ts,
 *   data test/fixtures/models/80plus-thresholds.csv)
 * @example psuLossW({ curve: PSU_80PLUS_TITANIUM_230V_REDUNDANT, ratedOutputW: 1000 }, { outputW: 500 })
 *   // => { lossW: 20.833..., efficiency: 0.96, loadFraction: 0.5, clamped: false }
 */
import type { PsuCurve } from './curves.js';

export type PsuKind = 'server' | 'rack-shelf';

export interface PsuParams {
  curve: PsuCurve;
  /** Installed output capacity of the supplies sharing this load, W. */
  ratedOutputW: number;
}

export interface PsuInput {
  /** DC power delivered by the supplies (compute + server fans), W. */
  outputW: number;
}

export interface PsuOutput {
  lossW: number;
  efficiency: number;
  loadFraction: number;
  clamped: boolean;
}

/** Efficiency at a load fraction: linear interpolation, held at the end points outside the curve. */
export function psuEfficiency(curve: PsuCurve, loadFraction: number): { efficiency: number; clamped: boolean } {
  return { efficiency: psuEfficiencyAt(curve, loadFraction), clamped: psuCurveClamped(curve, loadFraction) };
}

/** psuEfficiency's efficiency alone (the per-step path: no record allocated). */
export function psuEfficiencyAt(curve: PsuCurve, loadFraction: number): number {
  const xs = curve.loadFraction;
  const ys = curve.efficiency;
  const last = xs.length - 1;
  if (loadFraction < xs[0]) return ys[0];
  if (loadFraction > xs[last]) return ys[last];
  let i = 0;
  while (i < last - 1 && loadFraction > xs[i + 1]) i++;
  const t = (loadFraction - xs[i]) / (xs[i + 1] - xs[i]);
  return ys[i] + t * (ys[i + 1] - ys[i]);
}

/** True where psuEfficiency holds the efficiency at an end point of the curve. */
export function psuCurveClamped(curve: PsuCurve, loadFraction: number): boolean {
  return loadFraction < curve.loadFraction[0] || loadFraction > curve.loadFraction[curve.loadFraction.length - 1];
}

export function psuLossW(params: PsuParams, input: PsuInput): PsuOutput {
  const lossW = psuLossOnlyW(params.curve, params.ratedOutputW, input.outputW);
  const loadFraction = input.outputW / params.ratedOutputW;
  return { lossW, efficiency: psuEfficiencyAt(params.curve, loadFraction), loadFraction, clamped: input.outputW !== 0 && psuCurveClamped(params.curve, loadFraction) };
}

/** psuLossW's lossW alone (the per-step path); its `clamped` is psuCurveClamped(curve, outputW / ratedOutputW) when outputW > 0. */
export function psuLossOnlyW(curve: PsuCurve, ratedOutputW: number, outputW: number): number {
  if (!(ratedOutputW > 0)) throw new RangeError(`psu: ratedOutputW must be > 0, got ${ratedOutputW}`);
  if (!(outputW >= 0)) throw new RangeError(`psu: outputW must be >= 0, got ${outputW}`);
  if (outputW === 0) return 0;
  return outputW * (1 / psuEfficiencyAt(curve, outputW / ratedOutputW) - 1);
}
