/**
 * Lumped heat capacities of the two loops that ride through a cooling loss: the room air of an air design
 * (with the IT metal that heats with it in the first minutes), and the coolant of a liquid loop (with its cold
 * plates and manifolds). thermalMass.ts integrates them.
 *
 * Equation:
 *   room:   roomJPerK = airDensity(pressurePa, airTempC) * cpAir * whiteSpaceAreaM2 * roomHeightM
 *                       + racks * participatingMassKgPerRack * cpItMetal
 *   liquid: loopJPerK = coolantLitres / 1000 * density(coolant) * cp(coolant) + racks * metalJPerKPerRack
 *   coolantLitres (when not given) = COOLANT_LITRES_PER_KW * liquidHeatW / 1000
 *   chilled water: chilledWaterJPerK = (CHILLED_WATER_LITRES_PER_KW * airPlantHeatW / 1000 + storageLitres) / 1000 * rho * cp
 * Assumptions (each constant below carries its tag: S published, D derived here, U assumption):
 *   - Room: the air of the white space and its plenums (height 4 m, D) is well mixed; of the solid masses only
 *     the servers' thin metal in their own air stream (heat sinks, chassis, boards: 200 kg of a ~800 kg loaded
 *     rack, U) heats within minutes; the slab, walls and raised floor couple through natural-convection films
 *     (h ~ 5 W/(m2 K)) too weakly to count in minutes and are left out (conservative). Khankari (2011) shows the
 *     rate starts at the air-only value and decays as solids couple: rideThrough.ts also reports the air-only
 *     bound.
 *   - Chilled water: while the chillers are out, the chilled-water pumps and the CRAH fans keep running (on the
 *     plant's feed or the generators), so the loop's water heats with the room it serves: the piping inventory at
 *     the chiller makers' minimum-loop-volume rule of thumb, 3 US gal per ton (3.23 L/kW, U: comfort-cooling
 *     rule; process plants hold 6-10 gal/ton), plus any buffer tank the scenario names (resilience.chilledWaterStorage).
 *   - Liquid: the coolant in the CDUs, row piping, rack manifolds, hoses and cold plates, 200 L per 105 kW rack
 *     (D, the research notes' first-order estimate, costs-accelerators-resilience-policy.md 3c; no measured
 *     inventory published) = 1.9 L/kW; metal: 72 GPU + 18 CPU copper cold plates of ~0.6 kg (54 kg x 385) and
 *     ~60 kg of stainless manifolds and quick disconnects (x 477), ~50 kJ/K per rack (D); the facility-water
 *     side and any buffer tank are excluded (with heat rejection lost, only the TCS loop and CDU heat up).
 * Validity: areas, heights, volumes and masses >= 0; air at -40..60 degC and 50-110 kPa (fluids.ts).
 * References: Incropera & DeWitt, 6th ed., Table A.1 (cp at 300 K: carbon steel 434, AISI 304 477, aluminium
 *   903, copper 385 J/(kg K)); fluids.ts (water and air); ASHRAE Handbook Fundamentals 2017 ch. 31, propylene
 *   glycol tables (PG25 ~3.9 kJ/(kg K), ~1020 kg/m3 near 30 degC, U: not re-read in this session);
 *   costs-accelerators-resilience-policy.md 3c (Hosting365 2008; Khankari 2011; the 200 L estimate).
 * Validated by: test/models/resilience/loopCapacitance.test.ts (hand-computed capacities) and
 *   test/validation/rideThrough.validation.test.ts (the room's heat-up rate against Hosting365's 2 degC/min)
 * @example roomHeatCapacityJPerK({ whiteSpaceAreaM2: 100, roomHeightM: 4, racks: 0, participatingMassKgPerRack: 200 }) // => 4.769e5 (air only)
 */
import {
  AIR_SPECIFIC_HEAT_J_PER_KG_K, STANDARD_PRESSURE_PA, WATER_DENSITY_KG_PER_M3, WATER_SPECIFIC_HEAT_J_PER_KG_K, airDensityKgPerM3,
} from '../cooling/fluids.js';
import { LITRES_PER_M3, kWFromW } from '../../units.js';

/** Room height including the raised floor and ceiling plenum air, m (D: ~3 m clear + ~1 m of plenums). */
export const ROOM_HEIGHT_M = 4;
/** IT metal per rack that heats with the air within minutes, kg (U: a quarter of a ~800 kg loaded rack). */
export const PARTICIPATING_MASS_KG_PER_RACK = 200;
/** Specific heat of that metal, J/(kg K) (D: mostly steel 434-477 with aluminium 903 heat sinks, Incropera A.1). */
export const IT_METAL_SPECIFIC_HEAT_J_PER_KG_K = 500;
/** Chilled-water piping inventory per kW of the air plant's design heat, L/kW (U: 3 US gal/ton = 3 x 3.785 L / 3.517 kW). */
export const CHILLED_WATER_LITRES_PER_KW = (3 * 3.785) / 3.517;
/** Coolant inventory of the TCS loop per kW of liquid heat, L/kW (D: 200 L per 105 kW rack, notes 3c). */
export const COOLANT_LITRES_PER_KW = 200 / 105;
/** Cold plates and manifolds per liquid rack, J/K (D: 54 kg copper x 385 + 60 kg stainless x 477). */
export const LOOP_METAL_J_PER_K_PER_RACK = 54 * 385 + 60 * 477;

export type Coolant = 'water' | 'pg25';
/** Density (kg/m3) and specific heat (J/(kg K)) of the TCS coolant near 30 degC. */
export const COOLANTS: Record<Coolant, { densityKgPerM3: number; specificHeatJPerKgK: number; source: string }> = {
  water: { densityKgPerM3: WATER_DENSITY_KG_PER_M3, specificHeatJPerKgK: WATER_SPECIFIC_HEAT_J_PER_KG_K, source: 'fluids.ts (Incropera A.6, 300 K)' },
  pg25: { densityKgPerM3: 1020, specificHeatJPerKgK: 3900, source: 'ASHRAE Fundamentals 2017 ch. 31 propylene glycol tables, ~25 %, near 30 degC (U)' },
};

export interface RoomCapacityInput {
  whiteSpaceAreaM2: number;
  roomHeightM: number;
  racks: number;
  participatingMassKgPerRack: number;
  /** Air state for its density; defaults: 25 degC, standard pressure. */
  airTempC?: number;
  pressurePa?: number;
}

export interface LiquidCapacityInput {
  coolantLitres: number;
  coolant: Coolant;
  racks: number;
  metalJPerKPerRack: number;
}

function checkNonNegative(what: string, values: Record<string, number>): void {
  for (const [name, v] of Object.entries(values)) {
    if (!(v >= 0 && Number.isFinite(v))) throw new RangeError(`${what}: ${name} ${v} must be finite and >= 0`);
  }
}

/** Heat capacity of the room air alone, J/K: the fast limit Khankari's heating rate starts from. */
export function roomAirHeatCapacityJPerK(input: Pick<RoomCapacityInput, 'whiteSpaceAreaM2' | 'roomHeightM' | 'airTempC' | 'pressurePa'>): number {
  checkNonNegative('roomAirHeatCapacity', { whiteSpaceAreaM2: input.whiteSpaceAreaM2, roomHeightM: input.roomHeightM });
  const densityKgPerM3 = airDensityKgPerM3(input.pressurePa ?? STANDARD_PRESSURE_PA, input.airTempC ?? 25);
  return densityKgPerM3 * AIR_SPECIFIC_HEAT_J_PER_KG_K * input.whiteSpaceAreaM2 * input.roomHeightM;
}

/** Heat capacity of the room air plus the IT metal heating with it within minutes, J/K. */
export function roomHeatCapacityJPerK(input: RoomCapacityInput): number {
  checkNonNegative('roomHeatCapacity', { racks: input.racks, participatingMassKgPerRack: input.participatingMassKgPerRack });
  return roomAirHeatCapacityJPerK(input) + input.racks * input.participatingMassKgPerRack * IT_METAL_SPECIFIC_HEAT_J_PER_KG_K;
}

/** Heat capacity of a liquid (TCS) loop: coolant plus cold-plate and manifold metal, J/K. */
export function liquidLoopHeatCapacityJPerK(input: LiquidCapacityInput): number {
  checkNonNegative('liquidLoopHeatCapacity', { coolantLitres: input.coolantLitres, racks: input.racks, metalJPerKPerRack: input.metalJPerKPerRack });
  const fluid = COOLANTS[input.coolant];
  return (input.coolantLitres / LITRES_PER_M3) * fluid.densityKgPerM3 * fluid.specificHeatJPerKgK + input.racks * input.metalJPerKPerRack;
}

/** Coolant inventory when none is given: COOLANT_LITRES_PER_KW times the liquid heat, L. */
export const coolantLitresFor = (liquidHeatW: number): number => COOLANT_LITRES_PER_KW * kWFromW(Math.max(0, liquidHeatW));

/** Heat capacity of the chilled-water loop serving the room: piping inventory for the plant's heat plus a buffer tank, J/K. */
export function chilledWaterHeatCapacityJPerK(airPlantHeatW: number, storageLitres = 0): number {
  checkNonNegative('chilledWaterHeatCapacity', { airPlantHeatW, storageLitres });
  return ((CHILLED_WATER_LITRES_PER_KW * kWFromW(airPlantHeatW) + storageLitres) / LITRES_PER_M3) * WATER_DENSITY_KG_PER_M3 * WATER_SPECIFIC_HEAT_J_PER_KG_K;
}
