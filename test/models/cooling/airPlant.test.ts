import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { airPlantPower } from '../../../sim/models/cooling/airPlant.js';
import { sizeAirPlant } from '../../../sim/models/cooling/airPlantSizing.js';
import { airSpec, atm, design } from './specs.js';

const plant = sizeAirPlant(airSpec, { heatW: 1e6, ...design });
const total = (o: ReturnType<typeof airPlantPower>) => o.crahFansW + o.chilledWaterPumpsW + o.chillerW + o.condenserPumpsW + o.towerFansW;
const run = (heatW: number, dryBulbC: number, wetBulbC: number) => airPlantPower(plant, heatW, { dryBulbC, wetBulbC, pressurePa: atm });

describe('airPlantPower', () => {
  it('energy balance: heat rejected = room heat + fans + pumps on the water side + compressor power', () => {
    fc.assert(fc.property(fc.double({ min: 1e5, max: 1e6, noNaN: true }), fc.double({ min: -10, max: 30, noNaN: true }), (q, wb) => {
      const o = run(q, wb + 5, wb);
      expect(Math.abs(o.heatRejectedW - (q + o.crahFansW + o.chilledWaterPumpsW + o.chillerW))).toBeLessThan(1e-6 * q);
    }));
  });

  it('modes follow the wet bulb: free in cold weather, mechanical in Hangzhou summer', () => {
    expect(run(1e6, -5, -8).mode).toBe('free');
    expect(run(1e6, -5, -8).chillerW).toBe(0);
    expect(run(1e6, 35, 28).mode).toBe('mechanical');
    expect(run(1e6, 15, 10).mode).toBe('partial');
  });

  // Up to a 31.5 degC wet bulb (the world's highest recorded are about 35 degC). Tolerance 0.5 %: in the DOE-2
  // form the no-load part of eirFPLR scales with capacity, and the York set's capacity falls about 7 %/K of
  // condenser water near its 35 degC edge, so at 15-20 % load chiller power dips by up to 0.37 % between 29 and
  // 31.5 degC wet bulb (swept at 0.01 K); at 40 % load and above the plant is monotone to 1e-9.
  it('for a fixed plant, hotter or more humid weather never lowers total cooling power', () => {
    fc.assert(fc.property(
      fc.double({ min: -15, max: 30, noNaN: true }), fc.double({ min: 0, max: 1.5, noNaN: true }), fc.double({ min: 2e5, max: 1e6, noNaN: true }),
      (wb, dWb, q) => {
        const a = total(run(q, wb + 4, wb));
        const b = total(run(q, wb + 4 + dWb, wb + dWb));
        expect(b).toBeGreaterThanOrEqual(a * (1 - 5e-3));
      }), { numRuns: 300 });
  });

  it('total power is non-negative and rises with heat at fixed weather', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: -10, max: 30, noNaN: true }), (a, b, wb) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const pLo = total(run(lo, wb + 5, wb));
      expect(pLo).toBeGreaterThanOrEqual(0);
      expect(total(run(hi, wb + 5, wb))).toBeGreaterThanOrEqual(pLo * (1 - 1e-9));
    }));
  });

  it('air-cooled chillers: no tower, condenser at the dry bulb', () => {
    const ac = sizeAirPlant({ ...airSpec, chiller: { ...airSpec.chiller, type: 'air-cooled-screw' }, economizer: { type: 'none', approachK: 3 } }, { heatW: 1e6, ...design });
    const o = airPlantPower(ac, 1e6, { dryBulbC: 35, wetBulbC: 28, pressurePa: atm });
    expect(o.towerFansW).toBe(0);
    expect(o.waterKgPerS).toBe(0);
    expect(o.mode).toBe('mechanical');
    expect(o.heatRejectedW).toBeCloseTo(o.chillerLoadW + o.chillerW, 3);
  });
});
