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
import { chillerModifiers, chillerPowerInto, type ChillerInput, type ChillerOutput, type ChillerParams } from './chiller.js';

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

/** One unit's output, reused for every count a bank tries (no allocation per count). */
const unitOutput: ChillerOutput = {
  powerW: 0, deliveredLoadW: 0, availableCapacityW: 0, partLoadRatio: 0, condenserHeatW: 0, clamped: false, extrapolated: false,
};

export function stagedChillers(params: ChillerBankParams, input: ChillerInput): ChillerBankOutput {
  if (!(params.installed >= 1)) throw new RangeError(`chillerStaging: installed must be >= 1, got ${params.installed}`);
  const loadW = Math.max(0, input.loadW);
  if (loadW === 0) return { running: 0, powerW: 0, deliveredLoadW: 0, condenserHeatW: 0, clamped: input.loadW < 0, extrapolated: false };
  // Every count runs at the same water temperatures: one set of curve modifiers for all.
  const mod = chillerModifiers(params.unit.curves, input.chilledWaterSupplyC, input.condenserEnteringC);
  let running = 0;
  let powerW = 0;
  let deliveredLoadW = 0;
  let condenserHeatW = 0;
  let clamped = false;
  let extrapolated = false;
  for (let n = 1; n <= params.installed; n++) {
    const one = chillerPowerInto(params.unit, loadW / n, mod, unitOutput);
    const overloaded = one.deliveredLoadW < loadW / n - 1e-6;
    // An overloaded count is used only when even all installed units cannot carry the load.
    if (overloaded && (n < params.installed || running > 0)) continue;
    if (running === 0 || n * one.powerW < powerW) {
      running = n;
      powerW = n * one.powerW;
      deliveredLoadW = n * one.deliveredLoadW;
      condenserHeatW = n * one.condenserHeatW;
      clamped = one.clamped;
      extrapolated = one.extrapolated;
    }
  }
  return { running, powerW, deliveredLoadW, condenserHeatW, clamped, extrapolated };
}
