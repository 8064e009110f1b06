/** CDUs on chilled water (chilledWaterCdus.ts): class check, sizing, per-step CDU pumps. Unit tests (hand values). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chilledWaterCdusInto, chilledWaterTooWarm, designChilledWaterLoadW, newChilledWaterCduWorkspace, sizeChilledWaterCdus } from '../../../sim/models/cooling/chilledWaterCdus.js';
import { cduPumps } from '../../../sim/models/cooling/cdu.js';
import { COOLING_DEFAULTS as D, FACILITY_SUPPLY_MAX_C, type LiquidClass } from '../../../sim/models/cooling/plantSpec.js';

const cdu = D.liquid.cdu;

describe('CDUs on chilled water', () => {
  it('chilled water at most the class maximum (ASHRAE W17 -> 17 degC, ...)', () => {
    expect(chilledWaterTooWarm({ facilitySupplyClass: 'W17' }, 17)).toBeUndefined();
    expect(chilledWaterTooWarm({ facilitySupplyClass: 'W17' }, 17.5)).toBe(
      "expected the air plant's chilled-water supply at most 17 degC for class W17 (it is the CDUs' facility water), got 17.5 degC");
    for (const cls of Object.keys(FACILITY_SUPPLY_MAX_C) as LiquidClass[]) expect(chilledWaterTooWarm({ facilitySupplyClass: cls }, 7.2)).toBeUndefined();
    expect(() => sizeChilledWaterCdus({ facilitySupplyClass: 'W17', cdu }, 18, 1e6)).toThrow(RangeError);
  });

  it('sizes the TCS pump for the design liquid heat; the design chilled-water load is heat + pump power', () => {
    const p = sizeChilledWaterCdus({ facilitySupplyClass: 'W32', cdu }, 7.2, 1e6);
    expect(p.facilitySupplyC).toBe(7.2);
    const pumpW = cduPumps(p.cdu, { heatW: 1e6 }).pumpPowerW;
    // cdu.ts's example: 1 MW, 5 K, 200 kPa, eta 0.6 => about 16 kW
    expect(pumpW).toBeGreaterThan(15e3);
    expect(pumpW).toBeLessThan(17e3);
    expect(designChilledWaterLoadW(p, 1e6)).toBeCloseTo(1e6 + pumpW, 3);
  });

  it('per step: what cdu.ts gives, in the caller\'s workspace (the same record every call)', () => {
    const p = sizeChilledWaterCdus({ facilitySupplyClass: 'W32', cdu }, 7.2, 1e6);
    const ws = newChilledWaterCduWorkspace();
    fc.assert(fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (heatW) => {
      const out = chilledWaterCdusInto(p, heatW, ws);
      expect(out).toBe(ws.output);
      expect(out).toEqual(cduPumps(p.cdu, { heatW }));
      expect(out.facilityHeatW).toBeCloseTo(heatW + out.pumpPowerW, 6);
    }), { numRuns: 100 });
  });
});
