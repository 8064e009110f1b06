/**
 * Moist-air properties from dry bulb, dew point and pressure (PsychroLib in SI mode).
 *
 * Equation (ASHRAE Handbook Fundamentals 2017, ch. 1):
 *   saturationPressurePa = exp(...)                      eq. 5 (over ice, below 0.01 degC) and eq. 6 (over water)
 *   vaporPressurePa = saturationPressurePa(dewPointC)    eq. 36
 *   humidityRatio = 0.621945 * vaporPressurePa / (pressurePa - vaporPressurePa)   eq. 20
 *   enthalpyJPerKg = 1000 * (1.006 * dryBulbC + humidityRatio * (2501 + 1.86 * dryBulbC))   eq. 30
 *   wetBulbC solves humidityRatio = ((2501 - 2.326 * wetBulbC) * Ws(wetBulbC) - 1.006 * (dryBulbC - wetBulbC))
 *                                   / (2501 + 1.86 * dryBulbC - 4.186 * wetBulbC)           eq. 33 (35 below 0 degC)
 *     between dewPointC and dryBulbC by regula falsi (Illinois), to 1e-4 K; PsychroLib's bisection
 *     where the interval straddles 0 degC (the eq. 33/35 switch)
 *   standardPressurePa = 101325 * (1 - 2.25577e-5 * elevationM)^5.2559   eq. 3
 * Assumptions: ideal-gas mixture (ASHRAE's "perfect gas relations", ch. 1, error < 0.7 % at
 *   weather temperatures); the humidity ratio follows from the dew point as EnergyPlus's weather
 *   manager does (PsyWFnTdpPb); the file's relative humidity is kept as read.
 * Validity: -100 to 200 degC (PsychroLib's range of eq. 5/6); weather files are checked to -70..70 degC.
 *   A dew point above the dry bulb (supersaturated record) is clamped to the dry bulb and flagged.
 * References: ASHRAE Handbook Fundamentals 2017, ch. 1 "Psychrometrics", eq. 3, 5, 6, 20, 30, 33, 35, 36;
 *   PsychroLib 1.1.1 (npm; D. Meyer & D. Thevenard, JOSS 4(33) 1137, 2019, doi:10.21105/joss.01137);
 *   EnergyPlus Engineering Reference, "Weather Data" / WeatherManager: outdoor humidity ratio from dew point.
 * Validated by: test/validation/psychrometrics.validation.test.ts (data: test/validation/data/ashrae-hof-2017-ch1-psychrometrics.csv)
 * @example wetBulbC(40, humidityRatioFromDewPoint(7, 101325), 101325) // => about 20 (ASHRAE 2017 ch. 1 Example 1)
 */
import { createRequire } from 'node:module';
import type { Weather } from './weather.js';

/** The part of PsychroLib's API dctwin uses (the package ships no types). */
interface PsychroLib {
  SI: number;
  SetUnitSystem(units: number): void;
  GetStandardAtmPressure(elevationM: number): number;
  GetHumRatioFromTDewPoint(dewPointC: number, pressurePa: number): number;
  GetTDewPointFromRelHum(dryBulbC: number, relativeHumidity: number): number;
  GetRelHumFromTDewPoint(dryBulbC: number, dewPointC: number): number;
  GetTWetBulbFromHumRatio(dryBulbC: number, humidityRatio: number, pressurePa: number): number;
  GetHumRatioFromTWetBulb(dryBulbC: number, wetBulbC: number, pressurePa: number): number;
  GetTDewPointFromHumRatio(dryBulbC: number, humidityRatio: number, pressurePa: number): number;
  GetMoistAirEnthalpy(dryBulbC: number, humidityRatio: number): number;
  GetSatHumRatio(dryBulbC: number, pressurePa: number): number;
}

const psychrolib = createRequire(import.meta.url)('psychrolib') as PsychroLib;
psychrolib.SetUnitSystem(psychrolib.SI);

/** Standard-atmosphere pressure at an elevation (eq. 3), used when a file has no pressure. */
export function standardPressurePa(elevationM: number): number {
  return psychrolib.GetStandardAtmPressure(elevationM);
}

/** Humidity ratio (kg/kg dry air) of air with this dew point at this pressure (eq. 36, 20). */
export function humidityRatioFromDewPoint(dewPointC: number, pressurePa: number): number {
  return psychrolib.GetHumRatioFromTDewPoint(dewPointC, pressurePa);
}

/** Humidity ratio (kg/kg dry air) of air with this dry bulb and thermodynamic wet bulb (eq. 33, 35 below 0 degC). */
export function humidityRatioFromWetBulb(dryBulbC: number, wetBulbC: number, pressurePa: number): number {
  return psychrolib.GetHumRatioFromTWetBulb(dryBulbC, Math.min(wetBulbC, dryBulbC), pressurePa);
}

/** Humidity ratio of saturated air (eq. 23). */
export function saturationHumidityRatio(dryBulbC: number, pressurePa: number): number {
  return psychrolib.GetSatHumRatio(dryBulbC, pressurePa);
}

/** Dew point of air at this dry bulb and relative humidity (0-1], by inverting eq. 5/6. */
export function dewPointFromRelativeHumidityC(dryBulbC: number, relativeHumidity: number): number {
  return psychrolib.GetTDewPointFromRelHum(dryBulbC, relativeHumidity);
}

/** Relative humidity (0-1) from dry bulb and dew point (eq. 12 with eq. 36). */
export function relativeHumidityFromDewPoint(dryBulbC: number, dewPointC: number): number {
  return psychrolib.GetRelHumFromTDewPoint(dryBulbC, Math.min(dewPointC, dryBulbC));
}

/** Wet bulb within this of the root of eq. 33/35, K (PsychroLib's own bisection stops at 0.001 K). */
export const WET_BULB_TOLERANCE_K = 1e-4;

/**
 * Thermodynamic wet-bulb temperature: the root of eq. 33/35 (PsychroLib's GetHumRatioFromTWetBulb)
 * between the dew point and the dry bulb, found by regula falsi with the Illinois modification.
 * Same equations as PsychroLib's GetTWetBulbFromHumRatio, about 2x fewer evaluations than its
 * bisection, and no dew-point iteration when the dew point is already known. When the interval
 * straddles 0 degC it calls PsychroLib's own bisection, so the result is always PsychroLib's root.
 */
export function wetBulbC(dryBulbC: number, humidityRatio: number, pressurePa: number, dewPointC?: number): number {
  const excess = (tempC: number) => psychrolib.GetHumRatioFromTWetBulb(dryBulbC, tempC, pressurePa) - humidityRatio;
  let lowC = dewPointC ?? psychrolib.GetTDewPointFromHumRatio(dryBulbC, Math.max(humidityRatio, 1e-7), pressurePa);
  let highC = dryBulbC;
  // Eq. 33 (water) and 35 (ice) switch at a 0 degC wet bulb and do not meet there: in dry air the
  // equations can have a root on each side. PsychroLib's bisection picks one; use it in that case.
  if (lowC < 0 && highC > 0) return psychrolib.GetTWetBulbFromHumRatio(dryBulbC, humidityRatio, pressurePa);
  if (!(lowC < highC)) return dryBulbC;
  let lowExcess = excess(lowC);
  let highExcess = excess(highC);
  if (lowExcess >= 0) return lowC;
  if (highExcess <= 0) return highC;
  let side = 0;
  for (let iteration = 0; iteration < 100 && highC - lowC > WET_BULB_TOLERANCE_K; iteration++) {
    const tempC = (lowC * highExcess - highC * lowExcess) / (highExcess - lowExcess);
    const e = excess(tempC);
    if (Math.abs(e) < 1e-12) return tempC;
    if (e < 0) {
      lowC = tempC;
      lowExcess = e;
      if (side === -1) highExcess /= 2;
      side = -1;
    } else {
      highC = tempC;
      highExcess = e;
      if (side === 1) lowExcess /= 2;
      side = 1;
    }
  }
  return (lowC + highC) / 2;
}

/** Moist-air specific enthalpy, J per kg dry air (eq. 30). */
export function enthalpyJPerKg(dryBulbC: number, humidityRatio: number): number {
  return psychrolib.GetMoistAirEnthalpy(dryBulbC, humidityRatio);
}

export interface MoistAir {
  wetBulbC: number;
  humidityRatio: number;
  enthalpyJPerKg: number;
  /** The dew point used: the input, or the dry bulb if the input was above it. */
  dewPointC: number;
  /** True when the dew point was above the dry bulb and was lowered to it. */
  clamped: boolean;
}

/** Every moist-air property of one hour from dry bulb, dew point and pressure. */
export function moistAir(dryBulbC: number, dewPointC: number, pressurePa: number): MoistAir {
  const clamped = dewPointC > dryBulbC;
  const usedDewPointC = clamped ? dryBulbC : dewPointC;
  const humidityRatio = humidityRatioFromDewPoint(usedDewPointC, pressurePa);
  return {
    wetBulbC: wetBulbC(dryBulbC, humidityRatio, pressurePa, usedDewPointC),
    humidityRatio,
    enthalpyJPerKg: enthalpyJPerKg(dryBulbC, humidityRatio),
    dewPointC: usedDewPointC,
    clamped,
  };
}

/** A year of weather before its derived properties (wet bulb, humidity ratio, enthalpy) are added. */
export type MeasuredWeather = Omit<Weather, 'wetBulbC' | 'humidityRatio' | 'enthalpyJPerKg'>;

/**
 * Adds wet bulb, humidity ratio and enthalpy to every hour. A dew point above the dry bulb
 * is lowered to the dry bulb in `dewPointC` too, and a note counts those hours.
 */
export function withPsychrometrics(measured: MeasuredWeather): Weather {
  const n = measured.hours;
  const wetBulb = new Float64Array(n);
  const humidity = new Float64Array(n);
  const enthalpy = new Float64Array(n);
  const dewPoint = measured.dewPointC.slice();
  let clampedHours = 0;
  for (let i = 0; i < n; i++) {
    const air = moistAir(measured.dryBulbC[i], dewPoint[i], measured.pressurePa[i]);
    wetBulb[i] = air.wetBulbC;
    humidity[i] = air.humidityRatio;
    enthalpy[i] = air.enthalpyJPerKg;
    if (air.clamped) {
      dewPoint[i] = air.dewPointC;
      clampedHours++;
    }
  }
  const notes = measured.notes.slice();
  if (clampedHours > 0) {
    notes.push(`lowered the dew point to the dry bulb in ${clampedHours} hours where the file's dew point was above it`);
  }
  return { ...measured, dewPointC: dewPoint, wetBulbC: wetBulb, humidityRatio: humidity, enthalpyJPerKg: enthalpy, notes };
}
