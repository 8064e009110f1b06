import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { liquidPlantPower } from '../../../sim/models/cooling/liquidPlant.js';
import { sizeLiquidPlant } from '../../../sim/models/cooling/liquidPlantSizing.js';
import { atm, design, liquidSpec } from './specs.js';

const total = (o: ReturnType<typeof liquidPlantPower>) => o.cduPumpsW + o.facilityPumpsW + o.rejectionFansW + o.trimChillerW;
const w = (dryBulbC: number, wetBulbC: number) => ({ dryBulbC, wetBulbC, pressurePa: atm });

describe('liquidPlantPower', () => {
  const plant = sizeLiquidPlant(liquidSpec(), { heatW: 1e6, ...design });

  it('free in mild weather, trim chiller only for the shortfall in summer', () => {
    const mild = liquidPlantPower(plant, 1e6, w(20, 15));
    expect(mild.mode).toBe('free');
    expect(mild.trimChillerW).toBe(0);
    const summer = liquidPlantPower(plant, 1e6, w(36.5, 28.5));
    expect(summer.mode).toBe('partial');
    expect(summer.trimLoadW).toBeGreaterThan(0);
    expect(summer.trimLoadW).toBeLessThan(0.5 * 1e6);
  });

  it('energy balance: rejected = rack heat + CDU and facility pumps + trim compressor power - unmet trim load', () => {
    fc.assert(fc.property(fc.double({ min: 1e5, max: 1e6, noNaN: true }), fc.double({ min: -10, max: 42, noNaN: true }), (q, db) => {
      const o = liquidPlantPower(plant, q, w(db, db - 8));
      const unmetW = o.trimLoadW - o.trimDeliveredW;
      expect(Math.abs(o.heatRejectedW - (q + o.cduPumpsW + o.facilityPumpsW + o.trimChillerW - unmetW))).toBeLessThan(1e-6 * q);
    }));
  });

  it('a warmer supply class never raises trim-chiller load, never adds chiller hours', () => {
    const plants = [17, 27, 32, 40, 45].map((t) => sizeLiquidPlant(liquidSpec(t), { heatW: 1e6, ...design }));
    fc.assert(fc.property(fc.double({ min: -10, max: 45, noNaN: true }), fc.double({ min: 0, max: 12, noNaN: true }), fc.double({ min: 1e5, max: 1e6, noNaN: true }), (db, depression, q) => {
      const loads = plants.map((p) => liquidPlantPower(p, q, w(db, db - depression)).trimLoadW);
      for (let i = 1; i < loads.length; i++) {
        expect(loads[i]).toBeLessThanOrEqual(loads[i - 1] + 1e-6);
        if (loads[i - 1] === 0) expect(loads[i]).toBe(0);
      }
    }), { numRuns: 200 });
  });

  it('without adiabatic assist, hotter weather never lowers total cooling power', () => {
    const dryPlant = sizeLiquidPlant(liquidSpec(32, false), { heatW: 1e6, ...design });
    fc.assert(fc.property(fc.double({ min: -15, max: 44, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 1e5, max: 1e6, noNaN: true }), (db, d, q) => {
      const a = total(liquidPlantPower(dryPlant, q, w(db, db - 6)));
      const b = total(liquidPlantPower(dryPlant, q, w(db + d, db + d - 6)));
      expect(b).toBeGreaterThanOrEqual(a * (1 - 1e-9));
    }), { numRuns: 200 });
  });

  it('without a trim chiller the shortfall is unmet and flagged', () => {
    const { trimChiller: _t, ...noTrim } = liquidSpec();
    const p = sizeLiquidPlant(noTrim, { heatW: 1e6, ...design });
    const o = liquidPlantPower(p, 1e6, w(38, 29));
    expect(o.clamped).toBe(true);
    expect(o.trimDeliveredW).toBe(0);
  });
});
