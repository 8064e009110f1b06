/**
 * Properties of the two working fluids of a cooling plant: liquid water (chilled,
 * condenser and facility water) and air (room air through CRAHs, outdoor air
 * through towers and dry coolers), plus the saturation-enthalpy slope a wet
 * cooling tower works with.
 *
 * Equation:
 *   airDensityKgPerM3 = pressurePa / (DRY_AIR_GAS_CONSTANT * (tempC + 273.15))          (ideal gas)
 *   saturationEnthalpySlope(lowC, highC) = (hSat(highC) - hSat(lowC)) / (highC - lowC)    (J/(kg K))
 *   hSat(t) = 1006 * t + Ws(t) * (2.501e6 + 1860 * t)                                    (J per kg dry air)
 * Assumptions: constant specific heats at 20-30 degC (the water loops and air paths of a data center stay
 *   within 5-50 degC, where cp of water varies < 0.5 % and of air < 0.3 %); air density from dry-air ideal
 *   gas (moisture lowers it < 1.5 % at 30 degC saturated, ignored); no glycol in water loops.
 * Validity: -40 to 60 degC, 50-110 kPa. Outside: the caller's inputs are physically implausible (RangeError).
 * References: Incropera & DeWitt, Fundamentals of Heat and Mass Transfer, 6th ed., Table A.6 (saturated
 *   water at 300 K: cp = 4.179 kJ/(kg K), v = 1.003e-3 m3/kg; hfg = 2449 kJ/kg at 295 K) and Table A.4
 *   (air at 300 K: cp = 1.007 kJ/(kg K)); ASHRAE Handbook Fundamentals 2017, ch. 1, R_da = 287.042 J/(kg K)
 *   (eq. 28 ideal gas), saturated humidity ratio eq. 23 and moist-air enthalpy eq. 30 (via PsychroLib);
 *   Braun, Klein & Mitchell (1989), "Effectiveness models for cooling towers and cooling coils",
 *   ASHRAE Trans. 95(2): the saturation specific heat cs = dhSat/dT.
 * Validated by: test/models/cooling/fluids.test.ts (ASHRAE 2017 ch. 1 Table 2 saturated enthalpies)
 * @example airDensityKgPerM3(101325, 20) // => 1.2041 (ideal gas, dry air)
 */
import { KELVIN_AT_ZERO_C } from '../../units.js';
import { enthalpyJPerKg, saturationHumidityRatio } from '../climate/psychrometrics.js';

/** Specific heat of liquid water, J/(kg K): Incropera Table A.6, 300 K. */
export const WATER_SPECIFIC_HEAT_J_PER_KG_K = 4179;
/** Density of liquid water, kg/m3: 1 / 1.003e-3 (Incropera Table A.6, 300 K). */
export const WATER_DENSITY_KG_PER_M3 = 997;
/** Specific heat of air, J/(kg K): Incropera Table A.4, 300 K. */
export const AIR_SPECIFIC_HEAT_J_PER_KG_K = 1007;
/** Latent heat of vaporization of water near 22 degC, J/kg: Incropera Table A.6, 295 K. */
export const WATER_LATENT_HEAT_J_PER_KG = 2.449e6;
/** Gas constant of dry air, J/(kg K): ASHRAE Handbook Fundamentals 2017, ch. 1. */
export const DRY_AIR_GAS_CONSTANT_J_PER_KG_K = 287.042;
/** Standard atmosphere at sea level, Pa (ASHRAE Fundamentals 2017 ch. 1 Table 1). */
export const STANDARD_PRESSURE_PA = 101_325;

function checkRange(tempC: number, pressurePa: number): void {
  if (!(tempC >= -40 && tempC <= 60)) throw new RangeError(`fluids: temperature ${tempC} degC outside -40..60`);
  if (!(pressurePa >= 50_000 && pressurePa <= 110_000)) {
    throw new RangeError(`fluids: pressure ${pressurePa} Pa outside 50-110 kPa`);
  }
}

/** Density of (dry) air at this pressure and temperature, kg/m3. */
export function airDensityKgPerM3(pressurePa: number, tempC: number): number {
  checkRange(tempC, pressurePa);
  return pressurePa / (DRY_AIR_GAS_CONSTANT_J_PER_KG_K * (tempC + KELVIN_AT_ZERO_C));
}

/** Enthalpy of saturated air, J per kg dry air. */
export function saturationEnthalpyJPerKg(tempC: number, pressurePa: number): number {
  checkRange(tempC, pressurePa);
  return enthalpyJPerKg(tempC, saturationHumidityRatio(tempC, pressurePa));
}

/**
 * Secant slope of the saturation-enthalpy curve between two temperatures, J/(kg K): the
 * "saturation specific heat" cs of Braun et al. (1989) that turns a wet tower into an
 * equivalent sensible heat exchanger with inlet temperature = wet bulb.
 */
export function saturationEnthalpySlope(lowC: number, highC: number, pressurePa: number): number {
  const spanK = Math.max(highC - lowC, 0.5);
  const highJPerKg = saturationEnthalpyJPerKg(lowC + spanK, pressurePa);
  return (highJPerKg - saturationEnthalpyJPerKg(lowC, pressurePa)) / spanK;
}

/**
 * saturationEnthalpySlope with the low end's enthalpy, saturationEnthalpyJPerKg(lowC, pressurePa), given (a tower
 * asks for several slopes from one wet bulb): the same value, one psychrometric evaluation fewer.
 */
export function saturationEnthalpySlopeAbove(lowC: number, lowJPerKg: number, highC: number, pressurePa: number): number {
  const spanK = Math.max(highC - lowC, 0.5);
  return (saturationEnthalpyJPerKg(lowC + spanK, pressurePa) - lowJPerKg) / spanK;
}
