/**
 * Per-equipment cooling prices must price every class the design's plant installs (sim/scenario/schema/costs.ts,
 * checkCoolingPricesCover): an unpriced class is a field error naming the class, never a silent 0.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../sim/scenario/load.js';
import { inputErrorLines } from '../studies/sweep/inputErrorLines.js';

const FILE = 'test/fixtures/scenarios/minimal.yaml';
const TEXT = readFileSync(FILE, 'utf8');
const withCooling = (cooling: string) => [
  TEXT.trimEnd(),
  '    costs:',
  '      energy: { flat: 0.6 CNY/kWh }',
  '      water: 4 CNY/m^3',
  '      maintenance: 3 %',
  `      capex: { power: 1 CNY/kW, cooling: ${cooling}, liquidPremium: 0 CNY/kW, whiteSpace: 1 CNY/m^2 }`,
  '',
].join('\n');

describe('per-equipment cooling prices cover the installed classes', () => {
  it('a liquid plant (dry coolers, no trim chiller) without a dry-cooler price: error at the missing class', () => {
    const lines = inputErrorLines(() => parseScenarioText(withCooling('{ cdus: 0 CNY/kW, pumps: 1 CNY/kW }'), FILE)).map((l) => l.replace(/^[^:]+:\d+: /, ''));
    expect(lines).toEqual([
      'designs[0].costs.capex.cooling.dryCoolers: expected a price for dryCoolers (this design\'s cooling installs dryCoolers, cdus, pumps), got none',
    ]);
  });

  it('prices for classes the plant does not install are accepted (a shared price list)', () => {
    const text = withCooling('{ chillers: 1 CNY/kW, towers: 1 CNY/kW, dryCoolers: 1 CNY/kW, cdus: 0 CNY/kW, pumps: 1 CNY/kW }');
    expect(parseScenarioText(text, FILE).scenario.designs[0].costs?.capex.cooling.kind).toBe('perEquipment');
  });
});
