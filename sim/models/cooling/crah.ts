/**
 * CRAH / fan-wall fans: air flow needed to carry a room heat load at the supply/return temperature
 * difference, and the fan power of n identical units sharing it.
 *
 * Equation:
 *   airFlowM3PerS = heatW / (rho(pressurePa, supplyAirC) * cpAir * (returnAirC - supplyAirC))
 *   ratedUnitPowerW = ratedUnitFlowM3PerS * fanPressurePa / fanEfficiency        (total efficiency)
 *   speed = max(minSpeed, airFlowM3PerS / (units * ratedUnitFlowM3PerS))          (all units run)
 *   powerW = units * ratedUnitPowerW * speed^3                                    (fan affinity laws)
 *   coilLoadW = heatW + powerW                    (fan motors sit in the air stream: their heat is room heat)
 * Assumptions: all installed units run and share the flow equally (usual with EC fans: N+1 units at lower speed
 *   use less power than N at full speed); the duct/coil system curve passes through the origin (pure cube law);
 *   sensible load only (no latent load in a sealed white space); supply air held at its setpoint.
 * Validity: returnAirC > supplyAirC; speed <= 1 (above: clamped at full speed and `clamped`, heat not removed
 *   at the design temperature difference).
 * References: EnergyPlus Engineering Reference, "Fans" (P = m * dP / (eta_tot * rho); affinity laws for
 *   multi-speed fans, PowerRatio = speed^3); EnergyPlus testfiles/2ZoneDataCenterHVAC_wEconomizer.idf (fan
 *   pressure rise 300 Pa, total efficiency 0.7, minimum flow fraction 0.25), the schema's defaults.
 * Validated by: test/models/cooling/crah.test.ts (hand-computed flow and power; monotone in heat)
 * @example crahFans(params, { heatW: 1e6, pressurePa: 101325 }).powerW // 1 MW at dT 12 K, 300 Pa, eta 0.7, 5 units for 4 needed
 */
import { AIR_SPECIFIC_HEAT_J_PER_KG_K, airDensityKgPerM3, STANDARD_PRESSURE_PA } from './fluids.js';

export interface CrahParams {
  units: number;
  ratedUnitFlowM3PerS: number;
  fanPressurePa: number;
  fanEfficiency: number;
  minSpeed: number;
  supplyAirC: number;
  returnAirC: number;
}

export interface CrahInput {
  heatW: number;
  pressurePa: number;
}

export interface CrahOutput {
  airFlowM3PerS: number;
  speed: number;
  powerW: number;
  coilLoadW: number;
  clamped: boolean;
}

/** Air flow that carries heatW at the design temperature difference, m3/s. */
export function crahAirFlowM3PerS(p: Pick<CrahParams, 'supplyAirC' | 'returnAirC'>, heatW: number, pressurePa = STANDARD_PRESSURE_PA): number {
  const deltaK = p.returnAirC - p.supplyAirC;
  if (!(deltaK > 0)) throw new RangeError(`crah: return air must be warmer than supply air, got ${p.returnAirC} <= ${p.supplyAirC}`);
  return Math.max(0, heatW) / (airDensityKgPerM3(pressurePa, p.supplyAirC) * AIR_SPECIFIC_HEAT_J_PER_KG_K * deltaK);
}

export function crahFans(p: CrahParams, input: CrahInput): CrahOutput {
  return crahFansInto(p, input, { airFlowM3PerS: 0, speed: 0, powerW: 0, coilLoadW: 0, clamped: false });
}

/** crahFans writing every field of `out` and returning it (the per-step path: no record allocated). */
export function crahFansInto(p: CrahParams, input: CrahInput, out: CrahOutput): CrahOutput {
  if (input.heatW <= 0 || p.units === 0) {
    out.airFlowM3PerS = out.speed = out.powerW = 0;
    out.coilLoadW = Math.max(0, input.heatW);
    out.clamped = input.heatW < 0 || (p.units === 0 && input.heatW > 0);
    return out;
  }
  const airFlowM3PerS = crahAirFlowM3PerS(p, input.heatW, input.pressurePa);
  let speed = Math.max(p.minSpeed, airFlowM3PerS / (p.units * p.ratedUnitFlowM3PerS));
  const clamped = speed > 1;
  if (clamped) speed = 1;
  const ratedUnitPowerW = (p.ratedUnitFlowM3PerS * p.fanPressurePa) / p.fanEfficiency;
  const powerW = p.units * ratedUnitPowerW * speed ** 3;
  out.airFlowM3PerS = airFlowM3PerS;
  out.speed = speed;
  out.powerW = powerW;
  out.coilLoadW = input.heatW + powerW;
  out.clamped = clamped;
  return out;
}
