/**
 * CDUs on the air plant's chilled water (sharedChilledWaterPlant.ts, through plant.ts): the liquid heat is carried by the
 * chilled-water pumps, economizer and chillers; the CDU pumps stay; the plant is sized for air + liquid heat.
 * Unit tests and energy-balance properties (true by the model's construction, checked on its composition).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  coolingComponents, coolingPower, coolingPowerInto, newCoolingState, newCoolingWorkspace, sizeCooling,
  type CoolingInput, type CoolingParams, type CoolingSpec, type CoolingWorkspace,
} from '../../../sim/models/cooling/plant.js';
import { cduPumps } from '../../../sim/models/cooling/cdu.js';
import { COOLING_DEFAULTS as D, type AirPlantSpec, type ChilledWaterCduSpec } from '../../../sim/models/cooling/plantSpec.js';
import { airSpec, atm, design } from './specs.js';

/** Study 1 of the Vertiv + NVIDIA analysis as the scenario describes it: 7.2/13.2 degC chilled water, air-cooled chillers. */
const airCooled: AirPlantSpec = {
  ...airSpec, supplyAirC: 25, returnAirC: 37, chilledWaterSupplyC: 7.2, chilledWaterReturnC: 13.2,
  chiller: { ...D.air.chiller, type: 'air-cooled-screw' }, economizer: { type: 'none', approachK: D.air.economizerApproachK },
};
const cdus: ChilledWaterCduSpec = { facilitySupplyClass: 'W32', cdu: D.liquid.cdu };
const heats = { liquidHeatW: 0.75e6, airHeatW: 0.25e6 };
const shared = sizeCooling({ air: airCooled, chilledWaterCdus: cdus }, { ...heats, ...design });
const at = (p: CoolingParams, liquidHeatW: number, airHeatW: number, dryBulbC: number, wetBulbC = dryBulbC - 6) =>
  coolingPower(p, { liquidHeatW, airHeatW, dryBulbC, wetBulbC, pressurePa: atm });

describe('CDUs on the chilled-water plant', () => {
  it('consumers: the air plant\'s, then the CDU pumps (no facility pumps, no dry cooler, no trim chiller)', () => {
    expect(coolingComponents(shared)).toEqual(['crahFans', 'chilledWaterPumps', 'chiller', 'condenserPumps', 'towerFans', 'cduPumps']);
  });

  it('the liquid heat passes through the chillers, on top of the room air heat', () => {
    const airOnly = sizeCooling({ air: airCooled }, { liquidHeatW: 0, airHeatW: 0.25e6, ...design });
    const a = at(airOnly, 0, 0.25e6, 30);
    const s = at(shared, 0.75e6, 0.25e6, 30);
    expect(s.chillerLoadW - a.chillerLoadW).toBeGreaterThanOrEqual(0.75e6);
    expect(s.powerW.chiller).toBeGreaterThan(3 * a.powerW.chiller);
    expect(s.mode).toBe('mechanical');
  });

  it('energy balance: chillers remove room air heat + CRAH fans + liquid heat + CDU pumps + chilled-water pumps', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 0.75e6, noNaN: true }), fc.double({ min: 0, max: 0.25e6, noNaN: true }),
      fc.double({ min: -10, max: 36, noNaN: true }), (liquidHeatW, airHeatW, dryBulbC) => {
        const s = at(shared, liquidHeatW, airHeatW, dryBulbC);
        const p = s.powerW;
        const inW = liquidHeatW + airHeatW + p.cduPumps + p.crahFans + p.chilledWaterPumps;
        expect(s.chillerLoadW).toBeCloseTo(inW, 3);
        expect(p.cduPumps).toBeCloseTo(cduPumps(shared.chilledWaterCdus!.cdu, { heatW: liquidHeatW }).pumpPowerW, 9);
        expect(s.clamped).toBe(false);
      }), { numRuns: 200 });
  });

  it('sized for air + liquid heat: full design heat at the design weather is met without clamping', () => {
    expect(at(shared, heats.liquidHeatW, heats.airHeatW, design.dryBulbC, design.wetBulbC).clamped).toBe(false);
    const bank = shared.air!.chillers;
    expect(bank.unit.ratedCapacityW * (bank.installed - 1)).toBeGreaterThanOrEqual(heats.liquidHeatW + heats.airHeatW);
  });

  it('with a waterside economizer the liquid heat is free in cold weather, with the air heat', () => {
    const p = sizeCooling({ air: { ...airSpec, chilledWaterSupplyC: 15, chilledWaterReturnC: 21 }, chilledWaterCdus: cdus }, { ...heats, ...design });
    // heat rejection sized for air + liquid heat + compressor power (tower ratedHeatW = chiller load + chiller power at design)
    expect(p.air!.condenser!.tower.ratedHeatW).toBeGreaterThan(1.05 * (heats.liquidHeatW + heats.airHeatW));
    const cold = at(p, 0.75e6, 0.25e6, -5, -7);
    expect(cold.mode).toBe('free');
    expect(cold.chillerLoadW).toBe(0);
    expect(cold.powerW.towerFans).toBeGreaterThan(0);
    expect(at(p, 0.75e6, 0.25e6, 32, 26).chillerLoadW).toBeGreaterThan(0.75e6);
  });

  it('with an airside economizer, outdoor air takes room heat only: the CDU heat still needs the chilled water', () => {
    const airside: AirPlantSpec = { ...airCooled, economizer: { type: 'airside', approachK: D.air.economizerApproachK, airside: D.air.airside } };
    const p = sizeCooling({ air: airside, chilledWaterCdus: cdus }, { ...heats, ...design });
    const cool = at(p, 0.75e6, 0.25e6, 12, 8); // dew point ~3 degC: inside the limits, outdoor air below the supply
    expect(cool.chillerLoadW).toBeGreaterThanOrEqual(0.75e6);
    expect(cool.chillerLoadW).toBeLessThan(0.75e6 + cool.powerW.cduPumps + cool.powerW.chilledWaterPumps + 0.05e6);
  });

  it('refuses chilled water warmer than the liquid class allows, and a missing air plant', () => {
    const warm: CoolingSpec = { air: { ...airSpec, chilledWaterSupplyC: 18, chilledWaterReturnC: 24 }, chilledWaterCdus: { ...cdus, facilitySupplyClass: 'W17' } };
    expect(() => sizeCooling(warm, { ...heats, ...design })).toThrow(/W17.*got 18 degC/);
    expect(() => sizeCooling({ chilledWaterCdus: cdus }, { ...heats, ...design })).toThrow(RangeError);
  });
});

describe('CDUs on the chilled-water plant: per-loop modes (metrics.loops)', () => {
  it('the air loop carries the CDU heat and reports its mode; the liquid loop has no rejection of its own', () => {
    const step = (liquidHeatW: number, airHeatW: number) => {
      const out = newCoolingState();
      coolingPowerInto(shared, { liquidHeatW, airHeatW, dryBulbC: 30, wetBulbC: 24, pressurePa: atm }, new Float64Array(shared.components.length), out,
        newCoolingWorkspace());
      return out;
    };
    // failed before: the shared plant never wrote its loops, so a year of chiller hours showed as 0 compressor hours
    expect(step(0.75e6, 0.25e6).airLoop).toBe('mechanical');
    expect(step(0.75e6, 0.25e6).liquidLoop).toBe('idle');
    expect(step(0.75e6, 0).airLoop).toBe('mechanical');
    expect(step(0, 0).airLoop).toBe('idle');
  });
});

describe('CDUs on the chilled-water plant: workspaces (nothing kept outside the caller\'s workspace)', () => {
  const steps = [-5, 8, 16, 22, 27, 31, 34, 36.5].map((dryBulbC, i) => ({
    liquidHeatW: 0.5e6 + 0.05e6 * i, airHeatW: 0.08e6 + 0.01e6 * i, dryBulbC, wetBulbC: dryBulbC - 6, pressurePa: atm,
  }));
  const stepOf = (params: CoolingParams, s: CoolingInput, ws: CoolingWorkspace) => {
    const powerW = new Float64Array(params.components.length);
    return { ...coolingPowerInto(params, s, powerW, newCoolingState(), ws), powerW: [...powerW] };
  };
  it('one workspace reused across steps gives what fresh workspaces give, and what coolingPower gives', () => {
    const ws = newCoolingWorkspace();
    for (const s of steps) {
      const reused = stepOf(shared, s, ws);
      expect(reused).toEqual(stepOf(shared, s, newCoolingWorkspace()));
      expect(reused.powerW).toEqual(Object.values(coolingPower(shared, s).powerW));
    }
  });
});
