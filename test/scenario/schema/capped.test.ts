/**
 * Upper bounds on money, carbon and rate fields (issue 10, item 9): a finite
 * but absurd value is a field error with its line, never an overflow later.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../sim/scenario/load.js';
import { cappedPrice, cappedQuantity, GRID_CARBON_CAP, PRICE_CAPS } from '../../../sim/scenario/schema/capped.js';
import { JOULES_PER_KWH } from '../../../sim/units.js';
import { inputErrorLines } from '../../studies/sweep/inputErrorLines.js';

const FILE = 'test/fixtures/scenarios/minimal.yaml';
const TEXT = readFileSync(FILE, 'utf8');

const linesOf = inputErrorLines;

describe('capped fields', () => {
  it('gridCarbon: 1e308 kg/kWh is a field error with file and line', () => {
    const text = TEXT.replace('gridCarbon: 0.5703 kg/kWh', 'gridCarbon: 1e308 kg/kWh');
    const line = text.split('\n').findIndex((l) => l.includes('1e308')) + 1;
    expect(linesOf(() => parseScenarioText(text, FILE))).toEqual([
      `${FILE}:${line}: site.gridCarbon: expected an emission factor of at most 5 kg/kWh (is the unit g/kWh?), got '1e308 kg/kWh'`,
    ]);
  });

  it('accepts a value at the cap and rejects one above it', () => {
    const carbon = cappedQuantity('kg/J', { min: 0 }, GRID_CARBON_CAP);
    expect(carbon.parse('5 kg/kWh')).toBeCloseTo(5 / JOULES_PER_KWH, 20);
    expect(carbon.safeParse('5001 g/kWh').success).toBe(false);
    // The lower bound keeps its own message.
    expect(carbon.safeParse('-1 kg/kWh').error?.issues[0].message).toBe("expected an emission factor with a unit like '0.58 kg/kWh' of at least 0 kg/J, got '-1 kg/kWh'");
    const energy = cappedPrice('J', PRICE_CAPS.energy);
    expect(energy.parse('100000 CNY/kWh').amount).toBeCloseTo(1e5 / JOULES_PER_KWH, 12);
    expect(energy.safeParse('100001 CNY/kWh').error?.issues[0].message).toBe("expected a price of at most 100000 CNY/kWh, got '100001 CNY/kWh'");
    expect(energy.safeParse('1e308 USD/MWh').error?.issues[0].message).toBe("expected a price of at most 100000 USD/kWh, got '1e308 USD/MWh'");
  });

  it('caps every price of a costs block, in the unit it is written in', () => {
    const costs = [
      '    costs:',
      '      energy: { flat: 1e308 CNY/kWh }',
      '      water: 2e6 CNY/m^3',
      '      maintenance: 3 %',
      '      demandCharge: 2e7 CNY/kW',
      '      carbonPrice: 1e9 CNY/t',
      '      capex: { power: 1e12 CNY/kW, cooling: { air: 1 CNY/kW, liquid: 1e12 CNY/kW }, liquidPremium: 0 CNY/kW, whiteSpace: 1e11 CNY/m^2 }',
    ].join('\n');
    const text = `${TEXT.trimEnd()}\n${costs}\n`;
    const lines = linesOf(() => parseScenarioText(text, FILE)).map((l) => l.replace(/^[^:]+:\d+: /, ''));
    expect(lines).toEqual([
      "designs[0].costs.energy.flat: expected a price of at most 100000 CNY/kWh, got '1e308 CNY/kWh'",
      "designs[0].costs.water: expected a price of at most 1000000 CNY/m^3, got '2e6 CNY/m^3'",
      "designs[0].costs.demandCharge: expected a price of at most 10000000 CNY/kW, got '2e7 CNY/kW'",
      "designs[0].costs.carbonPrice: expected a price of at most 100000000 CNY/t, got '1e9 CNY/t'",
      "designs[0].costs.capex.power: expected a price of at most 100000000000 CNY/kW, got '1e12 CNY/kW'",
      "designs[0].costs.capex.cooling.liquid: expected a price of at most 100000000000 CNY/kW, got '1e12 CNY/kW'",
      "designs[0].costs.capex.whiteSpace: expected a price of at most 10000000000 CNY/m^2, got '1e11 CNY/m^2'",
    ]);
  });

  it('caps the Poisson arrival rate', () => {
    const text = TEXT.replace('jobs: { diurnal: {} }', 'jobs: { poisson: { rate: 1e308 /h } }');
    expect(linesOf(() => parseScenarioText(text, FILE)).map((l) => l.replace(/^[^:]+:\d+: /, ''))).toEqual([
      "workload.jobs.poisson.rate: expected a rate of at most 36000 /h, got '1e308 /h'",
    ]);
  });
});
