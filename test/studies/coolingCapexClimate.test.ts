/**
 * Issue 12 item 11: cooling capex follows the equipment sized at the site's design point, so the same design
 * costs more to build in a hot climate than in a cold one. The bundled scenario is run unchanged except for its
 * weather file (Phoenix, design dry bulb ~46 degC, vs Oslo, ~29 degC; both shipped EPW files).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';

const coolingCapexAt = (weather: string) => {
  const scenario = loadScenario(resolve('scenarios/default.yaml'), { overrides: [`site.weather=weather/${weather}`] }).scenario;
  return evaluate(scenario).summary.designs.map((d) => ({ id: d.id, coolingCapex: d.tco!.lines.coolingCapex }));
};

describe('cooling capex follows the sized equipment (direction test)', () => {
  it('each design of the default scenario costs more to cool-build in Phoenix than in Oslo', () => {
    const hot = coolingCapexAt('USA_AZ_Phoenix-Sky.Harbor.Intl.AP.722780_TMY3.epw');
    const cold = coolingCapexAt('NOR_OS_Oslo.Blindern.014920_TMYx.2007-2021.epw');
    hot.forEach((h, i) => {
      expect(h.id).toBe(cold[i].id);
      expect(h.coolingCapex, h.id).toBeGreaterThan(cold[i].coolingCapex * 1.01);
    });
  });
});
