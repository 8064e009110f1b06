/**
 * Plant outputs from one declaration per plant (sim/models/cooling/plantOutputs.ts): the record, its factory,
 * the consumers' facility channels and the tape columns all follow the declaration, for both plants and for a
 * synthetic one (a new output is one line); and every exit of each plant writes every declared field.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { resolve } from 'node:path';
import {
  consumersOf, copyFromArray, copyToArray, metersOf, numericFieldsOf, outputFactory, type ConsumerOf, type OutputDeclaration, type PlantOutputOf,
} from '../../../sim/models/cooling/plantOutputs.js';
import { AIR_PLANT_OUTPUTS, airPlantPowerInto, newAirPlantOutput, newAirPlantWorkspace, type AirPlantOutput } from '../../../sim/models/cooling/airPlant.js';
import {
  LIQUID_PLANT_OUTPUTS, liquidPlantPowerInto, newLiquidPlantOutput, newLiquidPlantWorkspace, type LiquidPlantOutput,
} from '../../../sim/models/cooling/liquidPlant.js';
import { sizeAirPlant } from '../../../sim/models/cooling/airPlantSizing.js';
import { sizeLiquidPlant } from '../../../sim/models/cooling/liquidPlantSizing.js';
import { coolingComponents, sizeCooling } from '../../../sim/models/cooling/plant.js';
import { COOLING_DEFAULTS } from '../../../sim/models/cooling/plantSpec.js';
import { AIR_FIELDS, LIQUID_FIELDS, rowWidth } from '../../../sim/simulation/plantTapes.js';
import { loadScenario } from '../../../sim/scenario/load.js';
import { evaluate } from '../../../sim/studies/evaluate.js';
import { airSpec, atm, design, liquidSpec } from './specs.js';

const { rangeK: _r, minCondenserWaterC: _m, ...towerSpec } = COOLING_DEFAULTS.air.tower;
const towerLiquid = { ...liquidSpec(), rejection: { kind: 'tower' as const, ...towerSpec } };
const numbers = (o: object) => Object.keys(o).filter((k) => k !== 'mode' && k !== 'clamped');

describe('plant output declarations', () => {
  it('a synthetic declaration gives its record, factory, consumers, meters and tape row through the same helpers', () => {
    const D = { aW: { meter: 'a' }, waterKgPerS: {}, bW: { meter: { x: 'bx', y: 'by' } } } as const satisfies OutputDeclaration;
    expectTypeOf<PlantOutputOf<typeof D>>().toEqualTypeOf<{ aW: number; waterKgPerS: number; bW: number } & { mode: 'free' | 'partial' | 'mechanical'; clamped: boolean }>();
    expectTypeOf<ConsumerOf<typeof D>>().toEqualTypeOf<'aW' | 'bW'>();
    const make = outputFactory(D);
    const a = make();
    expect(a).toEqual({ aW: 0, waterKgPerS: 0, bW: 0, mode: 'free', clamped: false });
    expect(Object.keys(a)).toEqual(['aW', 'waterKgPerS', 'bW', 'mode', 'clamped']);
    expect(make()).not.toBe(a);
    expect(consumersOf(D)).toEqual(['aW', 'bW']);
    expect(metersOf(D, 'y')).toEqual(['a', 'by']);
    expect(() => metersOf(D)).toThrow(RangeError);
    expect(numericFieldsOf(D)).toEqual(['aW', 'waterKgPerS', 'bW']);
    expect(rowWidth(numericFieldsOf(D))).toBe(4 + 3 + 2);
    // The generated copies (the plant's consumers into its channels, a tape row's outputs) follow the key order.
    const row = new Float64Array(5);
    copyToArray<PlantOutputOf<typeof D>>(numericFieldsOf(D))({ ...a, aW: 1, waterKgPerS: 2, bW: 3 }, row, 1);
    expect([...row]).toEqual([0, 1, 2, 3, 0]);
    const back = make();
    copyFromArray<PlantOutputOf<typeof D>>(consumersOf(D))(row, 1, back);
    expect(back).toEqual({ aW: 1, waterKgPerS: 0, bW: 2, mode: 'free', clamped: false });
    expect(() => copyToArray<Record<string, number>>(['a; b'])).toThrow(RangeError);
    expect(() => outputFactory({ mode: {} })).toThrow(RangeError);
  });

  it('each plant: the record, its tape columns and its row width follow its declaration (no width shared)', () => {
    expectTypeOf<AirPlantOutput>().toEqualTypeOf<PlantOutputOf<typeof AIR_PLANT_OUTPUTS>>();
    expectTypeOf<LiquidPlantOutput>().toEqualTypeOf<PlantOutputOf<typeof LIQUID_PLANT_OUTPUTS>>();
    for (const [decl, fresh, fields] of [[AIR_PLANT_OUTPUTS, newAirPlantOutput(), AIR_FIELDS], [LIQUID_PLANT_OUTPUTS, newLiquidPlantOutput(), LIQUID_FIELDS]] as const) {
      expect(numbers(fresh)).toEqual(Object.keys(decl));
      expect(fields).toEqual(Object.keys(decl));
      // Per step: heat, dry bulb, wet bulb, pressure; the plant's numeric outputs; mode, clamped.
      expect(rowWidth(fields)).toBe(4 + Object.keys(decl).length + 2);
    }
  });

  it('the consumers are the declared outputs with a meter; the cooling components are their meters, once each', () => {
    expect(consumersOf(AIR_PLANT_OUTPUTS)).toEqual(['crahFansW', 'chilledWaterPumpsW', 'chillerW', 'condenserPumpsW', 'towerFansW']);
    expect(consumersOf(LIQUID_PLANT_OUTPUTS)).toEqual(['cduPumpsW', 'facilityPumpsW', 'rejectionFansW', 'trimChillerW']);
    for (const liquid of [liquidSpec(), towerLiquid]) {
      const params = sizeCooling({ air: airSpec, liquid }, { liquidHeatW: 0.95e6, airHeatW: 0.05e6, ...design });
      const meters = [...metersOf(AIR_PLANT_OUTPUTS), ...metersOf(LIQUID_PLANT_OUTPUTS, liquid.rejection.kind)];
      expect(coolingComponents(params)).toEqual(meters);
      expect(new Set(meters).size).toBe(meters.length);
    }
  });

  it('a run meters every declared consumer as a facility channel exactly once (default scenario)', () => {
    const scenario = loadScenario(resolve('scenarios/default.yaml')).scenario;
    const { result } = evaluate(scenario);
    for (const [i, d] of scenario.designs.entries()) {
      const run = result.designs[i];
      const meters = [
        ...(d.cooling.air ? metersOf(AIR_PLANT_OUTPUTS) : []),
        ...(d.cooling.liquid ? metersOf(LIQUID_PLANT_OUTPUTS, d.cooling.liquid.rejection.kind) : []),
      ];
      expect(meters.length).toBeGreaterThan(0);
      for (const m of meters) expect(run.channels.filter((c) => c === m)).toHaveLength(1);
      expect(run.channels.filter((c) => run.category[c] === 'cooling')).toEqual(meters);
    }
  });

  it('every exit of each plant writes every declared field (a record filled with NaN keeps none)', () => {
    const poisoned = <T extends object>(o: T): T => {
      for (const k of numbers(o)) (o as Record<string, unknown>)[k] = Number.NaN;
      return o;
    };
    const w = (dryBulbC: number, wetBulbC: number) => ({ dryBulbC, wetBulbC, pressurePa: atm });
    const water = sizeAirPlant(airSpec, { heatW: 1e6, ...design });
    const airCooled = sizeAirPlant({ ...airSpec, chiller: { ...airSpec.chiller, type: 'air-cooled-screw' } }, { heatW: 1e6, ...design });
    for (const [p, heatW, weather] of [[water, 0, w(20, 15)], [water, 1e6, w(-5, -8)], [water, 1e6, w(36, 28)], [airCooled, 1e6, w(30, 20)]] as const) {
      const out = airPlantPowerInto(p, heatW, weather, poisoned(newAirPlantOutput()), newAirPlantWorkspace());
      for (const k of numbers(out)) expect(out[k as keyof typeof AIR_PLANT_OUTPUTS], k).not.toBeNaN();
    }
    const { trimChiller: _t, ...noTrim } = liquidSpec();
    const liquid = sizeLiquidPlant(liquidSpec(), { heatW: 1e6, ...design });
    const untrimmed = sizeLiquidPlant(noTrim, { heatW: 1e6, ...design });
    const tower = sizeLiquidPlant(towerLiquid, { heatW: 1e6, ...design });
    const cases = [[liquid, 0, w(20, 15)], [liquid, 1e6, w(10, 5)], [liquid, 1e6, w(36.5, 28.5)], [liquid, 2e4, w(44, 20)],
      [untrimmed, 1e6, w(38, 29)], [tower, 1e6, w(30, 26)]] as const;
    const modes = new Set<string>();
    for (const [p, heatW, weather] of cases) {
      const out = liquidPlantPowerInto(p, heatW, weather, poisoned(newLiquidPlantOutput()), newLiquidPlantWorkspace());
      for (const k of numbers(out)) expect(out[k as keyof typeof LIQUID_PLANT_OUTPUTS], k).not.toBeNaN();
      modes.add(out.mode);
    }
    expect([...modes].sort()).toEqual(['free', 'mechanical', 'partial']);
  });
});
