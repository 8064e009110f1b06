/**
 * summarize(result, { componentSeries: false }) — what Monte Carlo samples use —
 * gives the summary of a full summarize bit for bit, and the same hourly
 * facility and IT power (the costs read them); only the other meters' series
 * are left out.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { simulate } from '../../sim/simulate.js';
import { summarize } from '../../sim/metrics/summary.js';
import { evaluate } from '../../sim/studies/evaluate.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

describe('summarize without component series', () => {
  for (const file of ['scenarios/minimal.yaml', 'montecarlo/physics.yaml']) {
    it(`${file}: same summary and facility/IT hours, only the IT meter's series kept`, () => {
      const scenario = loadScenario(join(FIXTURES, file)).scenario;
      const result = simulate(scenario);
      const full = summarize(result);
      const lean = summarize(result, { componentSeries: false });
      expect(JSON.stringify(lean.summary)).toBe(JSON.stringify(full.summary));
      lean.hourly.designs.forEach((d, i) => {
        const f = full.hourly.designs[i];
        expect(Object.keys(f.componentPowerW).length).toBeGreaterThan(5);
        expect(Object.keys(d.componentPowerW)).toEqual(['it']);
        expect(Array.from(d.facilityPowerW)).toEqual(Array.from(f.facilityPowerW));
        expect(Array.from(d.itPowerW)).toEqual(Array.from(f.itPowerW));
      });
      // Costs and decisions read only these: the evaluated summaries agree too.
      expect(JSON.stringify(evaluate(scenario, { componentSeries: false }).summary)).toBe(JSON.stringify(evaluate(scenario).summary));
    });
  }
});
