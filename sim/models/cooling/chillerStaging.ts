/**
 * A bank of identical chillers sharing one load: how many run, and their total power.
 *
 * Equation:
 *   for running = 1..installed with loadW / running <= maxPartLoadRatio * availableCapacityW:
 *     totalPowerW(running) = running * chillerPower(unit, loadW / running).powerW
 *   running = the count with the least totalPowerW (ties: fewer units)
 *   if no count can carry the load: all installed units run at maxPartLoadRatio, the rest is unmet (clamped)
 * Assumptions: running units share the load equally (common header, equal-size units); the sequencer knows the
 *   part-load curve, i.e. it keeps each unit near its most efficient part-load ratio (the "optimal sequencing"
 *   ideal; real sequencers use fixed PLR thresholds and do no better); standby units (N+1) may run when that
 *   lowers power, as with variable-speed and low-lift operation; staging transients are ignored.
 * Validity: installed >= 1. Inherits chillerPower's validity and flags.
 * References: EnergyPlus Engineering Reference, "Plant Load Distribution" (UniformLoad / Optimal schemes);
 *   Hydeman & Zhou (2007), "Optimizing chilled water plant control", ASHRAE J. 49(7): staging chillers on
 *   total kW rather than on a fixed load threshold.
 * Validated by: test/models/cooling/chillerStaging.test.ts (hand-computed from chiller.ts known values)
 * @example stagedChillers({ unit, installed: 3 }, { loadW: 1.2e6, chilledWaterSupplyC: 15, condenserEnteringC: 30 }).running // => 2 or 3
 */
import { chillerModifiersInto, chillerPowerInto, type ChillerInput, type ChillerModifiers, type ChillerOutput, type ChillerParams } from './chiller.js';

export interface ChillerBankParams {
  unit: ChillerParams;
  installed: number;
}

export interface ChillerBankOutput {
  running: number;
  powerW: number;
  deliveredLoadW: number;
  condenserHeatW: number;
  clamped: boolean;
  extrapolated: boolean;
}

/** A bank's working records (caller-owned): the modifiers of the call and one unit's output, reused for every count tried. */
export interface ChillerBankWorkspace {
  modifiers: ChillerModifiers;
  unit: ChillerOutput;
}

export const newChillerBankWorkspace = (): ChillerBankWorkspace => ({
  modifiers: { capFT: 0, eirFT: 0, clamped: false, extrapolated: false },
  unit: { powerW: 0, deliveredLoadW: 0, availableCapacityW: 0, partLoadRatio: 0, condenserHeatW: 0, clamped: false, extrapolated: false },
});

export const newChillerBankOutput = (): ChillerBankOutput => ({ running: 0, powerW: 0, deliveredLoadW: 0, condenserHeatW: 0, clamped: false, extrapolated: false });

export function stagedChillers(params: ChillerBankParams, input: ChillerInput): ChillerBankOutput {
  return stagedChillersInto(params, input, newChillerBankOutput(), newChillerBankWorkspace());
}

/** stagedChillers writing every field of `out` and returning it, working in the caller's `ws` (the per-step path allocates nothing). */
export function stagedChillersInto(params: ChillerBankParams, input: ChillerInput, out: ChillerBankOutput, ws: ChillerBankWorkspace): ChillerBankOutput {
  if (!(params.installed >= 1)) throw new RangeError(`chillerStaging: installed must be >= 1, got ${params.installed}`);
  const loadW = Math.max(0, input.loadW);
  out.running = 0;
  out.powerW = 0;
  out.deliveredLoadW = 0;
  out.condenserHeatW = 0;
  out.clamped = false;
  out.extrapolated = false;
  if (loadW === 0) {
    out.clamped = input.loadW < 0;
    return out;
  }
  // Every count runs at the same water temperatures: one set of curve modifiers for all.
  const mod = chillerModifiersInto(params.unit.curves, input.chilledWaterSupplyC, input.condenserEnteringC, ws.modifiers);
  for (let n = 1; n <= params.installed; n++) {
    const one = chillerPowerInto(params.unit, loadW / n, mod, ws.unit);
    const overloaded = one.deliveredLoadW < loadW / n - 1e-6;
    // An overloaded count is used only when even all installed units cannot carry the load.
    if (overloaded && (n < params.installed || out.running > 0)) continue;
    if (out.running === 0 || n * one.powerW < out.powerW) {
      out.running = n;
      out.powerW = n * one.powerW;
      out.deliveredLoadW = n * one.deliveredLoadW;
      out.condenserHeatW = n * one.condenserHeatW;
      out.clamped = one.clamped;
      out.extrapolated = one.extrapolated;
    }
  }
  return out;
}
