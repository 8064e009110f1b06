/**
 * Thermal ride-through of a design after a total loss of cooling at full design heat: how long the server inlet
 * air of a room takes to climb from its supply temperature to the ASHRAE allowable limit, and how long the
 * coolant of a liquid (TCS) loop takes to climb from its supply temperature to a hard limit. The design rides
 * through for the shorter of the two.
 *
 * Equation (thermalMass.ts, UA = 0: the heat stays in the loop):
 *   roomS   = (roomJPerK + chilledWaterJPerK) * (allowableInletC - supplyAirC) / (airHeatW - remainingAirCoolingW)
 *   liquidS = loopJPerK   * (hardLimitC - liquidSupplyC)   / (liquidHeatW - remainingLiquidCoolingW)
 *   airOnlyS: roomS with the room air alone (no IT metal): the fast rate Khankari's decay starts from
 *   rideThroughS = min(roomS, liquidS)
 * Assumptions: heat keeps flowing at full design power (no throttling before the limit); room air is mixed by
 *   the servers' own fans and the inlet starts at the supply temperature (containment lost with the CRAH
 *   flow; the worst rack runs ahead of the mean, so roomS is an upper bound for the hottest inlet); the
 *   liquid loop's CDU pumps keep running on UPS, so coolant circulates and the whole inventory heats as one
 *   (a pump loss is not covered: cold plates alone hold seconds, treat it as an immediate trip); pump and
 *   fan heat on UPS and losses through the envelope and pipes (UA) are omitted, which roughly cancel over
 *   minutes and are both small against the IT heat; the liquid design's residual air heat goes to its room.
 * Validity: heats >= 0, limits above supplies; capacities per loopCapacitance.ts. A loop whose net heat is
 *   <= 0 (cooling left covers it) never reaches its limit: Infinity.
 * References: ASHRAE TC9.9, Thermal Guidelines for Data Processing Environments, 5th ed. (2021), Table 2.1:
 *   class A1 allowable inlet 15-32 degC (recommended 18-27); ASHRAE TC9.9 (2021) liquid-cooling classes W17-W45
 *   (plantSpec.ts): W32 -> facility supply up to 32 degC; the liquid hard limit 45 degC is U (the warmest class,
 *   W45, taken as what a cold plate tolerates; no throttle point of the default PoD was found published);
 *   costs-accelerators-resilience-policy.md 3c (Hosting365 2 degC/min; InterPACK 2017 "less than a minute"
 *   for DLC without coolant flow; Khankari 2011).
 * Validated by: test/models/resilience/rideThrough.test.ts (hand-computed minutes) and
 *   test/validation/rideThrough.validation.test.ts (the room's rate against Hosting365)
 * @example rideThroughS({ air: { heatW: 1e6, supplyAirC: 24, whiteSpaceAreaM2: 1000, racks: 0 } }).rideThroughS // => 38.28 (air only: 4.785e6 J/K x 8 K / 1 MW)
 */
import {
  LOOP_METAL_J_PER_K_PER_RACK, PARTICIPATING_MASS_KG_PER_RACK, ROOM_HEIGHT_M, coolantLitresFor,
  liquidLoopHeatCapacityJPerK, roomAirHeatCapacityJPerK, roomHeatCapacityJPerK, type Coolant,
} from './loopCapacitance.js';
import { timeToReach, type ThermalMassParams } from './thermalMass.js';

/** ASHRAE TC9.9 (2021) Table 2.1, class A1 allowable maximum server inlet dry bulb, degC. */
export const ASHRAE_A1_ALLOWABLE_MAX_C = 32;
/** Hard limit of the coolant supply to the cold plates, degC (U: the W45 class maximum, no vendor figure found). */
export const LIQUID_HARD_LIMIT_C = 45;

export interface AirRoomInput {
  /** Heat into the room air at full design load, W (SizedDesign.designAirHeatW). */
  heatW: number;
  supplyAirC: number;
  whiteSpaceAreaM2: number;
  /** Racks whose IT metal heats with the air (SizedDesign racks in the room). */
  racks: number;
  roomHeightM?: number;
  participatingMassKgPerRack?: number;
  allowableInletC?: number;
  /** Cooling left after the loss, W (0: total loss). */
  remainingCoolingW?: number;
  /** Heat capacity of the chilled water circulating through the room's CRAHs, J/K (0: none counted). */
  chilledWaterJPerK?: number;
}

export interface LiquidLoopInput {
  /** Heat into the coolant at full design load, W (SizedDesign.designLiquidHeatW). */
  heatW: number;
  /** Coolant supply temperature before the loss, degC (e.g. 32 for W32). */
  supplyC: number;
  racks: number;
  /** Coolant inventory, L; default COOLANT_LITRES_PER_KW x heat. */
  coolantLitres?: number;
  coolant?: Coolant;
  metalJPerKPerRack?: number;
  hardLimitC?: number;
  remainingCoolingW?: number;
}

export interface LoopRideThrough {
  /** Seconds from the loss to the limit (Infinity when the remaining cooling holds it). */
  seconds: number;
  heatCapacityJPerK: number;
  /** Initial heat-up rate, K/s. */
  heatUpKPerS: number;
  startC: number;
  limitC: number;
}

export interface RideThrough {
  /** The room with its participating IT metal. */
  air: LoopRideThrough & { airOnlySeconds: number };
  liquid?: LoopRideThrough;
  /** min(air, liquid): how long the design rides through. */
  rideThroughS: number;
}

function loop(heatCapacityJPerK: number, startC: number, limitC: number, heatW: number, remainingW: number): LoopRideThrough {
  if (!(limitC > startC)) throw new RangeError(`rideThrough: limit ${limitC} degC must exceed the supply ${startC} degC`);
  if (!(heatW >= 0 && remainingW >= 0)) throw new RangeError(`rideThrough: heat ${heatW} W and remaining cooling ${remainingW} W must be >= 0`);
  const params: ThermalMassParams = { heatCapacityJPerK, conductanceWPerK: 0, ambientC: startC };
  return {
    seconds: timeToReach(limitC, { tempC: startC }, params, heatW, remainingW),
    heatCapacityJPerK,
    heatUpKPerS: (heatW - remainingW) / heatCapacityJPerK,
    startC,
    limitC,
  };
}

/** Ride-through of a room of air-cooled IT (or a liquid design's residual air heat). */
export function airRoomRideThrough(air: AirRoomInput): RideThrough['air'] {
  const room = {
    whiteSpaceAreaM2: air.whiteSpaceAreaM2,
    roomHeightM: air.roomHeightM ?? ROOM_HEIGHT_M,
    racks: air.racks,
    participatingMassKgPerRack: air.participatingMassKgPerRack ?? PARTICIPATING_MASS_KG_PER_RACK,
    airTempC: air.supplyAirC,
  };
  const limitC = air.allowableInletC ?? ASHRAE_A1_ALLOWABLE_MAX_C;
  const remainingW = air.remainingCoolingW ?? 0;
  const withMetal = loop(roomHeatCapacityJPerK(room) + (air.chilledWaterJPerK ?? 0), air.supplyAirC, limitC, air.heatW, remainingW);
  const airOnly = loop(roomAirHeatCapacityJPerK(room), air.supplyAirC, limitC, air.heatW, remainingW);
  return { ...withMetal, airOnlySeconds: airOnly.seconds };
}

/** Ride-through of a liquid (TCS) loop with its pumps running and its heat rejection lost. */
export function liquidLoopRideThrough(liquid: LiquidLoopInput): LoopRideThrough {
  const capacityJPerK = liquidLoopHeatCapacityJPerK({
    coolantLitres: liquid.coolantLitres ?? coolantLitresFor(liquid.heatW),
    coolant: liquid.coolant ?? 'water',
    racks: liquid.racks,
    metalJPerKPerRack: liquid.metalJPerKPerRack ?? LOOP_METAL_J_PER_K_PER_RACK,
  });
  return loop(capacityJPerK, liquid.supplyC, liquid.hardLimitC ?? LIQUID_HARD_LIMIT_C, liquid.heatW, liquid.remainingCoolingW ?? 0);
}

/** Ride-through of a design: its room, its liquid loop if it has one, and the shorter of the two. */
export function rideThroughS(design: { air: AirRoomInput; liquid?: LiquidLoopInput }): RideThrough {
  const air = airRoomRideThrough(design.air);
  if (design.liquid === undefined || design.liquid.heatW === 0) return { air, rideThroughS: air.seconds };
  const liquid = liquidLoopRideThrough(design.liquid);
  return { air, liquid, rideThroughS: Math.min(air.seconds, liquid.seconds) };
}

