/**
 * Plant tapes (sim/simulation/plantTapes.ts): runs that share a tape store give exactly
 * the results of runs without one, whatever the tapes hold, and a sub-plant
 * whose parameters, heat and weather repeat is not evaluated again.
 */
import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';

// Count air-plant evaluations (the tapes call the model only for steps they do not hold).
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../sim/models/cooling/airPlant.js', async (original) => (await import('../countingMock.js')).countCalls(await original<Record<string, unknown>>(), 'airPlantPowerInto', calls));

const { loadScenario } = await import('../../sim/scenario/load.js');
const { evaluate } = await import('../../sim/studies/evaluate.js');
const { loadWeather } = await import('../../sim/models/climate/weather.js');
const { PlantTapes } = await import('../../sim/simulation/plantTapes.js');

const FILE = join(import.meta.dirname, '..', 'fixtures', 'montecarlo', 'physics.yaml');
// physics.yaml's liquid PoD plus a residual-air chilled-water plant with a tower: a design with two sub-plants.
const HYBRID = ['designs[0].cooling.air.chiller.type=water-cooled-screw'];
const load = (overrides: string[]) => loadScenario(FILE, { overrides: [...HYBRID, ...overrides] }).scenario;

describe('plant tapes', () => {
  it('give the results of untaped runs; an air plant taped on its second run is not evaluated on its third', () => {
    const base = load([]);
    const weather = loadWeather(base.site.weather);
    const samples = [
      ['designs[0].cooling.liquid.rejection.dryCooler.approach=4 K'], // air plant seen
      ['designs[0].cooling.liquid.rejection.dryCooler.approach=9 K'], // same air plant: evaluated and taped
      ['designs[0].cooling.liquid.rejection.dryCooler.approach=6 K'], // same air plant: from the tape
      ['designs[0].cooling.air.supplyAir=22 degC'], // another air plant: evaluated
      ['workload.nodes.count=25'], // more nodes: the plant is sized anew, evaluated
      ['workload.jobs.diurnal.mean=0.7'], // the taped plant (sized at full load), other heat: evaluated, taped over
      ['designs[0].cooling.liquid.rejection.dryCooler.approach=4 K'], // the tape now holds sample 5's steps: evaluated
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
    const year = airCalls[0];
    expect(year).toBeGreaterThan(8000); // every hour but a few that repeat the previous one exactly
    expect(airCalls).toEqual([year, year, 1, year, airCalls[4], year, year]); // 1: the design-point sizing only
    expect(airCalls[4]).toBeGreaterThan(8000);
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
    // Room for about two tapes: taping a second air plant evicts the first (the oldest).
    const two = new PlantTapes(2.1 * 8761 * 14 * 8);
    const other = load(['designs[0].cooling.air.supplyAir=22 degC']);
    for (const s of [scenario, scenario, other, other]) evaluate(s, { weather, tapes: two });
    calls.count = 0;
    evaluate(scenario, { weather, tapes: two });
    expect(calls.count).toBe(first);
  });
});
