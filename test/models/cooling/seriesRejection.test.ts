import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seriesRejection } from '../../../sim/models/cooling/seriesRejection.js';
import { sizeDryCooler } from '../../../sim/models/cooling/dryCooler.js';
import { coolingTower, sizeCoolingTower } from '../../../sim/models/cooling/coolingTower.js';

// An ESIF-like loop: 1 MW, supply 24 degC, range 10.8 K; dry cooler holds the supply alone up to 14 degC air (10 K approach).
const heatW = 1e6;
const supplyC = 24;
const rangeK = 10.8;
const p = {
  dryCooler: sizeDryCooler({ ratedHeatW: heatW, designAirInC: supplyC - 10, designApproachK: 10, designRangeK: rangeK }),
  tower: sizeCoolingTower({ ratedHeatW: heatW, designWetBulbC: 18, designApproachK: 5, designRangeK: rangeK }),
};
const at = (dryBulbC: number, wetBulbC: number, q = heatW) => seriesRejection(p, {
  heatW: q, dryBulbC, wetBulbC, pressurePa: 101325, leavingSetpointC: supplyC, enteringC: supplyC + rangeK, loopCapacityWPerK: heatW / rangeK,
});
const towerAlone = (dryBulbC: number, wetBulbC: number, q = heatW) => coolingTower(p.tower, { heatW: q, dryBulbC, wetBulbC, pressurePa: 101325, leavingSetpointC: supplyC });

describe('seriesRejection (dry cooler ahead of towers)', () => {
  it('cold air: the dry cooler alone holds the supply, the towers evaporate nothing', () => {
    const o = at(5, 2);
    expect(o.dryHeatW).toBe(heatW);
    expect(o.waterKgPerS).toBe(0);
    expect(o.leavingWaterC).toBeLessThanOrEqual(supplyC + 1e-9);
  });

  it('air warmer than the return water: the dry cooler is off, the towers carry everything (same as towers alone)', () => {
    const o = at(36, 18);
    const t = towerAlone(36, 18);
    expect(o.dryHeatW).toBe(0);
    expect(o.waterKgPerS).toBeCloseTo(t.waterKgPerS, 12);
    expect(o.fanPowerW).toBeCloseTo(t.fanPowerW, 6);
  });

  it('mild air: the dry cooler at full speed pre-cools, the towers take the rest; water and heat split add up', () => {
    const o = at(22, 12);
    expect(o.dryHeatW).toBeGreaterThan(0.1 * heatW);
    expect(o.dryHeatW).toBeLessThan(heatW);
    expect(o.leavingWaterC).toBeLessThanOrEqual(supplyC + 1e-6);
    const t = towerAlone(22, 12, heatW - o.dryHeatW);
    expect(o.waterKgPerS).toBeCloseTo(t.waterKgPerS, 12); // towers evaporate only for their share
    expect(o.fanPowerW).toBeCloseTo(p.dryCooler.ratedFanPowerW + t.fanPowerW, 6); // both fans: dry at full speed
  });

  it('property: never more tower water than the towers alone, never a warmer leaving water', () => {
    fc.assert(fc.property(fc.double({ min: -15, max: 40, noNaN: true }), fc.double({ min: 0, max: 15, noNaN: true }),
      fc.double({ min: 1e5, max: 1e6, noNaN: true }), (db, depression, q) => {
        const o = at(db, db - depression, q);
        const t = towerAlone(db, db - depression, q);
        expect(o.waterKgPerS).toBeLessThanOrEqual(t.waterKgPerS + 1e-12);
        expect(o.leavingWaterC).toBeLessThanOrEqual(Math.max(t.leavingWaterC, supplyC) + 1e-6);
      }), { numRuns: 200 });
  });
});
