/**
 * Plant tapes (sim/plantTapes.ts): runs that share a tape store give exactly
 * the results of runs without one, whatever the tapes hold, and a sub-plant
 * whose parameters, heat and weather repeat is not evaluated again.
 */
import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';

// Count air-plant evaluations (the tapes call the model only for steps they do not hold).
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../sim/models/cooling/airPlant.js', async (original) => (await import('../countingMock.js')).countCalls(await original<Record<string, unknown>>(), 'airPlantPower', calls));

const { loadScenario } = await import('../../sim/scenario/load.js');
const { evaluate } = await import('../../sim/evaluate.js');
const { loadWeather } = await import('../../sim/models/climate/weather.js');
const { PlantTapes } = await import('../../sim/plantTapes.js');

const FILE = join(import.meta.dirname, '..', 'fixtures', 'montecarlo', 'physics.yaml');
// physics.yaml's liquid PoD plus a residual-air chilled-water plant with a tower: a design with two sub-plants.
const HYBRID = ['designs[0].cooling.air.chiller.type=water-cooled-screw'];
const load = (overrides: string[]) => loadScenario(FILE, { overrides: [...HYBRID, ...overrides] }).scenario;

describe('plant tapes', () => {
  it('give the results of untaped runs; an unchanged air plant is evaluated once for two samples', () => {
    const base = load([]);
    const weather = loadWeather(base.site.weather);
    const samples = [
      ['designs[0].cooling.liquid.rejection.dryCooler.approach=4 K'],
      ['designs[0].cooling.liquid.rejection.dryCooler.approach=9 K'], // same air plant: taped
      ['designs[0].cooling.air.supplyAir=22 degC'], // another air plant: evaluated
      ['workload.nodes.count=25'], // more nodes: the plant is sized anew, another tape
      ['workload.jobs.diurnal.mean=0.7'], // same plant (sized at full load), other heat: evaluated, recorded over
      ['designs[0].cooling.liquid.rejection.dryCooler.approach=4 K'], // sample 0's inputs, but the tape was rewritten
    ].map(load);
    const plain = samples.map((s) => JSON.stringify(evaluate(s, { weather }).summary));
    const tapes = new PlantTapes();
    const taped: string[] = [];
    const airCalls: number[] = [];
    for (const s of samples) {
      calls.count = 0;
      taped.push(JSON.stringify(evaluate(s, { weather, tapes }).summary));
      airCalls.push(calls.count);
    }
    expect(taped).toEqual(plain);
    expect(airCalls[0]).toBeGreaterThan(1000);
    expect(airCalls[1]).toBe(1); // the design-point sizing only
    expect(airCalls[2]).toBe(airCalls[0]);
    expect(airCalls[3]).toBeGreaterThan(1000);
    expect(airCalls[4]).toBeGreaterThan(1000);
    expect(airCalls[5]).toBeGreaterThan(1000);
  });

  it('drop the least recently used tape beyond their memory budget, and never tape a run too long for it', () => {
    const scenario = load([]);
    const weather = loadWeather(scenario.site.weather);
    const tiny = new PlantTapes(1024); // smaller than one year of steps: nothing is taped
    calls.count = 0;
    evaluate(scenario, { weather, tapes: tiny });
    const first = calls.count;
    calls.count = 0;
    evaluate(scenario, { weather, tapes: tiny });
    expect(calls.count).toBe(first);
    // Room for about one air and one liquid tape: a second air plant evicts the first.
    const two = new PlantTapes(2.1 * 8761 * 14 * 8);
    evaluate(scenario, { weather, tapes: two });
    evaluate(load(['designs[0].cooling.air.supplyAir=22 degC']), { weather, tapes: two });
    calls.count = 0;
    evaluate(scenario, { weather, tapes: two });
    expect(calls.count).toBe(first);
  });
});
