/**
 * The liquid plant's trim chiller bank, air-cooled (condenser at the outdoor dry bulb, condenser fans inside its
 * EIR) or water-cooled (condenser water from a cooling tower, with its fans and condenser pump counted here).
 *
 * Equation:
 *   air-cooled:   stagedChillers(load, chilled water = facility supply, condenser entering = dryBulbC)
 *   water-cooled: condenserC = max(wetBulbC + tower design approach, minCondenserWaterC)
 *                 stagedChillers(load, facility supply, condenserC)
 *                 tower: heat = condenserHeatW (= delivered load + compressor power), leaving setpoint condenserC
 *                 condenser pump: flow = condenserHeatW / (cpWater * tower design range)   (variable flow)
 *                 powerW = compressors + tower fans + condenser pump;  waterKgPerS = tower make-up
 * Assumptions: one pass, no iteration between tower and chiller: the tower holds the condenser water at its design
 *   approach to the wet bulb (true up to its design point, where it was sized); the trim chiller's tower is its
 *   own cells (of the loop's tower type when the loop rejects to towers); no waterside economizer on it (the
 *   liquid loop's free rejection already is one).
 * Validity: loadW >= 0; as chillerStaging.ts, coolingTower.ts and pump.ts.
 * References: DOE-2/EnergyPlus electric EIR chiller (chiller.ts) with its water-cooled curve sets (curves.ts);
 *   condenser at the tower's leaving water as in the air plant (airPlant.ts, Modelica Buildings ChillerWSE.mo).
 * Validated by: test/models/cooling/trimChiller.test.ts (water-cooled uses less compressor power in dry heat,
 *   counts tower fans, pump and water; air-cooled unchanged)
 * @example trimChillerInto(bank, undefined, 32, 2e5, { dryBulbC: 38, wetBulbC: 24, pressurePa: 101325 }, newTrimOutput(), newTrimWorkspace()).powerW
 */
import { newChillerBankOutput, newChillerBankWorkspace, stagedChillersInto, type ChillerBankOutput, type ChillerBankParams } from './chillerStaging.js';
import { coolingTowerInto, newCoolingTowerInput, newCoolingTowerOutput, newCoolingTowerWorkspace, type CoolingTowerParams } from './coolingTower.js';
import { pumpPowerAtW, waterFlowKgPerS, type PumpParams } from './pump.js';
import type { PlantWeather } from './airPlant.js';

/** A water-cooled trim chiller's heat rejection: its tower cells and condenser pump. */
export interface TrimCondenser {
  tower: CoolingTowerParams;
  pump: PumpParams;
  minCondenserWaterC: number;
}

export interface TrimOutput extends ChillerBankOutput {
  waterKgPerS: number;
}

export const newTrimOutput = (): TrimOutput => ({ ...newChillerBankOutput(), waterKgPerS: 0 });

export type TrimWorkspace = ReturnType<typeof newTrimWorkspace>;
export const newTrimWorkspace = () => ({
  bankIn: { loadW: 0, chilledWaterSupplyC: 0, condenserEnteringC: 0 }, bank: newChillerBankWorkspace(),
  towerIn: newCoolingTowerInput(),
  towerOut: newCoolingTowerOutput(), tower: newCoolingTowerWorkspace(),
});

/** The condenser entering temperature the trim chiller sees: dry bulb (air-cooled) or the tower's water. */
export function trimCondenserC(condenser: TrimCondenser | undefined, w: Pick<PlantWeather, 'dryBulbC' | 'wetBulbC'>): number {
  return condenser === undefined ? w.dryBulbC : Math.max(w.wetBulbC + condenser.tower.designApproachK, condenser.minCondenserWaterC);
}

/** The trim bank (and its tower and pump when water-cooled) at this load, into `out` (every field written). */
export function trimChillerInto(bank: ChillerBankParams, condenser: TrimCondenser | undefined, facilitySupplyC: number, loadW: number,
  w: PlantWeather, out: TrimOutput, ws: TrimWorkspace): TrimOutput {
  const input = ws.bankIn;
  input.loadW = loadW;
  input.chilledWaterSupplyC = facilitySupplyC;
  input.condenserEnteringC = trimCondenserC(condenser, w);
  stagedChillersInto(bank, input, out, ws.bank);
  out.waterKgPerS = 0;
  if (condenser === undefined || !(out.condenserHeatW > 0)) return out;
  const t = ws.towerIn;
  t.heatW = out.condenserHeatW;
  t.dryBulbC = w.dryBulbC;
  t.wetBulbC = w.wetBulbC;
  t.pressurePa = w.pressurePa;
  t.leavingSetpointC = input.condenserEnteringC;
  const tower = coolingTowerInto(condenser.tower, t, ws.towerOut, ws.tower);
  out.powerW += tower.fanPowerW + pumpPowerAtW(condenser.pump, waterFlowKgPerS(out.condenserHeatW, condenser.tower.designRangeK));
  out.waterKgPerS = tower.waterKgPerS;
  out.clamped = out.clamped || tower.clamped;
  return out;
}
