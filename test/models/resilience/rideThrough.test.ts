/**
 * Ride-through minutes, hand-computed from the lumped capacities (loopCapacitance.ts) and
 * t = C (limit - supply) / net heat (thermalMass.ts with UA = 0).
 */
import { describe, expect, it } from 'vitest';
import { roomAirHeatCapacityJPerK } from '../../../sim/models/resilience/loopCapacitance.js';
import {
  ASHRAE_A1_ALLOWABLE_MAX_C, LIQUID_HARD_LIMIT_C, airRoomRideThrough, liquidLoopRideThrough, rideThroughS,
} from '../../../sim/models/resilience/rideThrough.js';

describe('liquid loop', () => {
  it('one 105 kW rack, 200 L water + 49.41 kJ/K metal, 32 -> 45 degC: 882,703 J/K x 13 K / 105 kW = 109.3 s', () => {
    const loop = liquidLoopRideThrough({ heatW: 105e3, supplyC: 32, racks: 1 });
    expect(loop.heatCapacityJPerK).toBeCloseTo(882_702.6, 0);
    expect(loop.seconds).toBeCloseTo((882_702.6 * 13) / 105e3, 1);
    // the research notes' first-order figure, 200 L at cp 4.0 kJ/(kg K): ~8 K/min; metal and cp 4.18 give 7.1 K/min
    expect(loop.heatUpKPerS * 60).toBeGreaterThan(6.5);
    expect(loop.heatUpKPerS * 60).toBeLessThan(8.5);
  });

  it('cooling left that covers the heat rides through forever (Infinity); a limit at or below the supply is a bug', () => {
    expect(liquidLoopRideThrough({ heatW: 105e3, supplyC: 32, racks: 1, remainingCoolingW: 105e3 }).seconds).toBe(Infinity);
    expect(() => liquidLoopRideThrough({ heatW: 105e3, supplyC: 45, racks: 1 })).toThrow(RangeError);
  });
});

describe('air room', () => {
  it('1 MW in 1000 m2 x 4 m of air alone at 24 degC, 24 -> 32 degC (ASHRAE A1): C x 8 K / 1 MW = 38.3 s', () => {
    const airJPerK = roomAirHeatCapacityJPerK({ whiteSpaceAreaM2: 1000, roomHeightM: 4, airTempC: 24 }); // 1.18796 x 1007 x 4000
    const room = airRoomRideThrough({ heatW: 1e6, supplyAirC: 24, whiteSpaceAreaM2: 1000, racks: 0 });
    expect(airJPerK).toBeCloseTo(4.78503e6, -1);
    expect(room.seconds).toBeCloseTo((airJPerK * 8) / 1e6, 9);
    expect(room.airOnlySeconds).toBe(room.seconds); // no racks, no metal
    expect(room.limitC).toBe(ASHRAE_A1_ALLOWABLE_MAX_C);
  });

  it('the IT metal slows the room: 400 racks x 200 kg x 500 J/(kg K) adds 40 MJ/K', () => {
    const room = airRoomRideThrough({ heatW: 1e6, supplyAirC: 24, whiteSpaceAreaM2: 1000, racks: 400 });
    expect(room.heatCapacityJPerK).toBeCloseTo(4.78503e6 + 40e6, -1);
    expect(room.seconds).toBeGreaterThan(9 * room.airOnlySeconds);
  });

  it('a warmer allowable limit (A2: 35 degC) buys time in proportion to the margin', () => {
    const a1 = airRoomRideThrough({ heatW: 1e6, supplyAirC: 24, whiteSpaceAreaM2: 1000, racks: 100 });
    const a2 = airRoomRideThrough({ heatW: 1e6, supplyAirC: 24, whiteSpaceAreaM2: 1000, racks: 100, allowableInletC: 35 });
    expect(a2.seconds / a1.seconds).toBeCloseTo(11 / 8, 9);
  });
});

describe('design', () => {
  it('rides through for the shorter of its room and its liquid loop', () => {
    const design = rideThroughS({
      air: { heatW: 1e5, supplyAirC: 24, whiteSpaceAreaM2: 54, racks: 18 },
      liquid: { heatW: 1.4e6, supplyC: 32, racks: 18 },
    });
    expect(design.liquid?.limitC).toBe(LIQUID_HARD_LIMIT_C);
    expect(design.rideThroughS).toBe(Math.min(design.air.seconds, design.liquid!.seconds));
  });

  it('an air design (or no liquid heat) has only its room', () => {
    const air = rideThroughS({ air: { heatW: 1e6, supplyAirC: 24, whiteSpaceAreaM2: 500, racks: 50 } });
    expect(air.liquid).toBeUndefined();
    expect(air.rideThroughS).toBe(air.air.seconds);
    expect(rideThroughS({ air: { heatW: 1e6, supplyAirC: 24, whiteSpaceAreaM2: 500, racks: 50 }, liquid: { heatW: 0, supplyC: 32, racks: 0 } }).liquid)
      .toBeUndefined();
  });
});

describe('the default scenario (sizing read from `dctwin run scenarios/default.yaml --json --no-report`, commit 1600791)', () => {
  // liquid-pod: designHeatKW 1575.215, liquidHeatFraction 0.895147, 18 racks, whiteSpaceM2 54, supply air 24 degC, W32
  const podHeatW = 1_575_214.588;
  const podLiquidW = podHeatW * 0.895_146_611;
  // air-cooled: designHeatKW 1731.767, 54 racks, whiteSpaceM2 97.2, supply air 24 degC
  const airHeatW = 1_731_766.613;

  it('liquid PoD: coolant loop 111 s from 32 degC (86 s from the 35 degC TCS supply), room 100 s', () => {
    const pod = rideThroughS({
      air: { heatW: podHeatW - podLiquidW, supplyAirC: 24, whiteSpaceAreaM2: 54, racks: 18 },
      liquid: { heatW: podLiquidW, supplyC: 32, racks: 18 },
    });
    expect(pod.liquid!.seconds).toBeCloseTo(111.4, 0);
    expect(pod.air.seconds).toBeCloseTo(99.7, 0);
    expect(pod.air.airOnlySeconds).toBeCloseTo(12.5, 0);
    expect(liquidLoopRideThrough({ heatW: podLiquidW, supplyC: 35, racks: 18 }).seconds).toBeCloseTo(85.7, 0);
  });

  it('air-cooled: room 27 s with its IT metal, 2.1 s for the air alone (18 kW per m2 of white space)', () => {
    const room = rideThroughS({ air: { heatW: airHeatW, supplyAirC: 24, whiteSpaceAreaM2: 97.2, racks: 54 } });
    expect(room.rideThroughS).toBeCloseTo(27.1, 0);
    expect(room.air.airOnlySeconds).toBeCloseTo(2.15, 1);
  });
});
