/**
 * Water evaporated by an open cooling tower, from the energy balance of the air stream that carries the heat away.
 *
 * Equation (Braun's effective saturation state, Lewis number 1):
 *   inletHumidityRatio W_in = W(dryBulbC, wetBulbC, pressurePa)        (ASHRAE Fundamentals 2017 ch. 1 eq. 33/35)
 *   h_in = h(dryBulbC, W_in) (eq. 30);  h_out = h_in + heatW / airKgPerS            (air-side energy balance)
 *   ntu = conductanceKgPerS / airKgPerS (hD A / m_air, the tower's own mass-transfer units at this fan speed)
 *   h_se = h_in + (h_out - h_in) / (1 - exp(-ntu));  T_se solves hSat(T_se) = h_se;  W_se = Wsat(T_se)
 *   W_out = W_se + (W_in - W_se) exp(-ntu);  leavingAirC = T_se + (dryBulbC - T_se) exp(-ntu)
 *   evaporationKgPerS = airKgPerS * (W_out - W_in) = airKgPerS * (W_se - W_in) * (1 - exp(-ntu))
 *   hSat(t) = 1006 t + Wsat(t) (2501000 + 1860 t) J/kg dry air       (eq. 30 with eq. 23)
 * Assumptions: the air moves on a straight line toward the effective saturation state (Lewis number 1); as ntu grows
 *   the air leaves saturated (EnergyPlus's SaturatedExit mode, an upper bound); airKgPerS is dry air. Cold dry air
 *   leaves warmer than it came in and takes part of the heat sensibly, so evaporation stays below heatW / hfg; hot
 *   dry air is cooled by the water, and evaporation then exceeds heatW / hfg by the air's sensible heat (a negative
 *   Bowen ratio, as in arid climates): both are physical, neither is clamped.
 * Units: heatW W, airKgPerS kg/s dry air, conductance kg/s, temperatures degC, pressurePa Pa, evaporation kg/s.
 * Validity: wet bulb -20..35 degC, dry bulb >= wet bulb; T_se is limited to 60 degC (fluids.ts property range).
 * References: Braun, Klein & Mitchell (1989), "Effectiveness models for cooling towers and cooling coils", ASHRAE
 *   Trans. 95(2) (effective saturation state, outlet air state); Braun (1988) PhD thesis, U. Wisconsin-Madison, as
 *   implemented for wet coils in Modelica Buildings, Buildings.Fluid.HeatExchangers.BaseClasses.WetCoilWetRegime
 *   (hSatSurEff = hAirIn + (hAirOut - hAirIn) / (1 - exp(-NTUAir)), TAirOut = TSurEff + (TAirIn - TSurEff) exp(-NTUAir));
 *   EnergyPlus CondenserLoopTowers.cc, CalculateWaterUseage (SaturatedExit: evaporation = air flow x humidity rise);
 *   ASHRAE Handbook Fundamentals 2017 ch. 1, eq. 23, 30, 33, 35 (via PsychroLib).
 * Validated by: test/validation/towerEvaporation.validation.test.ts (a hand calculation from ASHRAE 2017 ch. 1 relations;
 *   data test/validation/data/tower-evaporation-hand-calc.csv) and test/validation/towerWater.validation.test.ts
 *   (NREL ESIF measured tower water: 1.6 x above it at 3 cycles of concentration); unit tests
 *   test/models/cooling/towerEvaporation.test.ts, test/models/cooling/coolingTower.test.ts
 * @example towerEvaporationKgPerS(1e6, 40, 80, 35, 25.56, 101325, newTowerAirState()) // => 0.441 (1.59 kg/kWh: 35 degC air is cooled, so above heat / hfg)
 */
import { enthalpyJPerKg, humidityRatioFromWetBulb, saturationHumidityRatio } from '../climate/psychrometrics.js';
import { saturationEnthalpyJPerKg } from './fluids.js';

/** Limits of the air states, degC: the validity of the property functions (fluids.ts). */
const MIN_AIR_C = -40;
const MAX_AIR_C = 60;

/** The caller's record (the per-step path allocates nothing): the leaving air of the last call, and the entering air of
 * the last outdoor state (a plant asks several times per hour with the same weather). */
export interface TowerAirState {
  leavingAirC: number;
  /** True when the air would leave above MAX_AIR_C and was limited to it. */
  clamped: boolean;
  inletOf: { dryBulbC: number; wetBulbC: number; pressurePa: number };
  inletHumidityRatio: number;
  inletJPerKg: number;
}

export const newTowerAirState = (): TowerAirState => ({
  leavingAirC: 0, clamped: false, inletOf: { dryBulbC: Number.NaN, wetBulbC: Number.NaN, pressurePa: Number.NaN }, inletHumidityRatio: 0, inletJPerKg: 0,
});

/**
 * Saturation temperature of air with this enthalpy, degC, from `fromC` whose saturation enthalpy `fromJPerKg` is known
 * (the wet bulb: the answer lies above it, or a little below it for very dry air carrying little heat): secant steps on
 * the convex, rising hSat from fromC and a first guess along `slopeJPerKgK` (a secant slope of hSat near fromC; 3-4
 * evaluations with a tower's own cs, 6-8 with the 1 K slope used without one), to 0.01 J/kg; within -40..60 degC.
 */
export function saturationTemperatureC(enthalpyJPerKg: number, fromC: number, fromJPerKg: number, pressurePa: number, slopeJPerKgK = Number.NaN): number {
  if (enthalpyJPerKg === fromJPerKg) return fromC;
  let aC = fromC;
  let aJ = fromJPerKg;
  const slope = slopeJPerKgK > 0 ? slopeJPerKgK : saturationEnthalpyJPerKg(Math.min(fromC + 1, MAX_AIR_C), pressurePa) - fromJPerKg;
  let bC = Math.min(Math.max(fromC + (enthalpyJPerKg - fromJPerKg) / slope, MIN_AIR_C), MAX_AIR_C);
  let bJ = saturationEnthalpyJPerKg(bC, pressurePa);
  for (let i = 0; i < 50 && Math.abs(bJ - enthalpyJPerKg) > 0.01 && bC !== aC; i++) {
    const nextC = Math.min(Math.max(bC + ((enthalpyJPerKg - bJ) * (bC - aC)) / (bJ - aJ), MIN_AIR_C), MAX_AIR_C);
    aC = bC;
    aJ = bJ;
    bC = nextC;
    bJ = saturationEnthalpyJPerKg(bC, pressurePa);
  }
  return bC;
}

/**
 * Evaporation, kg/s, when `airKgPerS` of dry air entering at (dryBulbC, wetBulbC) carries `heatW` away through a fill of
 * `conductanceKgPerS` (hD A at this fan speed); writes the leaving air into `air`. Optional, to save work: the caller's
 * hSat(wetBulbC) and a secant slope of hSat above the wet bulb (the tower's cs).
 */
export function towerEvaporationKgPerS(heatW: number, airKgPerS: number, conductanceKgPerS: number, dryBulbC: number, wetBulbC: number,
  pressurePa: number, air: TowerAirState, wetBulbJPerKg = saturationEnthalpyJPerKg(wetBulbC, pressurePa), slopeJPerKgK = Number.NaN): number {
  air.clamped = false;
  const inletDryBulbC = Math.max(dryBulbC, wetBulbC);
  if (!(heatW > 0 && airKgPerS > 0 && conductanceKgPerS > 0)) {
    air.leavingAirC = inletDryBulbC;
    return 0;
  }
  const of = air.inletOf;
  if (of.dryBulbC !== inletDryBulbC || of.wetBulbC !== wetBulbC || of.pressurePa !== pressurePa) {
    air.inletHumidityRatio = humidityRatioFromWetBulb(inletDryBulbC, wetBulbC, pressurePa);
    air.inletJPerKg = enthalpyJPerKg(inletDryBulbC, air.inletHumidityRatio);
    of.dryBulbC = inletDryBulbC; of.wetBulbC = wetBulbC; of.pressurePa = pressurePa;
  }
  const inletHumidityRatio = air.inletHumidityRatio;
  const inletJPerKg = air.inletJPerKg;
  const remaining = Math.exp(-conductanceKgPerS / airKgPerS); // share of the inlet-to-saturation gap left at the outlet
  const effectiveJPerKg = inletJPerKg + heatW / airKgPerS / (1 - remaining);
  const effectiveC = saturationTemperatureC(effectiveJPerKg, wetBulbC, wetBulbJPerKg, pressurePa, slopeJPerKgK);
  air.clamped = effectiveC >= MAX_AIR_C;
  air.leavingAirC = effectiveC + (inletDryBulbC - effectiveC) * remaining;
  return airKgPerS * Math.max(0, saturationHumidityRatio(effectiveC, pressurePa) - inletHumidityRatio) * (1 - remaining);
}
