import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  coolingComponents, coolingPower, coolingPowerInto, newCoolingState, newCoolingWorkspace, sizeCooling,
  type CoolingInput, type CoolingParams, type CoolingWorkspace,
} from '../../../sim/models/cooling/plant.js';
import { airSpec, atm, design, liquidSpec } from './specs.js';

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('cooling plant dispatch', () => {
  const air = sizeCooling({ air: airSpec }, { liquidHeatW: 0, airHeatW: 1e6, ...design });
  const liquid = sizeCooling({ liquid: liquidSpec(), air: airSpec }, { liquidHeatW: 0.95e6, airHeatW: 0.05e6, ...design });

  it('stable component keys, always present', () => {
    expect(coolingComponents(air)).toEqual(['crahFans', 'chilledWaterPumps', 'chiller', 'condenserPumps', 'towerFans']);
    expect(coolingComponents(liquid)).toEqual([
      'crahFans', 'chilledWaterPumps', 'chiller', 'condenserPumps', 'towerFans', 'cduPumps', 'facilityWaterPumps', 'dryCoolerFans', 'trimChiller',
    ]);
    const out = coolingPower(liquid, { liquidHeatW: 0, airHeatW: 0, dryBulbC: 10, wetBulbC: 5, pressurePa: atm });
    expect(Object.keys(out.powerW)).toEqual([...coolingComponents(liquid)]);
    expect(sum(out.powerW)).toBe(0);
  });

  it('free when no compressor runs; chiller load counts both plants', () => {
    const cold = coolingPower(liquid, { liquidHeatW: 0.95e6, airHeatW: 0.05e6, dryBulbC: -10, wetBulbC: -12, pressurePa: atm });
    expect(cold.mode).toBe('free');
    expect(cold.chillerLoadW).toBe(0);
    const hot = coolingPower(liquid, { liquidHeatW: 0.95e6, airHeatW: 0.05e6, dryBulbC: 36.5, wetBulbC: 28.5, pressurePa: atm });
    expect(hot.chillerLoadW).toBeGreaterThan(0);
    expect(hot.mode).not.toBe('free');
  });

  it('a liquid-only plant also takes the room air heat', () => {
    const only = sizeCooling({ liquid: liquidSpec() }, { liquidHeatW: 0.9e6, airHeatW: 0.1e6, ...design });
    const a = coolingPower(only, { liquidHeatW: 0.9e6, airHeatW: 0.1e6, dryBulbC: 20, wetBulbC: 15, pressurePa: atm });
    const b = coolingPower(only, { liquidHeatW: 1e6, airHeatW: 0, dryBulbC: 20, wetBulbC: 15, pressurePa: atm });
    expect(sum(a.powerW)).toBeCloseTo(sum(b.powerW), 6);
  });

  it('power >= 0 everywhere; the air plant never gets cheaper in hotter, more humid weather', () => {
    fc.assert(fc.property(fc.double({ min: -15, max: 29.5, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (wb, dep, d) => {
      const at = (x: number) => coolingPower(air, { liquidHeatW: 0, airHeatW: 8e5, dryBulbC: wb + dep + x, wetBulbC: wb + x, pressurePa: atm });
      const a = at(0);
      for (const v of Object.values(a.powerW)) expect(v).toBeGreaterThanOrEqual(0);
      expect(sum(at(d).powerW)).toBeGreaterThanOrEqual(sum(a.powerW) * (1 - 5e-3)); // tolerance: see airPlant.test.ts
    }), { numRuns: 200 });
  });

  it('rejects a spec with no plant', () => {
    expect(() => sizeCooling({}, { liquidHeatW: 0, airHeatW: 1, ...design })).toThrow(RangeError);
  });
});

describe('cooling plant workspaces (no state outside the caller\'s workspace)', () => {
  const hybrid = sizeCooling({ liquid: liquidSpec(30, false), air: airSpec }, { liquidHeatW: 0.9e6, airHeatW: 0.1e6, ...design });
  const airOnly = sizeCooling({ air: airSpec }, { liquidHeatW: 0, airHeatW: 1e6, ...design });
  // Weather and heat from free cooling through the series split to mechanical: every search and memo runs.
  const steps = [-5, 8, 16, 22, 27, 31, 34, 36.5, 30, 12].map((dryBulbC, i) => ({
    liquidHeatW: 0.5e6 + 0.05e6 * i, airHeatW: 0.08e6 + 0.01e6 * i, dryBulbC, wetBulbC: dryBulbC - 6, pressurePa: atm,
  }));
  const runAlone = (params: CoolingParams) => {
    const ws = newCoolingWorkspace();
    return steps.map((s) => stepOf(params, s, ws));
  };
  const stepOf = (params: CoolingParams, s: CoolingInput, ws: CoolingWorkspace) => {
    const powerW = new Float64Array(params.components.length);
    return { ...coolingPowerInto(params, s, powerW, newCoolingState(), ws), powerW: [...powerW] };
  };

  it('two plants evaluated step by step in turn, each in its own workspace, give what each gives alone', () => {
    const a = newCoolingWorkspace();
    const b = newCoolingWorkspace();
    const interleaved = steps.map((s) => [stepOf(hybrid, s, a), stepOf(airOnly, s, b)]);
    expect(interleaved.map((x) => x[0])).toEqual(runAlone(hybrid));
    expect(interleaved.map((x) => x[1])).toEqual(runAlone(airOnly));
    expect(new Set(runAlone(hybrid).map((r) => r.mode)).size).toBeGreaterThan(1);
  });

  it('one workspace passed between two plants gives what fresh workspaces give (it holds no results across calls)', () => {
    const shared = newCoolingWorkspace();
    for (const s of steps) {
      expect(stepOf(hybrid, s, shared)).toEqual(stepOf(hybrid, s, newCoolingWorkspace()));
      expect(stepOf(airOnly, s, shared)).toEqual(stepOf(airOnly, s, newCoolingWorkspace()));
    }
  });
});
