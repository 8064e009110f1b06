/**
 * The liquid plant's free-rejection unit, whichever the scenario chose: a dry cooler (optionally adiabatic),
 * cooling towers, or a dry cooler in series ahead of towers. One dispatch, so the liquid plant's free, partial
 * and trim logic (liquidPlant.ts) is written once for all three.
 *
 * Equation: the chosen component's own (dryCooler.ts, coolingTower.ts, seriesRejection.ts), at heatW and the
 *   leaving-water setpoint; a setpoint far below any reachable temperature (-100 degC) runs its fans at full speed.
 * Assumptions: the series unit's entering water and loop capacity rate are the facility loop's (constant
 *   temperature difference: entering = supply + deltaT, capacity = facility heat / deltaT), set once per step.
 * Validity: as each component.
 * References: the component files.
 * Validated by: test/models/cooling/liquidPlant.test.ts, test/models/cooling/liquidPlantSeries.test.ts
 * @example rejectInto({ kind: 'tower', unit }, 1e6, { dryBulbC: 30, wetBulbC: 20, pressurePa: 101325 }, 29, newRejectionWorkspace()).leavingWaterC
 */
import { dryCoolerInto, newDryCoolerInput, newDryCoolerOutput, type DryCoolerOutput, type DryCoolerParams } from './dryCooler.js';
import { coolingTowerInto, newCoolingTowerInput, newCoolingTowerOutput, newCoolingTowerWorkspace, type CoolingTowerOutput,
  type CoolingTowerParams } from './coolingTower.js';
import { newFanSearch } from './effectiveness.js';
import { newSeriesRejectionOutput, newSeriesRejectionWorkspace, seriesRejectionInto, type SeriesRejectionInput, type SeriesRejectionOutput,
  type SeriesRejectionParams } from './seriesRejection.js';
import type { PlantWeather } from './airPlant.js';

export type LiquidRejection = { kind: 'dryCooler'; unit: DryCoolerParams } | { kind: 'tower'; unit: CoolingTowerParams }
  | { kind: 'series'; unit: SeriesRejectionParams };

export type Rejected = DryCoolerOutput | CoolingTowerOutput | SeriesRejectionOutput;

/** The components' inputs, outputs and working memory: the caller's, one per run (nothing allocated per call). */
export type RejectionWorkspace = ReturnType<typeof newRejectionWorkspace>;
export const newRejectionWorkspace = () => ({
  dryIn: newDryCoolerInput(),
  dryOut: newDryCoolerOutput(), dryFan: newFanSearch(),
  towerIn: newCoolingTowerInput(),
  towerOut: newCoolingTowerOutput(), tower: newCoolingTowerWorkspace(),
  seriesIn: { heatW: 0, dryBulbC: 0, wetBulbC: 0, pressurePa: 0, leavingSetpointC: 0, enteringC: 0, loopCapacityWPerK: 1 } as SeriesRejectionInput,
  seriesOut: newSeriesRejectionOutput(), series: newSeriesRejectionWorkspace(),
});

/** Sets the facility loop's entering water and capacity rate for this step (read by the series unit). */
export function setRejectionLoop(ws: RejectionWorkspace, enteringC: number, loopCapacityWPerK: number): void {
  ws.seriesIn.enteringC = enteringC;
  ws.seriesIn.loopCapacityWPerK = loopCapacityWPerK;
}

/** The free-rejection unit at this heat and setpoint (its output record is reused: read it before the next call). */
export function rejectInto(r: LiquidRejection, heatW: number, w: PlantWeather, setpointC: number, ws: RejectionWorkspace): Rejected {
  if (r.kind === 'dryCooler') {
    const input = ws.dryIn;
    input.heatW = heatW; input.dryBulbC = w.dryBulbC; input.wetBulbC = w.wetBulbC; input.pressurePa = w.pressurePa; input.leavingSetpointC = setpointC;
    return dryCoolerInto(r.unit, input, ws.dryOut, ws.dryFan);
  }
  if (r.kind === 'series') {
    const s = ws.seriesIn;
    s.heatW = heatW; s.dryBulbC = w.dryBulbC; s.wetBulbC = w.wetBulbC; s.pressurePa = w.pressurePa; s.leavingSetpointC = setpointC;
    return seriesRejectionInto(r.unit, s, ws.seriesOut, ws.series);
  }
  const input = ws.towerIn;
  input.heatW = heatW; input.dryBulbC = w.dryBulbC; input.wetBulbC = w.wetBulbC; input.pressurePa = w.pressurePa; input.leavingSetpointC = setpointC;
  return coolingTowerInto(r.unit, input, ws.towerOut, ws.tower);
}
