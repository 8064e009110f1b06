/**
 * Lumped capacities of the room and the liquid loop, hand-computed from the constants they name
 * (fluids.ts: air cp 1007 J/(kg K), R_da 287.042 J/(kg K); water 997 kg/m3, 4179 J/(kg K); Incropera A.1 metals).
 */
import { describe, expect, it } from 'vitest';
import {
  COOLANT_LITRES_PER_KW, LOOP_METAL_J_PER_K_PER_RACK, coolantLitresFor, liquidLoopHeatCapacityJPerK, roomAirHeatCapacityJPerK,
  roomHeatCapacityJPerK,
} from '../../../sim/models/resilience/loopCapacitance.js';

describe('room heat capacity', () => {
  // 101325 / (287.042 * 298.15) = 1.183948 kg/m3 at 25 degC; x 1007 x 100 m2 x 4 m = 476,898 J/K
  it('100 m2 x 4 m of air at 25 degC, sea level: 4.769e5 J/K', () => {
    expect(roomAirHeatCapacityJPerK({ whiteSpaceAreaM2: 100, roomHeightM: 4 })).toBeCloseTo(476_898, -1);
  });

  it('adds 10 racks x 200 kg x 500 J/(kg K) = 1e6 J/K of IT metal', () => {
    const room = { whiteSpaceAreaM2: 100, roomHeightM: 4, racks: 10, participatingMassKgPerRack: 200 };
    expect(roomHeatCapacityJPerK(room) - roomAirHeatCapacityJPerK(room)).toBeCloseTo(1e6, 6);
  });

  it('thinner air holds less: 80 kPa gives 80/101.325 of the sea-level capacity', () => {
    const sea = roomAirHeatCapacityJPerK({ whiteSpaceAreaM2: 100, roomHeightM: 4 });
    expect(roomAirHeatCapacityJPerK({ whiteSpaceAreaM2: 100, roomHeightM: 4, pressurePa: 80_000 }) / sea).toBeCloseTo(80 / 101.325, 9);
  });

  it('refuses negative sizes with RangeError', () => {
    expect(() => roomAirHeatCapacityJPerK({ whiteSpaceAreaM2: -1, roomHeightM: 4 })).toThrow(RangeError);
    expect(() => roomHeatCapacityJPerK({ whiteSpaceAreaM2: 1, roomHeightM: 4, racks: -1, participatingMassKgPerRack: 1 })).toThrow(RangeError);
  });
});

describe('liquid loop heat capacity', () => {
  it('200 L of water + one rack of metal: 0.2 x 997 x 4179 + (54 x 385 + 60 x 477) = 833,293 + 49,410 J/K', () => {
    expect(LOOP_METAL_J_PER_K_PER_RACK).toBe(49_410);
    expect(liquidLoopHeatCapacityJPerK({ coolantLitres: 200, coolant: 'water', racks: 1, metalJPerKPerRack: LOOP_METAL_J_PER_K_PER_RACK }))
      .toBeCloseTo(833_292.6 + 49_410, 3);
  });

  it('PG25 holds ~5 % less than water per litre (1020 x 3900 vs 997 x 4179)', () => {
    const pg = liquidLoopHeatCapacityJPerK({ coolantLitres: 200, coolant: 'pg25', racks: 0, metalJPerKPerRack: 0 });
    expect(pg).toBeCloseTo(0.2 * 1020 * 3900, 6);
  });

  it('the default inventory is 200 L per 105 kW rack (the research notes, 3c)', () => {
    expect(coolantLitresFor(105e3)).toBeCloseTo(200, 9);
    expect(COOLANT_LITRES_PER_KW).toBeCloseTo(1.905, 3);
    expect(coolantLitresFor(-5)).toBe(0);
  });
});
