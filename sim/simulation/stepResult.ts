/**
 * One evaluation of a design's control step as its meters need it (designRun.ts): every channel's power in
 * channel order (IT, power chain, cooling consumers, misc, named loads) and the step's other outputs. A run
 * keeps one for its healthy plant and one for the plant with units out, and meters whichever holds.
 */
import type { LoopMode } from '../models/cooling/plant.js';
import type { DesignPlant, StepOutput, StepWorkspace } from './composeStep.js';

export interface StepResult {
  /** Power per channel, W. */
  values: Float64Array;
  computeW: number;
  /** Several node groups: each group's IT power, W. */
  groupItW: Float64Array;
  waterKgPerS: number;
  chillerOn: boolean;
  free: boolean;
  clamped: boolean;
  /** Heat carried by the liquid loop (the heat a reuse could take), W. */
  loopHeatW: number;
  airLoop: LoopMode;
  liquidLoop: LoopMode;
}

export const newStepResult = (channels: number, groups: number): StepResult => ({
  values: new Float64Array(channels), computeW: 0, groupItW: new Float64Array(groups), waterKgPerS: 0,
  chillerOn: false, free: false, clamped: false, loopHeatW: 0, airLoop: 'idle', liquidLoop: 'idle',
});

/** Fills `r` from a composed step (composeStep.ts) of `plant`; `ws` is the workspace it was composed in. */
export function fillStepResult(r: StepResult, out: StepOutput, plant: DesignPlant, ws: StepWorkspace): void {
  const { it, coolingW, cooling, chain, liquidHeatW, airHeatW } = out;
  const v = r.values;
  let c = 0;
  v[c++] = it.itPowerW;
  v[c++] = chain.distributionLossW;
  v[c++] = chain.upsLossW;
  v[c++] = chain.transformerLossW;
  for (let k = 0; k < coolingW.length; k++) v[c++] = coolingW[k];
  v[c++] = chain.lightingW;
  v[c++] = chain.miscW;
  const loads = plant.loads;
  if (loads !== undefined) for (let k = 0; k < loads.powerW.length; k++) v[c++] = loads.powerW[k];
  r.computeW = it.computePowerW;
  if (r.groupItW.length > 0) r.groupItW.set(ws.group.itW);
  r.waterKgPerS = cooling.waterKgPerS;
  r.chillerOn = cooling.chillerLoadW > 0;
  r.free = cooling.mode === 'free';
  r.clamped = it.clamped || cooling.clamped || chain.clamped;
  r.loopHeatW = plant.cooling.liquid === undefined ? 0 : liquidHeatW + (plant.cooling.air === undefined ? airHeatW : 0);
  r.airLoop = cooling.airLoop;
  r.liquidLoop = cooling.liquidLoop;
}
