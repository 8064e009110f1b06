/**
 * A dry cooler in series ahead of cooling towers on the facility water loop (as NREL ESIF's thermosyphon
 * upstream of its towers): the dry cooler pre-cools the return water whenever the air is colder than the water,
 * the towers take what is left down to the setpoint. Water is evaporated only for the towers' share of the heat.
 *
 * Equation:
 *   dry cooler alone (towers off) when it reaches leavingSetpointC with all heatW (its fans modulate)
 *   otherwise the dry cooler runs at full fan speed and cools the water from enteringC to midC, with
 *     midC = dry cooler leaving water at heat loopCapacityWPerK * (enteringC - midC)   (bisection, bisection.ts;
 *     midC in [enteringC - heatW / loopCapacityWPerK, enteringC]; midC = enteringC, fans off, when the air is
 *     not colder than the water)
 *   dryHeatW = loopCapacityWPerK * (enteringC - midC);  towers: heat heatW - dryHeatW to leavingSetpointC
 *   fanPowerW = dry cooler fans + tower fans;  waterKgPerS = tower make-up (+ any adiabatic spray)
 * Assumptions: the water-saving sequence (dry first at full speed, towers trim), as ESIF runs its thermosyphon
 *   "when temperatures permit" ahead of the towers; each unit's leaving water from its own model at its share
 *   of the heat (the same simplification as the liquid plant's trim split); the facility pump's head is the
 *   whole loop's, both exchangers included (no separate pressure drop); a thermosyphon's refrigerant loop is
 *   passive, so only its fans draw power, as modelled.
 * Validity: heatW >= 0, loopCapacityWPerK > 0; inherits dryCooler.ts's and coolingTower.ts's ranges.
 * References: NREL, "Data Center Water-Savings Win Wins" (2018-08-23): thermosyphon upstream of the ESIF towers,
 *   1.16 million gallons saved in its first year against ~2.5 million a year before; NREL ESIF "HPC data center
 *   cooling" page (heat dissipated through the thermosyphon when temperatures permit, the rest to the towers);
 *   component files dryCooler.ts, coolingTower.ts.
 * Validated by: test/models/cooling/seriesRejection.test.ts (energy split, limits);
 *   test/validation/facility.validation.test.ts (ESIF fraction of tower water saved)
 * @example seriesRejection(p, { heatW: 1e6, dryBulbC: 5, wetBulbC: 2, pressurePa: 101325, leavingSetpointC: 24, enteringC: 34.8, loopCapacityWPerK: 1e6 / 10.8 }).waterKgPerS // => 0 (dry alone)
 */
import { bisectDecreasingIn, newSearchRegister, SEARCH_F, SEARCH_STRAIGHT, SEARCH_X, type SearchRegister } from './bisection.js';
import { dryCoolerInto, newDryCoolerInput, newDryCoolerOutput, type DryCoolerOutput, type DryCoolerParams } from './dryCooler.js';
import { coolingTowerInto, newCoolingTowerInput, newCoolingTowerOutput, newCoolingTowerWorkspace, type CoolingTowerParams } from './coolingTower.js';
import { FULL_FAN_SETPOINT_C, newFanSearch } from './effectiveness.js';

export interface SeriesRejectionParams {
  dryCooler: DryCoolerParams;
  tower: CoolingTowerParams;
}

export interface SeriesRejectionInput {
  heatW: number;
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
  leavingSetpointC: number;
  /** Water entering the dry cooler (the facility return), degC. */
  enteringC: number;
  /** The loop's water capacity rate (flow x cp), W/K. */
  loopCapacityWPerK: number;
}

export interface SeriesRejectionOutput {
  leavingWaterC: number;
  fanPowerW: number;
  waterKgPerS: number;
  /** Heat the dry cooler took, W. */
  dryHeatW: number;
  clamped: boolean;
}

export const newSeriesRejectionOutput = (): SeriesRejectionOutput => ({ leavingWaterC: 0, fanPowerW: 0, waterKgPerS: 0, dryHeatW: 0, clamped: false });

/** The components' records and the split search's register: the caller's, one per run (nothing allocated per call). */
export type SeriesRejectionWorkspace = ReturnType<typeof newSeriesRejectionWorkspace>;
export const newSeriesRejectionWorkspace = () => ({
  dryIn: newDryCoolerInput(),
  dryOut: newDryCoolerOutput(), fan: newFanSearch(),
  towerIn: newCoolingTowerInput(),
  towerOut: newCoolingTowerOutput(), tower: newCoolingTowerWorkspace(),
  register: newSearchRegister(),
  p: undefined as unknown as SeriesRejectionParams, input: undefined as unknown as SeriesRejectionInput,
});

/** The dry cooler at `heatW` and `setpointC` (its output record is reused: read it before the next call). */
function dry(ws: SeriesRejectionWorkspace, heatW: number, setpointC: number): DryCoolerOutput {
  const i = ws.dryIn;
  i.heatW = heatW;
  i.dryBulbC = ws.input.dryBulbC;
  i.wetBulbC = ws.input.wetBulbC;
  i.pressurePa = ws.input.pressurePa;
  i.leavingSetpointC = setpointC;
  return dryCoolerInto(ws.p.dryCooler, i, ws.dryOut, ws.fan);
}

/** The split search: dry cooler leaving water (full fans) minus the guessed midC, at the heat that guess implies. */
const evaluateMid = (ws: SeriesRejectionWorkspace, register: SearchRegister): void => {
  const midC = register[SEARCH_X];
  const excessK = dry(ws, ws.input.loopCapacityWPerK * (ws.input.enteringC - midC), FULL_FAN_SETPOINT_C).leavingWaterC - midC;
  register[SEARCH_F] = excessK;
  register[SEARCH_STRAIGHT] = excessK;
};

export function seriesRejection(p: SeriesRejectionParams, input: SeriesRejectionInput): SeriesRejectionOutput {
  return seriesRejectionInto(p, input, newSeriesRejectionOutput(), newSeriesRejectionWorkspace());
}

/** seriesRejection writing every field of `out` and returning it, working in the caller's `ws` (the per-step path). */
export function seriesRejectionInto(p: SeriesRejectionParams, input: SeriesRejectionInput, out: SeriesRejectionOutput,
  ws: SeriesRejectionWorkspace): SeriesRejectionOutput {
  ws.p = p;
  ws.input = input;
  const heatW = Math.max(0, input.heatW);
  const alone = dry(ws, heatW, input.leavingSetpointC);
  if (heatW === 0 || alone.leavingWaterC <= input.leavingSetpointC + 1e-9) {
    out.leavingWaterC = alone.leavingWaterC; out.fanPowerW = alone.fanPowerW; out.waterKgPerS = alone.waterKgPerS;
    out.dryHeatW = heatW; out.clamped = alone.clamped;
    return out;
  }
  const c = input.loopCapacityWPerK;
  const lo = Math.min(input.enteringC, input.enteringC - heatW / c);
  const register = ws.register;
  register[SEARCH_X] = lo;
  evaluateMid(ws, register);
  const fLo = register[SEARCH_F];
  register[SEARCH_X] = input.enteringC;
  evaluateMid(ws, register);
  const midC = bisectDecreasingIn(evaluateMid, ws, register, lo, input.enteringC, 30, fLo, register[SEARCH_F]);
  const dryHeatW = Math.min(heatW, Math.max(0, c * (input.enteringC - midC)));
  const pre = dry(ws, dryHeatW, FULL_FAN_SETPOINT_C);
  const preFansW = dryHeatW > 0 ? pre.fanPowerW : 0;
  const preWaterKgPerS = dryHeatW > 0 ? pre.waterKgPerS : 0;
  const preClamped = pre.clamped;
  const t = ws.towerIn;
  t.heatW = heatW - dryHeatW;
  t.dryBulbC = input.dryBulbC;
  t.wetBulbC = input.wetBulbC;
  t.pressurePa = input.pressurePa;
  t.leavingSetpointC = input.leavingSetpointC;
  const tower = coolingTowerInto(p.tower, t, ws.towerOut, ws.tower);
  out.leavingWaterC = tower.leavingWaterC;
  out.fanPowerW = preFansW + tower.fanPowerW;
  out.waterKgPerS = preWaterKgPerS + tower.waterKgPerS;
  out.dryHeatW = dryHeatW;
  out.clamped = preClamped || tower.clamped;
  return out;
}
