/**
 * The step record (sim/simulation/stepInput.ts) and the caches that key on it. A field added to the record
 * is a compile error until it is listed (checked here with @ts-expect-error, so `tsc` fails if the check
 * stops working); once listed, every cache compares it: for EVERY field, a step differing in that field
 * alone is recomputed by DesignRun's last-step reuse and by the plant tapes (their sub-plant record: heat
 * and every weather field), and an identical step is not.
 */
import { describe, expect, it, vi } from 'vitest';

// Count the compositions (DesignRun's recomputes) and the air-plant evaluations (the tapes' misses).
const composed = vi.hoisted(() => ({ count: 0 }));
const airCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../sim/simulation/composeStep.js', async (original) => (await import('../countingMock.js')).countCalls(await original<Record<string, unknown>>(), 'composeStep', composed));
vi.mock('../../sim/models/cooling/airPlant.js', async (original) => (await import('../countingMock.js')).countCalls(await original<Record<string, unknown>>(), 'airPlantPowerInto', airCalls));

const { fieldsOf, newStepInput, STEP_INPUT_FIELDS, sameStepInput } = await import('../../sim/simulation/stepInput.js');
type StepInput = import('../../sim/simulation/stepInput.js').StepInput;
const { DesignRun } = await import('../../sim/simulation/designRun.js');
const { PlantTapes } = await import('../../sim/simulation/plantTapes.js');
const { newCoolingWorkspace } = await import('../../sim/models/cooling/plant.js');
const { defaultScenario, readWeather, sizeAll, WEATHER } = await import('../facility/plants.js');

const scenario = defaultScenario();
const sized = sizeAll(scenario, readWeather(WEATHER.hangzhou));
const nodes = scenario.workload.groups[0].count;
const base: StepInput = {
  computePowerW: 0.5 * nodes * scenario.workload.groups[0].power.peakPowerW, poweredNodes: nodes, meanUtilization: 0.5,
  dryBulbC: 24, wetBulbC: 18, pressurePa: 100_000, groups: Float64Array.of(4e5, 80, 0.5), // a one-group plant ignores groups; the caches still compare them
  inService: Float64Array.of(3, 2),
};
/** `s` with field `k` set by `f` (an array field: its first element, in a copy). */
const withField = <T extends object>(s: T, k: keyof T, f: (v: number) => number): T => {
  const v = s[k];
  if (v instanceof Float64Array) { const c = v.slice(); c[0] = f(c[0]); return { ...s, [k]: c }; }
  return { ...s, [k]: f(v as number) };
};
/** `s` with field `k` moved a little (a number, or the first value of an array field). */
const nudged = <T extends object>(s: T, k: keyof T): T => withField(s, k, (v) => v + 0.25);

describe('the step record', () => {
  it('lists every field of the record, once, in declaration order; a field added and not listed does not compile', () => {
    expect([...STEP_INPUT_FIELDS]).toEqual(Object.keys(newStepInput()));
    expect(new Set(STEP_INPUT_FIELDS).size).toBe(STEP_INPUT_FIELDS.length);
    // Type-level: each line below must be a compile error (tsc reports an unused @ts-expect-error otherwise).
    type WithPrice = StepInput & { energyPricePerKWh: number };
    // @ts-expect-error -- a field added to the record but not to the list
    fieldsOf<WithPrice>()(STEP_INPUT_FIELDS);
    // @ts-expect-error -- a field left out of the list
    fieldsOf<StepInput>()(['computePowerW', 'poweredNodes', 'meanUtilization', 'dryBulbC', 'wetBulbC']);
    // @ts-expect-error -- a name that is not a field
    fieldsOf<StepInput>()(['computePowerW', 'poweredNodes', 'meanUtilization', 'dryBulbC', 'wetBulbC', 'pressurePa', 'humidity']);
  });

  it('sameStepInput tells apart records differing in any one field, and NaN never matches', () => {
    for (const k of STEP_INPUT_FIELDS) {
      expect(sameStepInput(base, { ...base })).toBe(true);
      expect(sameStepInput(base, nudged(base, k))).toBe(false);
      expect(sameStepInput(withField(base, k, () => Number.NaN), withField(base, k, () => Number.NaN))).toBe(false);
    }
  });

  it("DesignRun's last-step reuse recomputes a step that differs in any one field, and only then", () => {
    for (const s of sized) {
      const run = new DesignRun(s.plant, 1);
      composed.count = 0;
      run.evaluate(0, 60, base);
      run.evaluate(60, 60, { ...base });
      expect(composed.count).toBe(1);
      let t = 120;
      for (const k of STEP_INPUT_FIELDS) {
        const changed = nudged(base, k);
        const before = composed.count;
        run.evaluate(t, 60, changed);
        run.evaluate(t + 60, 60, { ...changed });
        run.evaluate(t + 120, 60, { ...base });
        t += 180;
        expect(composed.count, k).toBe(before + 2);
      }
    }
  });

  it('the plant tapes re-evaluate a step whose heat or any weather field differs from the recorded one', () => {
    const plant = sized.find((s) => s.plant.cooling.air !== undefined)!.plant;
    const air = plant.cooling.air!;
    const tapes = new PlantTapes();
    tapes.models(plant.cooling, 2, () => 0); // seen once: taped from the next run on
    const { air: taped } = tapes.models(plant.cooling, 2, () => 0);
    const ws = newCoolingWorkspace();
    const heatW = 5e5;
    const weather = { dryBulbC: base.dryBulbC, wetBulbC: base.wetBulbC, pressurePa: base.pressurePa };
    airCalls.count = 0;
    const first = { ...taped(air, heatW, weather, ws.airOut, ws.air) };
    expect({ ...taped(air, heatW, { ...weather }, ws.airOut, ws.air) }).toEqual(first);
    expect(airCalls.count).toBe(1);
    const inputs: { heatW: number; w: typeof weather }[] = [{ heatW: heatW + 1, w: weather }];
    for (const k of Object.keys(weather) as (keyof typeof weather)[]) inputs.push({ heatW, w: nudged(weather, k) });
    for (const { heatW: h, w } of inputs) {
      const before = airCalls.count;
      taped(air, h, w, ws.airOut, ws.air);
      taped(air, h, { ...w }, ws.airOut, ws.air);
      expect(airCalls.count, JSON.stringify(w)).toBe(before + 1);
    }
    expect(inputs.length).toBe(1 + 3); // heat and every PlantWeather field (the tape's list is checked at compile time)
  });
});
