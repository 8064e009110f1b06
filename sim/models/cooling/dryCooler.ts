/**
 * Dry cooler (closed-circuit air-cooled fluid cooler) with variable-speed fans and optional adiabatic
 * pre-cooling of the entering air: leaving water temperature, fan power and spray/pad water.
 *
 * Equation:
 *   water cooled by air of capacity airKgPerS * f * cpAir entering at airInC, UA = uaWPerK * f^0.737,
 *   counterflow effectiveness-NTU (effectiveness.ts); f = smallest fraction in [minAirFlowFraction, 1]
 *   that reaches leavingSetpointC
 *   dry: airInC = dryBulbC
 *   adiabatic (only when dryBulbC > aboveC and dry operation at full fan misses the setpoint), f = 1:
 *     padC = dryBulbC - effectiveness * (dryBulbC - wetBulbC)        (air leaving the wetted pads)
 *     sprayedFraction s = min(1, (dryLeavingC - leavingSetpointC) / (dryBulbC - padC)): the share of the air
 *       stream wetted, just enough to meet the setpoint; airInC = dryBulbC - s * (dryBulbC - padC) (streams mix)
 *     evaporationKgPerS = s * airKgPerS * (W(padC, wetBulbC) - W(dryBulbC, wetBulbC))  (adiabatic saturation along
 *       the wet-bulb line, ASHRAE Fundamentals 2017 ch. 1 eq. 33)
 *     bleedKgPerS = evaporationKgPerS / (cyclesOfConcentration - 1)
 *   fanPowerW = ratedFanPowerW * f^3                                  (fan affinity laws)
 * Assumptions: "dry until the fans max out, then wet" (the water-saving sequence); the spray is staged over the
 *   coil sections (pad or nozzle banks) finely enough to wet any share of the air stream, so water follows the
 *   shortfall instead of switching the whole stream on; sensible heat only on the coil;
 *   design air flow from the fan power as EnergyPlus sizes tower air flow (0.5 efficiency, 190 Pa); fan power per heat
 *   is a sea-level rating: at site pressure p the same air mass needs p0/p the volume and fan power;
 *   extra units (N+1) scale air flow, UA and fan power by capacityFactor at the same water flow.
 * Validity: dryBulbC -40..50 degC (clamped outside), heatW >= 0, 0 <= effectiveness <= 1.
 * References: Incropera & DeWitt 6th ed. eq. 11.29a (effectiveness); EnergyPlus Engineering Reference,
 *   "Direct Evaporative Cooler" (leaving dry bulb = dry bulb - effectiveness * (dry bulb - wet bulb)) and its
 *   "Blowdown Concentration Ratio" (default 3); BAC S8013-S213B dry cooler, 123 kW at 40 degC entering water and
 *   12 K minimum difference, 3 fans x 1.5 kW (fan power 3.66 % of duty), as used by Fujitsu Laboratories of
 *   Europe's dry-cooler model (Albornoz 2011); Energies 2023, 16(9) 3661 (median dry-cooler approach 10 K).
 * Validated by: none yet (the BAC S8013-S213B rating is its sizing point: unit tests in
 *   test/models/cooling/dryCooler.test.ts, data test/fixtures/models/dry-cooler-ratings.csv; the spray water there
 *   is checked against a hand calculation, not data)
 * @example dryCooler(sizeDryCooler({ ratedHeatW: 1e6, designAirInC: 35, designApproachK: 6, designRangeK: 5 }), { heatW: 1e6, dryBulbC: 35, wetBulbC: 24, pressurePa: 101325, leavingSetpointC: 32 }).leavingWaterC // => 41
 */
import { airFlowFractionFor, approachK, designNtu, newFanSearch, type AirCooledWater, type FanSearch } from './effectiveness.js';
import { AIR_SPECIFIC_HEAT_J_PER_KG_K, airDensityKgPerM3, STANDARD_PRESSURE_PA } from './fluids.js';
import { humidityRatioFromWetBulb } from '../climate/psychrometrics.js';
import { TOWER_AIR_M3_PER_S_PER_FAN_W } from './coolingTower.js';

/** BAC S8013-S213B: 4.5 kW of fans for 123 kW (Fujitsu Labs dry-cooler model), W per W. */
export const DRY_COOLER_FAN_POWER_PER_HEAT = 4.5 / 123;

export interface AdiabaticAssist {
  aboveC: number;
  effectiveness: number;
  cyclesOfConcentration: number;
}

export interface DryCoolerParams {
  hx: AirCooledWater;
  airKgPerS: number;
  ratedFanPowerW: number;
  minAirFlowFraction: number;
  adiabatic?: AdiabaticAssist;
}

export interface DryCoolerDesign {
  ratedHeatW: number;
  /** Entering air at design: the design dry bulb, or the pre-cooled air if adiabatic runs at design. */
  designAirInC: number;
  designApproachK: number;
  designRangeK: number;
  fanPowerPerHeat?: number;
  /** Default 0.2, as the EnergyPlus variable-speed tower minimum air-flow ratio. */
  minAirFlowFraction?: number;
  capacityFactor?: number;
  adiabatic?: AdiabaticAssist;
  pressurePa?: number;
}

export interface DryCoolerInput {
  heatW: number;
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
  leavingSetpointC: number;
}

export const newDryCoolerInput = (): DryCoolerInput => ({ heatW: 0, dryBulbC: 0, wetBulbC: 0, pressurePa: 0, leavingSetpointC: 0 });

export interface DryCoolerOutput {
  leavingWaterC: number;
  airFlowFraction: number;
  fanPowerW: number;
  adiabaticOn: boolean;
  /** Share of the air stream passing wetted pads (0 when dry). */
  sprayedFraction: number;
  waterKgPerS: number;
  clamped: boolean;
}

export function sizeDryCooler(d: DryCoolerDesign): DryCoolerParams {
  if (!(d.ratedHeatW > 0 && d.designApproachK > 0 && d.designRangeK > 0)) {
    throw new RangeError(`dryCooler: design heat, approach and range must be > 0, got ${d.ratedHeatW}, ${d.designApproachK}, ${d.designRangeK}`);
  }
  const pressurePa = d.pressurePa ?? STANDARD_PRESSURE_PA;
  // The fan-power-per-heat rating is at sea level; thinner site air needs the same mass, so volume and fan power
  // (same pressure rise) grow by rho0 / rho = p0 / p (issue 12 item 6; fan power = volume flow * pressure rise / eta).
  const ratedFanPowerW = d.ratedHeatW * (d.fanPowerPerHeat ?? DRY_COOLER_FAN_POWER_PER_HEAT) * (STANDARD_PRESSURE_PA / pressurePa);
  const airM3PerS = ratedFanPowerW * TOWER_AIR_M3_PER_S_PER_FAN_W;
  const waterCapacity = d.ratedHeatW / d.designRangeK;
  const airDesignKgPerS = airM3PerS * airDensityKgPerM3(pressurePa, Math.min(Math.max(d.designAirInC, -40), 50));
  const { airKgPerS, ntu } = designNtu(d.ratedHeatW, d.designApproachK + d.designRangeK, waterCapacity, airDesignKgPerS, AIR_SPECIFIC_HEAT_J_PER_KG_K);
  const airCapacity = airKgPerS * AIR_SPECIFIC_HEAT_J_PER_KG_K;
  const factor = d.capacityFactor ?? 1;
  return {
    hx: { uaWPerK: ntu * airCapacity * factor, airCapacityWPerK: airCapacity * factor, waterCapacityWPerK: waterCapacity },
    airKgPerS: airKgPerS * factor,
    // more air than the E+ default (a tight approach) needs a proportionally larger fan at the same pressure
    ratedFanPowerW: ratedFanPowerW * (airKgPerS / airDesignKgPerS) * factor,
    minAirFlowFraction: d.minAirFlowFraction ?? 0.2,
    adiabatic: d.adiabatic,
  };
}

export function dryCooler(p: DryCoolerParams, input: DryCoolerInput): DryCoolerOutput {
  return dryCoolerInto(p, input, newDryCoolerOutput(), newFanSearch());
}

export const newDryCoolerOutput = (): DryCoolerOutput => ({
  leavingWaterC: 0, airFlowFraction: 0, fanPowerW: 0, adiabaticOn: false, sprayedFraction: 0, waterKgPerS: 0, clamped: false,
});

/** dryCooler writing every field of `out` and returning it; `fan`: the caller's fan search (the per-step path allocates nothing). */
export function dryCoolerInto(p: DryCoolerParams, input: DryCoolerInput, out: DryCoolerOutput, fan: FanSearch): DryCoolerOutput {
  const dryBulbC = Math.min(Math.max(input.dryBulbC, -40), 50);
  const wetBulbC = Math.min(input.wetBulbC, dryBulbC);
  out.clamped = dryBulbC !== input.dryBulbC || input.heatW < 0;
  out.adiabaticOn = false;
  out.sprayedFraction = 0;
  out.waterKgPerS = 0;
  const heatW = Math.max(0, input.heatW);
  if (heatW === 0) {
    out.leavingWaterC = dryBulbC;
    out.airFlowFraction = out.fanPowerW = 0;
    return out;
  }
  const allowedK = input.leavingSetpointC - dryBulbC;
  const dryFraction = allowedK <= 0 ? 1 : airFlowFractionFor(p.hx, heatW, allowedK, p.minAirFlowFraction, fan);
  const dryLeavingC = dryBulbC + approachK(p.hx, heatW, dryFraction);
  const a = p.adiabatic;
  const padDropK = a === undefined ? 0 : a.effectiveness * (dryBulbC - wetBulbC);
  if (a === undefined || dryBulbC <= a.aboveC || dryLeavingC <= input.leavingSetpointC + 1e-9 || !(padDropK > 0)) {
    out.leavingWaterC = dryLeavingC;
    out.airFlowFraction = dryFraction;
    out.fanPowerW = p.ratedFanPowerW * dryFraction ** 3;
    return out;
  }
  // the setpoint was missed at full fan (dryFraction = 1), where the approach does not depend on the air temperature
  const sprayedFraction = Math.min(1, (dryLeavingC - input.leavingSetpointC) / padDropK);
  const padC = dryBulbC - padDropK;
  const humidityRiseKgPerKg = humidityRatioFromWetBulb(padC, wetBulbC, input.pressurePa) - humidityRatioFromWetBulb(dryBulbC, wetBulbC, input.pressurePa);
  const evaporationKgPerS = sprayedFraction * p.airKgPerS * Math.max(0, humidityRiseKgPerKg);
  out.leavingWaterC = dryBulbC - sprayedFraction * padDropK + approachK(p.hx, heatW, 1);
  out.airFlowFraction = 1;
  out.fanPowerW = p.ratedFanPowerW;
  out.adiabaticOn = true;
  out.sprayedFraction = sprayedFraction;
  out.waterKgPerS = evaporationKgPerS * (1 + 1 / (a.cyclesOfConcentration - 1));
  return out;
}
