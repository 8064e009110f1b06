/**
 * Counterflow effectiveness-NTU relations and the fan-speed search shared by the cooling tower and the
 * dry cooler: both are "water cooled by a stream of outdoor air whose fan runs at a variable speed".
 *
 * Equation (air side a, water side w; capacityRatio = airCapacityWPerK / waterCapacityWPerK):
 *   effectiveness = (1 - exp(-ntu * (1 - r))) / (1 - r * exp(-ntu * (1 - r))),  ntu = UA / airCapacity
 *     (r = 1: ntu / (1 + ntu); r > 1: computed on the water side and divided by r)
 *   heatW = effectiveness * airCapacityWPerK * (waterInC - airInC)
 *   approachK = waterOutC - airInC = heatW * (1 - effectiveness * r) / (effectiveness * airCapacityWPerK)
 *   at air-flow fraction f: UA = UA_design * f^uaExponent, airCapacity = airCapacity_design * f
 *   fan speed: the smallest f in [minFraction, 1] with approachK(f) <= the approach the setpoint allows
 *     (bisection, bisection.ts; approachK falls monotonically as f rises)
 * Assumptions: counterflow (multi-pass cross-counterflow coils and counterflow fill approach it); constant
 *   water flow capacity within an interval; UA follows air flow with the exponent implied by EnergyPlus's
 *   two-speed defaults (UA 0.6 at air flow 0.5: ln 0.6 / ln 0.5 = 0.737) for towers and fluid coolers.
 * Validity: ntu >= 0, capacity rates > 0, 0 < effectiveness < min(1, 1/r) for the inverse.
 * References: Incropera & DeWitt, Fundamentals of Heat and Mass Transfer, 6th ed., eq. 11.29a-11.30a
 *   (counterflow effectiveness and its inverse); EnergyPlus Input-Output Reference, CoolingTower:TwoSpeed and
 *   FluidCooler:TwoSpeed, "Low Fan Speed U-Factor Times Area Sizing Factor" default 0.6 and "Low Fan Speed Air
 *   Flow Rate Sizing Factor" default 0.5.
 * Validated by: test/models/cooling/effectiveness.test.ts (Incropera closed forms, round trips)
 * @example counterflowEffectiveness(1, 0.5) // => 0.5647
 */
import { bisectDecreasingIn, newSearchRegister, SEARCH_F, SEARCH_STRAIGHT, SEARCH_X, type SearchRegister } from './bisection.js';

/** Exponent of UA on air-flow fraction: ln(0.6) / ln(0.5), EnergyPlus two-speed tower/fluid-cooler defaults. */
/** A leaving-water setpoint below any reachable temperature: a fan search given it runs the fans at full speed. */
export const FULL_FAN_SETPOINT_C = -100;

export const UA_AIR_FLOW_EXPONENT = Math.log(0.6) / Math.log(0.5);

export function counterflowEffectiveness(ntu: number, capacityRatio: number): number {
  if (!(ntu >= 0) || !(capacityRatio > 0)) throw new RangeError(`effectiveness: bad ntu ${ntu} or ratio ${capacityRatio}`);
  // The other stream as the minimum one (not a recursive call: V8 would allocate its double arguments).
  if (capacityRatio > 1) return minStreamEffectiveness(ntu * capacityRatio, 1 / capacityRatio) / capacityRatio;
  return minStreamEffectiveness(ntu, capacityRatio);
}

/** counterflowEffectiveness with `ntu` on the minimum-capacity stream, capacityRatio <= 1. */
function minStreamEffectiveness(ntu: number, capacityRatio: number): number {
  if (Math.abs(1 - capacityRatio) < 1e-9) return ntu / (1 + ntu);
  const e = Math.exp(-ntu * (1 - capacityRatio));
  return (1 - e) / (1 - capacityRatio * e);
}

/** Inverse of counterflowEffectiveness: the ntu (on the same side) that gives this effectiveness. */
export function counterflowNtu(effectiveness: number, capacityRatio: number): number {
  if (!(capacityRatio > 0)) throw new RangeError(`effectiveness: bad ratio ${capacityRatio}`);
  if (capacityRatio > 1) return counterflowNtu(effectiveness * capacityRatio, 1 / capacityRatio) / capacityRatio;
  if (!(effectiveness > 0 && effectiveness < 1)) throw new RangeError(`effectiveness: ${effectiveness} not in (0, 1)`);
  if (Math.abs(1 - capacityRatio) < 1e-9) return effectiveness / (1 - effectiveness);
  return Math.log((1 - capacityRatio * effectiveness) / (1 - effectiveness)) / (1 - capacityRatio);
}

export interface AirCooledWater {
  /** UA at full air flow, W/K. */
  uaWPerK: number;
  /** Air capacity rate at full air flow, W/K. */
  airCapacityWPerK: number;
  waterCapacityWPerK: number;
}

/** Leaving water minus entering air, K, for this heat at air-flow fraction f. */
export function approachK(hx: AirCooledWater, heatW: number, airFlowFraction: number): number {
  if (heatW <= 0) return 0;
  const airCapacity = hx.airCapacityWPerK * airFlowFraction;
  const ua = hx.uaWPerK * Math.pow(airFlowFraction, UA_AIR_FLOW_EXPONENT);
  const r = airCapacity / hx.waterCapacityWPerK;
  const eff = counterflowEffectiveness(ua / airCapacity, r);
  return (heatW * (1 - eff * r)) / (eff * airCapacity);
}

/** A fan-speed search's state: its problem and its register (one per caller workspace; a search allocates nothing). */
export interface FanSearch {
  hx: AirCooledWater;
  heatW: number;
  allowedK: number;
  register: SearchRegister;
}

export const newFanSearch = (): FanSearch => ({
  hx: { uaWPerK: 0, airCapacityWPerK: 0, waterCapacityWPerK: 0 }, heatW: 0, allowedK: 0, register: newSearchRegister(),
});

/** The approach's excess over the allowed one at the air-flow fraction in the register (bisection.ts's protocol). */
const evaluateExcess = (search: FanSearch, register: SearchRegister): void => {
  const excess = approachK(search.hx, search.heatW, register[SEARCH_X]) - search.allowedK;
  register[SEARCH_F] = excess;
  register[SEARCH_STRAIGHT] = straightened(search.allowedK, excess);
};
// The approach falls about as 1 / f: the secant steers on allowed / approach - 1, nearly linear in f.
const straightened = (allowedK: number, excess: number): number => allowedK / (excess + allowedK) - 1;

/** Smallest air-flow fraction in [minFraction, 1] whose approach is <= allowedApproachK (1 if none); `search`: the caller's. */
export function airFlowFractionFor(hx: AirCooledWater, heatW: number, allowedApproachK: number, minFraction: number, search: FanSearch): number {
  const excessAtMinK = approachK(hx, heatW, minFraction) - allowedApproachK;
  if (excessAtMinK <= 0) return minFraction;
  const excessAtFullK = approachK(hx, heatW, 1) - allowedApproachK;
  if (excessAtFullK >= 0) return 1;
  search.hx = hx;
  search.heatW = heatW;
  search.allowedK = allowedApproachK;
  // 30 halvings of [minFraction, 1] (bisection.ts computes them with a few calls).
  return bisectDecreasingIn(evaluateExcess, search, search.register, minFraction, 1, 30,
    straightened(allowedApproachK, excessAtMinK), straightened(allowedApproachK, excessAtFullK));
}

/**
 * Design-point calibration: the NTU (air side) that rejects heatW with leaving water approachK + rangeK
 * (= spanK) below the entering water, raising the air flow by 5 % steps until the effectiveness needed is
 * at most 0.95 of its limit min(1, 1/r).
 */
export function designNtu(heatW: number, spanK: number, waterCapacityWPerK: number, airKgPerS: number, airSpecificHeat: number): { airKgPerS: number; ntu: number } {
  let air = airKgPerS;
  const needed = (a: number) => heatW / (a * airSpecificHeat * spanK);
  const limit = (a: number) => Math.min(1, waterCapacityWPerK / (a * airSpecificHeat));
  while (needed(air) > 0.95 * limit(air)) air *= 1.05;
  return { airKgPerS: air, ntu: counterflowNtu(needed(air), (air * airSpecificHeat) / waterCapacityWPerK) };
}
