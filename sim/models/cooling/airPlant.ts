/**
 * Chilled-water air plant for one control interval: CRAH fans, chilled-water pumps, chillers (staged),
 * condenser pumps, cooling tower and waterside economizer (or air-cooled chillers without tower).
 *
 * Equation (order of evaluation; each line depends on the ones above):
 *   crah = crahFans(heatW)                          coilLoadW = heatW + crah fan power
 *   coilLoadW += chilledWaterLoadW (CDUs on this chilled water, chilledWaterCdus.ts; 0 otherwise)
 *   chwFlow = coilLoadW / (cpWater * (chwReturnC - chwSupplyC));  loadW = coilLoadW + chw pump power
 *   water-cooled, twice (the second pass adds the compressor heat found by the first):
 *     towerWaterC = tower leaving water at full fan for heatRejectedW (not below minCondenserWaterC)
 *     econ = watersideEconomizer(towerWaterC)  ->  freeLoadW = freeFraction * loadW
 *     chillers = stagedChillers(loadW - freeLoadW, chwSupplyC, max(towerWaterC, minCondenserWaterC))
 *     heatRejectedW = freeLoadW + chillers.condenserHeatW          (= loadW + compressor power)
 *   free mode: the tower fan slows to make chwSupplyC - hxApproachK; partial: flat out (the exchanger uses
 *     all the cold the weather gives); mechanical: flat out down to minCondenserWaterC
 *   condenser pumps: constant design flow while heat is rejected
 *   air-cooled: stagedChillers(loadW, chwSupplyC, dryBulbC); no tower, no waterside economizer
 *   airside economizer (instead of the waterside one): econ = airsideEconomizer(weather); the fans also push the
 *     outdoor-air path, extraFanW = crah fan power * outdoorFraction * extraPressurePa / fanPressurePa;
 *     the coil (and every unit downstream of it) carries (1 - freeFraction) * (coilLoadW + extraFanW); the exhaust air
 *     carries the rest outdoors; water = supply air kg/s * addedWaterPerSupplyKg * cycles / (cycles - 1) (bleed-off)
 * Assumptions: steady state per interval; series (integrated) economizer; constant condenser flow; chilled-water
 *   supply held at its setpoint; all redundant CRAHs and tower cells run, standby chillers only if that saves
 *   power; pump and fan heat ends in the water or room air it moves.
 * Validity: heatW >= 0 (negative clamped to 0 and flagged); inherits every component's clamping.
 * References: component files; Modelica Buildings Applications/DataCenters/ChillerCooled (plant layout,
 *   modes, minimum condenser water 15.56 degC); ASHRAE 90.1-2013 6.5.5.2.2 (run all tower cells).
 *   Airside: the pressure added by the outdoor-air path scales with the outdoor-air share (assumption); evaporative
 *   and humidifier water bleeds off at the stated cycles of concentration.
 * Validated by: test/models/cooling/airPlant.test.ts (energy balance, monotonicity in weather and load),
 *   test/models/cooling/airPlantAirside.test.ts (airside: energy balance, cold dry vs hot humid site)
 * @example airPlantPower(sizeAirPlant(spec, design), { heatW: 1e6, dryBulbC: 33, wetBulbC: 28, pressurePa: 101325 }).chillerW
 */
import { FULL_FAN_SETPOINT_C } from './effectiveness.js';
import { crahFansInto, type CrahOutput, type CrahParams } from './crah.js';
import { pumpClamped, pumpPowerAtW, waterFlowKgPerS, type PumpParams } from './pump.js';
import { newChillerBankOutput, newChillerBankWorkspace, stagedChillersInto, type ChillerBankParams } from './chillerStaging.js';
import { coolingTowerInto, newCoolingTowerInput, newCoolingTowerOutput, newCoolingTowerWorkspace, type CoolingTowerParams } from './coolingTower.js';
import { watersideEconomizerInto, type PlantMode, type WatersideEconomizerOutput } from './economizer.js';
import { outputFactory, type OutputDeclaration, type PlantOutputOf } from './plantOutputs.js';
import { airsideEconomizerInto, newAirsideEconomizerOutput, type AirsideEconomizerParams } from './airsideEconomizer.js';
import { airDensityKgPerM3 } from './fluids.js';

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
  /** Present with an airside economizer. */
  airside?: { economizer: AirsideEconomizerParams; extraPressurePa: number; cyclesOfConcentration: number };
}

export interface PlantWeather {
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
}

/**
 * The air plant's numeric outputs, declared once: its electrical consumers (each with its facility meter, in
 * channel order) and its other outputs. AirPlantOutput, its factory, the consumer channels (plant.ts) and the
 * tape columns (plantTapes.ts) derive from it (plantOutputs.ts).
 */
export const AIR_PLANT_OUTPUTS = {
  crahFansW: { meter: 'crahFans' },
  chilledWaterPumpsW: { meter: 'chilledWaterPumps' },
  chillerW: { meter: 'chiller' },
  condenserPumpsW: { meter: 'condenserPumps' },
  towerFansW: { meter: 'towerFans' },
  waterKgPerS: {},
  /** Load the chillers remove, W. */
  chillerLoadW: {},
  /** Heat the plant rejects outdoors, W (tower or air-cooled condensers). */
  heatRejectedW: {},
} as const satisfies OutputDeclaration;

export type AirPlantOutput = PlantOutputOf<typeof AIR_PLANT_OUTPUTS>;


/** A fresh output record (airPlantPower's, and the holder a caller of airPlantPowerInto keeps). */
export const newAirPlantOutput = outputFactory(AIR_PLANT_OUTPUTS);

/**
 * The component models' inputs, outputs and working memory, filled before each call: the caller's, one per run
 * (a plant runs every control step: nothing is allocated per call, and no state is shared between runs).
 */
export type AirPlantWorkspace = ReturnType<typeof newAirPlantWorkspace>;

export const newAirPlantWorkspace = () => ({
  crah: { heatW: 0, pressurePa: 0 },
  crahOut: { airFlowM3PerS: 0, speed: 0, powerW: 0, coilLoadW: 0, clamped: false } as CrahOutput,
  airside: newAirsideEconomizerOutput(),
  economizer: {
    params: { approachK: 0 },
    input: { coolingWaterC: 0, chilledWaterSupplyC: 0, chilledWaterReturnC: 0 },
    output: { mode: 'mechanical', freeFraction: 0, precooledC: 0 } as WatersideEconomizerOutput,
  },
  chillers: { loadW: 0, chilledWaterSupplyC: 0, condenserEnteringC: 0 },
  bankOut: newChillerBankOutput(),
  bank: newChillerBankWorkspace(),
  towerIn: { ...newCoolingTowerInput(), skipWater: false },
  towerOut: newCoolingTowerOutput(),
  tower: newCoolingTowerWorkspace(),
});

export function airPlantPower(p: AirPlantParams, heatW: number, w: PlantWeather): AirPlantOutput {
  return airPlantPowerInto(p, heatW, w, newAirPlantOutput(), newAirPlantWorkspace());
}

/** airPlantPower writing every field of `out` and returning it, working in the caller's `ws` (the per-step path). */
export function airPlantPowerInto(p: AirPlantParams, heatW: number, w: PlantWeather, out: AirPlantOutput, ws: AirPlantWorkspace,
  chilledWaterLoadW = 0): AirPlantOutput {
  ws.crah.heatW = heatW;
  ws.crah.pressurePa = w.pressurePa;
  const crah = crahFansInto(p.crah, ws.crah, ws.crahOut);
  let fanW = crah.powerW;
  let coilLoadW = crah.coilLoadW;
  let outdoorAirW = 0; // heat the exhaust air carries outdoors (airside economizer)
  let airsideWaterKgPerS = 0;
  const a = p.airside;
  const econ = a === undefined || heatW <= 0 ? undefined : airsideEconomizerInto(a.economizer, w, ws.airside);
  if (a !== undefined && econ !== undefined) {
    fanW += (crah.powerW * econ.outdoorFraction * a.extraPressurePa) / p.crah.fanPressurePa;
    const airLoadW = heatW + fanW;
    outdoorAirW = econ.freeFraction * airLoadW;
    coilLoadW = airLoadW - outdoorAirW;
    const supplyKgPerS = crah.airFlowM3PerS * airDensityKgPerM3(w.pressurePa, p.crah.supplyAirC);
    airsideWaterKgPerS = (supplyKgPerS * econ.addedWaterPerSupplyKg * a.cyclesOfConcentration) / (a.cyclesOfConcentration - 1);
  }
  coilLoadW += chilledWaterLoadW;
  const chwFlowKgPerS = waterFlowKgPerS(coilLoadW, p.chilledWaterReturnC - p.chilledWaterSupplyC);
  const chwPumpW = pumpPowerAtW(p.chilledWaterPump, chwFlowKgPerS);
  const loadW = coilLoadW + chwPumpW;
  let clamped = crah.clamped || pumpClamped(p.chilledWaterPump, chwFlowKgPerS);
  out.crahFansW = fanW;
  out.chilledWaterPumpsW = chwPumpW;
  if (loadW <= 0) {
    out.chillerW = 0; out.condenserPumpsW = 0; out.towerFansW = 0; out.waterKgPerS = airsideWaterKgPerS; out.chillerLoadW = 0;
    out.heatRejectedW = loadW + outdoorAirW; out.mode = 'free'; out.clamped = clamped;
    return out;
  }
  const airsideMode = econ?.mode;
  const c = p.condenser;
  const bank = ws.chillers;
  bank.chilledWaterSupplyC = p.chilledWaterSupplyC;
  if (c === undefined) {
    bank.loadW = loadW;
    bank.condenserEnteringC = w.dryBulbC;
    const ch = stagedChillersInto(p.chillers, bank, ws.bankOut, ws.bank);
    out.chillerW = ch.powerW; out.condenserPumpsW = 0; out.towerFansW = 0; out.waterKgPerS = airsideWaterKgPerS; out.chillerLoadW = ch.deliveredLoadW;
    out.heatRejectedW = ch.condenserHeatW + outdoorAirW; out.mode = airsideMode ?? 'mechanical'; out.clamped = clamped || ch.clamped;
    return out;
  }
  let heatRejectedW = loadW;
  let mode: PlantMode = 'mechanical';
  let freeFraction = 0;
  const towerIn = ws.towerIn;
  towerIn.dryBulbC = w.dryBulbC;
  towerIn.wetBulbC = w.wetBulbC;
  towerIn.pressurePa = w.pressurePa;
  towerIn.leavingSetpointC = FULL_FAN_SETPOINT_C;
  towerIn.skipWater = true; // the passes read the leaving water only
  const ch = ws.bankOut;
  for (let pass = 0; pass < 2; pass++) {
    towerIn.heatW = heatRejectedW;
    const towerWaterC = coolingTowerInto(c.tower, towerIn, ws.towerOut, ws.tower).leavingWaterC;
    if (c.economizerApproachK !== undefined) {
      const e = ws.economizer;
      e.params.approachK = c.economizerApproachK;
      e.input.coolingWaterC = towerWaterC;
      e.input.chilledWaterSupplyC = p.chilledWaterSupplyC;
      e.input.chilledWaterReturnC = p.chilledWaterReturnC;
      const econ = watersideEconomizerInto(e.params, e.input, e.output);
      mode = econ.mode;
      freeFraction = econ.freeFraction;
    }
    const freeLoadW = freeFraction * loadW;
    bank.loadW = loadW - freeLoadW;
    bank.condenserEnteringC = Math.max(towerWaterC, c.minCondenserWaterC);
    stagedChillersInto(p.chillers, bank, ch, ws.bank);
    heatRejectedW = freeLoadW + ch.condenserHeatW;
    if (mode === 'free') break;
  }
  // free: just cold enough for the heat exchanger; partial: as cold as possible (the exchanger takes it all);
  // mechanical: as cold as the chillers accept.
  const towerSetpointC = mode === 'free' ? p.chilledWaterSupplyC - c.economizerApproachK!
    : mode === 'partial' ? FULL_FAN_SETPOINT_C : c.minCondenserWaterC;
  towerIn.heatW = heatRejectedW;
  towerIn.leavingSetpointC = towerSetpointC;
  towerIn.skipWater = false;
  const tower = coolingTowerInto(c.tower, towerIn, ws.towerOut, ws.tower);
  const cwPumpW = pumpPowerAtW(c.pump, c.tower.designWaterKgPerS);
  clamped = clamped || ch.clamped || tower.clamped || pumpClamped(c.pump, c.tower.designWaterKgPerS);
  out.chillerW = ch.powerW; out.condenserPumpsW = cwPumpW; out.towerFansW = tower.fanPowerW; out.waterKgPerS = tower.waterKgPerS + airsideWaterKgPerS;
  out.chillerLoadW = ch.deliveredLoadW; out.heatRejectedW = heatRejectedW + outdoorAirW; out.mode = airsideMode ?? mode; out.clamped = clamped;
  return out;
}
