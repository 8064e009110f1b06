/**
 * Issue 12 item 11: cooling capex follows the equipment sized at the site's design point, so the same design
 * costs more to build in a hot climate than in a cold one. The bundled scenario is run with its weather file
 * changed (Phoenix, design dry bulb ~46 degC, vs Oslo, ~29 degC; both shipped EPW files) and its cooling priced per
 * equipment class (the catalogue's tag-U records): the shipped file prices the plant inside C&W's critical capacity
 * (one price per kW of IT, which no climate changes). Prices here only need to be positive for the direction.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';

const PER_CLASS = '{ chillers: catalogue:dctwin-chillers, towers: catalogue:dctwin-towers, dryCoolers: catalogue:dctwin-dry-coolers, '
  + 'crahs: catalogue:dctwin-crahs, cdus: 0 CNY/kW, pumps: catalogue:dctwin-pumps }';
const coolingCapexAt = (weather: string) => {
  const overrides = [`site.weather=weather/${weather}`, `designs[0].costs.capex.cooling=${PER_CLASS}`, `designs[1].costs.capex.cooling=${PER_CLASS}`];
  const scenario = loadScenario(resolve('scenarios/default.yaml'), { overrides }).scenario;
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
