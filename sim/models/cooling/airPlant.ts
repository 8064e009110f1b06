/**
 * Chilled-water air plant for one control interval: CRAH fans, chilled-water pumps, chillers (staged),
 * condenser pumps, cooling tower and waterside economizer (or air-cooled chillers without tower).
 *
 * Equation (order of evaluation; each line depends on the ones above):
 *   crah = crahFans(heatW)                          coilLoadW = heatW + crah fan power
 *   chwFlow = coilLoadW / (cpWater * (chwReturnC - chwSupplyC));  loadW = coilLoadW + chw pump power
 *   water-cooled, twice (the second pass adds the compressor heat found by the first):
 *     towerWaterC = tower leaving water at full fan for heatRejectedW (not below minCondenserWaterC)
 *     econ = watersideEconomizer(towerWaterC)  ->  freeLoadW = freeFraction * loadW
 *     chillers = stagedChillers(loadW - freeLoadW, chwSupplyC, max(towerWaterC, minCondenserWaterC))
 *     heatRejectedW = freeLoadW + chillers.condenserHeatW          (= loadW + compressor power)
 *   free mode: the tower fan slows to make chwSupplyC - hxApproachK; partial: flat out (the exchanger uses
 *     all the cold the weather gives); mechanical: flat out down to minCondenserWaterC
 *   condenser pumps: constant design flow while heat is rejected
 *   air-cooled: stagedChillers(loadW, chwSupplyC, dryBulbC); no tower, no economizer
 * Assumptions: steady state per interval; series (integrated) economizer; constant condenser flow; chilled-water
 *   supply held at its setpoint; all redundant CRAHs and tower cells run, standby chillers only if that saves
 *   power; pump and fan heat ends in the water or room air it moves.
 * Validity: heatW >= 0 (negative clamped to 0 and flagged); inherits every component's clamping.
 * References: component files; Modelica Buildings Applications/DataCenters/ChillerCooled (plant layout,
 *   modes, minimum condenser water 15.56 degC); ASHRAE 90.1-2013 6.5.5.2.2 (run all tower cells).
 * Validated by: test/models/cooling/airPlant.test.ts (energy balance, monotonicity in weather and load)
 * @example airPlantPower(sizeAirPlant(spec, design), { heatW: 1e6, dryBulbC: 33, wetBulbC: 28, pressurePa: 101325 }).chillerW
 */
import { crahFans, type CrahParams } from './crah.js';
import { pumpPower, waterFlowKgPerS, type PumpParams } from './pump.js';
import { stagedChillers, type ChillerBankOutput, type ChillerBankParams } from './chillerStaging.js';
import { coolingTowerInto, type CoolingTowerOutput, type CoolingTowerParams } from './coolingTower.js';
import { watersideEconomizer, type PlantMode } from './economizer.js';

export interface AirPlantParams {
  chilledWaterSupplyC: number;
  chilledWaterReturnC: number;
  crah: CrahParams;
  chilledWaterPump: PumpParams;
  chillers: ChillerBankParams;
  /** Present for water-cooled chillers. */
  condenser?: {
    tower: CoolingTowerParams;
    pump: PumpParams;
    minCondenserWaterC: number;
    /** Plate heat-exchanger approach, K; undefined = no economizer. */
    economizerApproachK?: number;
  };
}

export interface PlantWeather {
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
}

export interface AirPlantOutput {
  crahFansW: number;
  chilledWaterPumpsW: number;
  chillerW: number;
  condenserPumpsW: number;
  towerFansW: number;
  waterKgPerS: number;
  chillerLoadW: number;
  /** Heat the plant rejects outdoors, W (tower or air-cooled condensers). */
  heatRejectedW: number;
  mode: PlantMode;
  clamped: boolean;
}

const FULL_FAN_SETPOINT_C = -100;

export function airPlantPower(p: AirPlantParams, heatW: number, w: PlantWeather): AirPlantOutput {
  scratch.crah.heatW = heatW;
  scratch.crah.pressurePa = w.pressurePa;
  const crah = crahFans(p.crah, scratch.crah);
  scratch.pump.flowKgPerS = waterFlowKgPerS(crah.coilLoadW, p.chilledWaterReturnC - p.chilledWaterSupplyC);
  const chwPump = pumpPower(p.chilledWaterPump, scratch.pump);
  const loadW = crah.coilLoadW + chwPump.powerW;
  let clamped = crah.clamped || chwPump.clamped;
  if (loadW <= 0) return output(crah.powerW, chwPump.powerW, 0, 0, 0, 0, 0, loadW, 'free', clamped);
  const c = p.condenser;
  if (c === undefined) {
    const ch = stagedChillers(p.chillers, { loadW, chilledWaterSupplyC: p.chilledWaterSupplyC, condenserEnteringC: w.dryBulbC });
    return output(crah.powerW, chwPump.powerW, ch.powerW, 0, 0, 0, ch.deliveredLoadW, ch.condenserHeatW, 'mechanical', clamped || ch.clamped);
  }
  let heatRejectedW = loadW;
  let mode: PlantMode = 'mechanical';
  let freeFraction = 0;
  let ch: ChillerBankOutput | undefined;
  const towerIn = { heatW: 0, wetBulbC: w.wetBulbC, pressurePa: w.pressurePa, leavingSetpointC: FULL_FAN_SETPOINT_C };
  for (let pass = 0; pass < 2; pass++) {
    towerIn.heatW = heatRejectedW;
    const towerWaterC = coolingTowerInto(c.tower, towerIn, towerOut).leavingWaterC;
    if (c.economizerApproachK !== undefined) {
      const e = scratch.economizer;
      e.params.approachK = c.economizerApproachK;
      e.input.coolingWaterC = towerWaterC;
      e.input.chilledWaterSupplyC = p.chilledWaterSupplyC;
      e.input.chilledWaterReturnC = p.chilledWaterReturnC;
      const econ = watersideEconomizer(e.params, e.input);
      mode = econ.mode;
      freeFraction = econ.freeFraction;
    }
    const freeLoadW = freeFraction * loadW;
    scratch.chillers.loadW = loadW - freeLoadW;
    scratch.chillers.chilledWaterSupplyC = p.chilledWaterSupplyC;
    scratch.chillers.condenserEnteringC = Math.max(towerWaterC, c.minCondenserWaterC);
    ch = stagedChillers(p.chillers, scratch.chillers);
    heatRejectedW = freeLoadW + ch.condenserHeatW;
    if (mode === 'free') break;
  }
  // free: just cold enough for the heat exchanger; partial: as cold as possible (the exchanger takes it all);
  // mechanical: as cold as the chillers accept.
  const towerSetpointC = mode === 'free' ? p.chilledWaterSupplyC - c.economizerApproachK!
    : mode === 'partial' ? FULL_FAN_SETPOINT_C : c.minCondenserWaterC;
  towerIn.heatW = heatRejectedW;
  towerIn.leavingSetpointC = towerSetpointC;
  const tower = coolingTowerInto(c.tower, towerIn, towerOut);
  scratch.pump.flowKgPerS = c.tower.designWaterKgPerS;
  const cwPump = pumpPower(c.pump, scratch.pump);
  clamped = clamped || ch!.clamped || tower.clamped || cwPump.clamped;
  return output(crah.powerW, chwPump.powerW, ch!.powerW, cwPump.powerW, tower.fanPowerW, tower.waterKgPerS, ch!.deliveredLoadW,
    heatRejectedW, mode, clamped);
}

/** Inputs of the component models, filled before each call (every step calls them: no allocation). */
const scratch = {
  crah: { heatW: 0, pressurePa: 0 },
  pump: { flowKgPerS: 0 },
  economizer: { params: { approachK: 0 }, input: { coolingWaterC: 0, chilledWaterSupplyC: 0, chilledWaterReturnC: 0 } },
  chillers: { loadW: 0, chilledWaterSupplyC: 0, condenserEnteringC: 0 },
};

/** The towers' output, reused by every tower call of every step (read before the next call). */
const towerOut: CoolingTowerOutput = {
  leavingWaterC: 0, airFlowFraction: 0, fanPowerW: 0, evaporationKgPerS: 0, driftKgPerS: 0, blowdownKgPerS: 0, waterKgPerS: 0, clamped: false,
};

/** The output record, built in one place (one object shape: the plant runs every control step). */
function output(crahFansW: number, chilledWaterPumpsW: number, chillerW: number, condenserPumpsW: number, towerFansW: number,
  waterKgPerS: number, chillerLoadW: number, heatRejectedW: number, mode: PlantMode, clamped: boolean): AirPlantOutput {
  return { crahFansW, chilledWaterPumpsW, chillerW, condenserPumpsW, towerFansW, waterKgPerS, chillerLoadW, heatRejectedW, mode, clamped };
}
