/**
 * The cluster series replay (simulate's options.cluster): a run that replays the
 * recorded cluster state of an earlier run with the same workload, seed, control
 * step and length gives exactly the numbers of a full run, also when the design
 * inputs differ; a series recorded for another workload or seed is refused.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { simulate, type SimulationResult } from '../../sim/simulate.js';
import { evaluate } from '../../sim/studies/evaluate.js';
import { loadWeather } from '../../sim/models/climate/weather.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const load = (file: string, overrides: string[] = []) => loadScenario(join(FIXTURES, file), { overrides }).scenario;

/** A digest of every meter of every design, bit for bit. */
function meters(r: SimulationResult): string {
  const hash = createHash('sha256');
  for (const d of r.designs) {
    for (const a of [d.energyJ, d.hourlyEnergyJ, d.waterLByHour, d.chillerSByHour, d.freeSByHour, d.clampedByHour]) {
      hash.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    }
  }
  return hash.digest('hex');
}

describe('simulate with a recorded cluster series', () => {
  // minimal.yaml: 15-minute control steps, interpolated weather; physics.yaml: hourly.
  for (const file of ['scenarios/minimal.yaml', 'montecarlo/physics.yaml']) {
    it(`${file}: replaying gives bit-identical meters and summary, for the same and for changed design inputs`, () => {
      const scenario = load(file);
      const weather = loadWeather(scenario.site.weather);
      const full = simulate(scenario, { weather });
      expect(full.cluster.computePowerW.length).toBe(Math.round((full.hours * 3600) / scenario.site.controlStepS));
      const replayed = simulate(scenario, { weather, cluster: full.cluster });
      expect(meters(replayed)).toBe(meters(full));
      expect(replayed.jobs).toEqual(full.jobs);

      // A different dry cooler: the design changes, the cluster does not.
      const changed = load(file, ['designs[0].cooling.liquid.rejection.dryCooler.approach=9 K']);
      const changedFull = evaluate(changed, { weather });
      const changedReplay = evaluate(changed, { weather, cluster: full.cluster });
      expect(meters(changedReplay.result)).toBe(meters(changedFull.result));
      expect(meters(changedFull.result)).not.toBe(meters(full));
      expect(JSON.stringify(changedReplay.summary)).toBe(JSON.stringify(changedFull.summary));
    });
  }

  it('refuses a series recorded for another workload, seed or control step', () => {
    const scenario = load('montecarlo/physics.yaml');
    const weather = loadWeather(scenario.site.weather);
    const { cluster } = simulate(scenario, { weather });
    expect(() => simulate(scenario, { weather, cluster, seed: scenario.seed + 1 })).toThrow(RangeError);
    const moreNodes = load('montecarlo/physics.yaml', ['workload.nodes.count=21']);
    expect(() => simulate(moreNodes, { weather, cluster })).toThrow(/another workload, seed, control step or length/);
    const finerSteps = load('montecarlo/physics.yaml', ['site.controlStep=30 min']);
    expect(() => simulate(finerSteps, { weather, cluster })).toThrow(RangeError);
  });
});
