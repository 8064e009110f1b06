/**
 * Open (wet) cooling tower with variable-speed fans: leaving water temperature, fan power and make-up
 * water for a heat load and the outdoor air (dry bulb, wet bulb, pressure).
 *
 * Equation:
 *   cs = (hSat(wetBulbC + approachK + rangeK) - hSat(wetBulbC)) / (approachK + rangeK)   (Braun et al. 1989)
 *   the tower is a counterflow exchanger between water and "air" of capacity airKgPerS * f * cs entering
 *   at the wet bulb, with UA = conductanceKgPerS * cs * f^0.737 (effectiveness.ts); approach from heatW
 *   f = smallest air-flow fraction in [minAirFlowFraction, 1] reaching leavingSetpointC (1 if it cannot)
 *   fanPowerW = ratedFanPowerW * f^3                                      (EnergyPlus, no fan curve given)
 *   evaporationKgPerS = airKgPerS * f * (W_out - W_in)  (air-side balance, towerEvaporation.ts: outdoor air, its
 *     enthalpy raised by heatW / (airKgPerS * f), W_out by Braun's effective saturation state, ntu of the fill at f)
 *     or, if evaporationLossPerK is given, evaporationLossPerK * heatW / cpWater (EnergyPlus LossFactor mode)
 *   driftKgPerS = driftFraction * designWaterKgPerS * f
 *   blowdownKgPerS = max(0, evaporationKgPerS / (cyclesOfConcentration - 1) - driftKgPerS)
 *   waterKgPerS = evaporation + drift + blowdown                          (make-up)
 * Assumptions: sized at the design point (approach, range, E+ fan and air flow), then extra cells (N+1)
 *   multiply air flow, UA and fan power by capacityFactor at the same water flow; all cells run together (ASHRAE 90.1-2013 6.5.5.2.2: multicell towers run the most cells at the
 *   lowest speed), so redundancy enlarges the tower; cs is re-evaluated once with the computed approach;
 *   constant water flow within the interval (the workspace keeps the exchanger of the last call, reused when
 *   the frozen params object and every input it depends on repeat: a plant asks for one load at several setpoints); no basin heater; leaving water colder than the setpoint at
 *   minimum fan speed is left as is (the plant mixes or bypasses).
 * Validity: wet bulb -20..35 degC (clamped outside); heatW >= 0; design effectiveness feasible (sizing
 *   raises the air flow if the requested approach needs more than the E+ default).
 * References: Braun, Klein & Mitchell (1989), ASHRAE Trans. 95(2) (effectiveness model, cs);
 *   EnergyPlus Engineering Reference, "Cooling Towers and Evaporative Fluid Coolers": variable-speed fan power,
 *   "Cooling Tower Makeup Water Usage" (saturated-exit or loss-factor evaporation, drift 0.008 % of design water
 *   flow times air-flow ratio, blowdown = evaporation / (concentration ratio - 1) - drift, ratio default 3);
 *   EnergyPlus CondenserLoopTowers.cc sizing: fan power 0.0105 W per W of capacity, air flow =
 *   fan power * 0.5 * (101325 / p) / 190 m3/s, minimum air-flow ratio 0.2 (CoolingTower:VariableSpeed default).
 * Validated by: test/validation/coolingTower.validation.test.ts (the YorkCalc correlation at held-out points;
 *   data: test/validation/data/yorkcalc-approach.csv); the CTI rating point is its sizing point (a unit test);
 *   water: test/validation/towerEvaporation.validation.test.ts, test/validation/towerWater.validation.test.ts (ESIF)
 * @example coolingTower(sizeCoolingTower({ ratedHeatW: 1e6, designWetBulbC: 25.56, designApproachK: 3.89, designRangeK: 5.56 }), { heatW: 1e6, dryBulbC: 35, wetBulbC: 25.56, pressurePa: 101325, leavingSetpointC: 20 }).leavingWaterC // => 29.45
 */
import { airFlowFractionFor, approachK, designNtu, newFanSearch, UA_AIR_FLOW_EXPONENT, type AirCooledWater, type FanSearch } from './effectiveness.js';
import { newTowerAirState, towerEvaporationKgPerS, type TowerAirState } from './towerEvaporation.js';
import { airDensityKgPerM3, saturationEnthalpyJPerKg, saturationEnthalpySlope, saturationEnthalpySlopeAbove, STANDARD_PRESSURE_PA,
  WATER_SPECIFIC_HEAT_J_PER_KG_K } from './fluids.js';

/** EnergyPlus CondenserLoopTowers.cc autosizing: design fan power per W of tower capacity. */
export const TOWER_FAN_POWER_PER_HEAT = 0.0105;
/** EnergyPlus autosizing: air m3/s per W of fan power at standard pressure (0.5 efficiency / 190 Pa). */
export const TOWER_AIR_M3_PER_S_PER_FAN_W = 0.5 / 190;

export interface CoolingTowerParams {
  ratedHeatW: number;
  designWetBulbC: number;
  designApproachK: number;
  designRangeK: number;
  designWaterKgPerS: number;
  airKgPerS: number;
  /** Mass-transfer conductance hD*A at full air flow, kg/s (UA / cs). */
  conductanceKgPerS: number;
  ratedFanPowerW: number;
  minAirFlowFraction: number;
  /** EnergyPlus LossFactor mode, per K of range; undefined = the air-side balance (SaturatedExit). */
  evaporationLossPerK?: number;
  driftFraction: number;
  cyclesOfConcentration: number;
}

export interface CoolingTowerDesign {
  ratedHeatW: number;
  designWetBulbC: number;
  designApproachK: number;
  designRangeK: number;
  /** Default TOWER_FAN_POWER_PER_HEAT (EnergyPlus). */
  fanPowerPerHeat?: number;
  /** Default 0.2 (EnergyPlus CoolingTower:VariableSpeed "Minimum Air Flow Rate Ratio"). */
  minAirFlowFraction?: number;
  /** EnergyPlus "Evaporation Loss Factor" (0.2 %/K in its LossFactor mode); default: evaporation from the air side. */
  evaporationLossPerK?: number;
  /** Default 0.00008 (EnergyPlus "Drift Loss Percent" 0.008 %). */
  driftFraction?: number;
  /** Default 3 (EnergyPlus "Blowdown Concentration Ratio"). */
  cyclesOfConcentration?: number;
  pressurePa?: number;
  /** Installed / duty cells (N+1 of 2 cells: 1.5): scales air flow, UA and fan power, not water flow. */
  capacityFactor?: number;
}

export interface CoolingTowerInput {
  heatW: number;
  /** Outdoor dry bulb: with the wet bulb it sets the entering humidity ratio (evaporation). */
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
  leavingSetpointC: number;
  /** true: water fields left at 0 and leavingAirC NaN (a caller's search pass that reads only leaving water and fans). */
  skipWater?: boolean;
}

export const newCoolingTowerInput = (): CoolingTowerInput => ({ heatW: 0, dryBulbC: 0, wetBulbC: 0, pressurePa: 0, leavingSetpointC: 0 });

export interface CoolingTowerOutput {
  leavingWaterC: number;
  airFlowFraction: number;
  fanPowerW: number;
  /** Leaving air, degC (near saturation); NaN in the loss-factor mode. */
  leavingAirC: number;
  evaporationKgPerS: number;
  driftKgPerS: number;
  blowdownKgPerS: number;
  waterKgPerS: number;
  clamped: boolean;
}

/** A tower's working memory (the caller's, one per run): its fan search, and its last exchanger with every input that
 * exchanger depends on (the call's but the setpoint; the params object, frozen by sizeCoolingTower). */
export interface CoolingTowerWorkspace {
  fan: FanSearch;
  hxOf: { p: CoolingTowerParams | undefined; wetBulbC: number; heatW: number; pressurePa: number };
  hx: AirCooledWater;
  /** hSat(wet bulb) of the exchanger in hx, J/kg; the leaving air of the last call. */
  wetBulbJPerKg: number;
  air: TowerAirState;
}

export const newCoolingTowerWorkspace = (): CoolingTowerWorkspace => ({
  fan: newFanSearch(), hxOf: { p: undefined, wetBulbC: 0, heatW: 0, pressurePa: 0 }, hx: { uaWPerK: 0, airCapacityWPerK: 0, waterCapacityWPerK: 0 },
  wetBulbJPerKg: 0, air: newTowerAirState(),
});

/** The tower as a sensible exchanger for cs over [wetBulbC, wetBulbC + spanK], written into `out`. */
function exchanger(p: CoolingTowerParams, wetBulbC: number, wetBulbJPerKg: number, spanK: number, pressurePa: number, out: AirCooledWater): AirCooledWater {
  const cs = saturationEnthalpySlopeAbove(wetBulbC, wetBulbJPerKg, wetBulbC + spanK, pressurePa);
  out.uaWPerK = p.conductanceKgPerS * cs;
  out.airCapacityWPerK = p.airKgPerS * cs;
  out.waterCapacityWPerK = p.designWaterKgPerS * WATER_SPECIFIC_HEAT_J_PER_KG_K;
  return out;
}

/** The tower as a sensible exchanger for this wet bulb and heat (independent of the setpoint), in ws.hx. */
function towerExchanger(p: CoolingTowerParams, wetBulbC: number, heatW: number, pressurePa: number, ws: CoolingTowerWorkspace): AirCooledWater {
  const of = ws.hxOf;
  if (of.p === p && of.wetBulbC === wetBulbC && of.heatW === heatW && of.pressurePa === pressurePa) return ws.hx;
  of.p = undefined; // ws.hx is being rewritten: no longer the exchanger of `of` if this throws
  const rangeK = heatW / (p.designWaterKgPerS * WATER_SPECIFIC_HEAT_J_PER_KG_K);
  const wetBulbJPerKg = saturationEnthalpyJPerKg(wetBulbC, pressurePa);
  ws.wetBulbJPerKg = wetBulbJPerKg;
  // cs depends on the approach it helps compute: evaluate at the design approach, then once more.
  const first = exchanger(p, wetBulbC, wetBulbJPerKg, p.designApproachK + rangeK, pressurePa, ws.hx);
  exchanger(p, wetBulbC, wetBulbJPerKg, approachK(first, heatW, 1) + rangeK, pressurePa, ws.hx);
  of.p = p;
  of.wetBulbC = wetBulbC;
  of.heatW = heatW;
  of.pressurePa = pressurePa;
  return ws.hx;
}

export function sizeCoolingTower(d: CoolingTowerDesign): CoolingTowerParams {
  if (!(d.ratedHeatW > 0 && d.designApproachK > 0 && d.designRangeK > 0)) {
    throw new RangeError(`coolingTower: design heat, approach and range must be > 0, got ${d.ratedHeatW}, ${d.designApproachK}, ${d.designRangeK}`);
  }
  const pressurePa = d.pressurePa ?? STANDARD_PRESSURE_PA;
  // Sea-level rating; at altitude the same air mass is more volume: fan power (same pressure rise) up by p0 / p.
  const ratedFanPowerW = d.ratedHeatW * (d.fanPowerPerHeat ?? TOWER_FAN_POWER_PER_HEAT) * (STANDARD_PRESSURE_PA / pressurePa);
  const airM3PerS = ratedFanPowerW * TOWER_AIR_M3_PER_S_PER_FAN_W;
  const designWaterKgPerS = d.ratedHeatW / (WATER_SPECIFIC_HEAT_J_PER_KG_K * d.designRangeK);
  const spanK = d.designApproachK + d.designRangeK;
  const cs = saturationEnthalpySlope(d.designWetBulbC, d.designWetBulbC + spanK, pressurePa);
  const waterCapacity = designWaterKgPerS * WATER_SPECIFIC_HEAT_J_PER_KG_K;
  const airDesignKgPerS = airM3PerS * airDensityKgPerM3(pressurePa, Math.min(d.designWetBulbC, 40));
  const { airKgPerS, ntu } = designNtu(d.ratedHeatW, spanK, waterCapacity, airDesignKgPerS, cs);
  const factor = d.capacityFactor ?? 1;
  return Object.freeze({
    ratedHeatW: d.ratedHeatW,
    designWetBulbC: d.designWetBulbC,
    designApproachK: d.designApproachK,
    designRangeK: d.designRangeK,
    designWaterKgPerS,
    airKgPerS: airKgPerS * factor,
    conductanceKgPerS: ntu * airKgPerS * factor,
    // more air than the E+ default (a tight approach) needs a proportionally larger fan at the same pressure
    ratedFanPowerW: ratedFanPowerW * (airKgPerS / airDesignKgPerS) * factor,
    minAirFlowFraction: d.minAirFlowFraction ?? 0.2,
    evaporationLossPerK: d.evaporationLossPerK,
    driftFraction: d.driftFraction ?? 0.00008,
    cyclesOfConcentration: d.cyclesOfConcentration ?? 3,
  });
}

export function coolingTower(p: CoolingTowerParams, input: CoolingTowerInput): CoolingTowerOutput {
  return coolingTowerInto(p, input, newCoolingTowerOutput(), newCoolingTowerWorkspace());
}

export const newCoolingTowerOutput = (): CoolingTowerOutput => ({
  leavingWaterC: 0, airFlowFraction: 0, fanPowerW: 0, leavingAirC: 0, evaporationKgPerS: 0, driftKgPerS: 0, blowdownKgPerS: 0, waterKgPerS: 0, clamped: false,
});

/** coolingTower writing every field of `out` and returning it, working in the caller's `ws` (the per-step path allocates nothing). */
export function coolingTowerInto(p: CoolingTowerParams, input: CoolingTowerInput, out: CoolingTowerOutput, ws: CoolingTowerWorkspace): CoolingTowerOutput {
  const wetBulbC = Math.min(Math.max(input.wetBulbC, -20), 35);
  out.clamped = wetBulbC !== input.wetBulbC || input.heatW < 0;
  const heatW = Math.max(0, input.heatW);
  if (heatW === 0) {
    out.leavingWaterC = out.leavingAirC = wetBulbC;
    out.airFlowFraction = out.fanPowerW = out.evaporationKgPerS = out.driftKgPerS = out.blowdownKgPerS = out.waterKgPerS = 0;
    return out;
  }
  const hx = towerExchanger(p, wetBulbC, heatW, input.pressurePa, ws);
  const allowedK = input.leavingSetpointC - wetBulbC;
  const airFlowFraction = allowedK <= 0 ? 1 : airFlowFractionFor(hx, heatW, allowedK, p.minAirFlowFraction, ws.fan);
  const lossPerK = p.evaporationLossPerK;
  const skip = input.skipWater === true;
  const evaporationKgPerS = skip ? 0 : lossPerK !== undefined ? (lossPerK * heatW) / WATER_SPECIFIC_HEAT_J_PER_KG_K
    : towerEvaporationKgPerS(heatW, p.airKgPerS * airFlowFraction, p.conductanceKgPerS * airFlowFraction ** UA_AIR_FLOW_EXPONENT,
      input.dryBulbC, wetBulbC, input.pressurePa, ws.air, ws.wetBulbJPerKg, hx.airCapacityWPerK / p.airKgPerS);
  const driftKgPerS = skip ? 0 : p.driftFraction * p.designWaterKgPerS * airFlowFraction;
  const blowdownKgPerS = Math.max(0, evaporationKgPerS / (p.cyclesOfConcentration - 1) - driftKgPerS);
  out.leavingWaterC = wetBulbC + approachK(hx, heatW, airFlowFraction);
  out.airFlowFraction = airFlowFraction;
  out.fanPowerW = p.ratedFanPowerW * airFlowFraction ** 3;
  out.leavingAirC = skip || lossPerK !== undefined ? Number.NaN : ws.air.leavingAirC;
  out.clamped ||= !skip && lossPerK === undefined && ws.air.clamped;
  out.evaporationKgPerS = evaporationKgPerS; out.driftKgPerS = driftKgPerS; out.blowdownKgPerS = blowdownKgPerS;
  out.waterKgPerS = evaporationKgPerS + driftKgPerS + blowdownKgPerS;
  return out;
}
