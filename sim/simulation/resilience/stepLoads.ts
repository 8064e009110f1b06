/**
 * What each control step asked of a design's cooling and power path, recorded by its run (designRun.ts) when
 * the scenario has failures: the loads each component class carries, so a failure history can be replayed
 * against them without re-running the jobs or the healthy plant (history.ts). One Float64Array per field,
 * indexed by control step; the weather fields let heat-rejection capacity follow the outdoor temperature. The
 * routing of these heats to the plants (designUnits.ts) follows coolingPowerInto.
 */
import type { StepInput } from '../stepInput.js';
import type { StepOutput } from '../composeStep.js';

export const STEP_LOAD_FIELDS = [
  'roomHeatW', 'liquidHeatW', 'airChillerLoadW', 'trimChillerLoadW', 'airCompressorW', 'itPowerW', 'facilityW', 'dryBulbC', 'wetBulbC',
] as const;
export type StepLoadField = (typeof STEP_LOAD_FIELDS)[number];
export type StepLoads = Record<StepLoadField, Float64Array> & { steps: number };

export function newStepLoads(steps: number): StepLoads {
  const loads = { steps } as StepLoads;
  for (const f of STEP_LOAD_FIELDS) loads[f] = new Float64Array(steps);
  return loads;
}

/** Writes step `i`: the heat to room air and to liquid, the chillers' loads, the air plant's compressor power, IT and facility power, weather. */
export function recordStep(loads: StepLoads, i: number, s: StepInput, out: StepOutput, airCompressorW: number): void {
  loads.roomHeatW[i] = out.airHeatW;
  loads.liquidHeatW[i] = out.liquidHeatW;
  loads.airChillerLoadW[i] = out.cooling.chillerLoadW - out.cooling.trimChillerLoadW;
  loads.trimChillerLoadW[i] = out.cooling.trimChillerLoadW;
  loads.airCompressorW[i] = airCompressorW;
  loads.itPowerW[i] = out.it.itPowerW;
  loads.facilityW[i] = out.facilityW;
  loads.dryBulbC[i] = s.dryBulbC;
  loads.wetBulbC[i] = s.wetBulbC;
}
