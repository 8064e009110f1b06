import { describe, expect, it } from 'vitest';
import { currencyProblems, MAX_GRID_CARBON_KG_PER_J, normalize } from '../../sim/scenario/normalize.js';
import type { ScenarioParsed } from '../../sim/scenario/schema.js';
import { JOULES_PER_KWH } from '../../sim/units.js';

describe('currencyProblems', () => {
  it('finds a price in another ISO 4217 currency anywhere in the file', () => {
    const input = {
      currency: 'CNY',
      designs: [{ costs: { energy: { flat: '0.62 CNY/kWh' }, capex: { power: '1200 USD/kW' } } }],
      uncertainty: { 'designs[0].costs.energy.flat': { low: '0.1 EUR/kWh' } },
    };
    expect(currencyProblems(input)).toEqual([
      { path: ['designs', 0, 'costs', 'capex', 'power'], text: "designs[0].costs.capex.power: expected a price in CNY (the scenario's currency), got '1200 USD/kW'" },
      {
        path: ['uncertainty', 'designs[0].costs.energy.flat', 'low'],
        text: `uncertainty["designs[0].costs.energy.flat"].low: expected a price in CNY (the scenario's currency), got '0.1 EUR/kWh'`,
      },
    ]);
  });

  it('ignores units that look like codes (MVA) and files whose currency is itself wrong', () => {
    expect(currencyProblems({ currency: 'CNY', power: { transformer: { rating: '2 MVA' } }, price: '3 CNY' })).toEqual([]);
    expect(currencyProblems({ currency: 'RMB', price: '3 USD' })).toEqual([]);
    expect(currencyProblems(null)).toEqual([]);
  });
});

describe('normalize', () => {
  const parsed = (site: Partial<ScenarioParsed['site']>) =>
    ({ name: 'x', seed: 1, currency: 'CNY', site: { name: 'X', weather: 'w', gridCarbonKgPerJ: 0.5 / JOULES_PER_KWH, controlStepS: 900, years: 1, ...site }, designs: [] }) as unknown as ScenarioParsed;

  it('adds the source and warns of nothing for ordinary values', () => {
    const { scenario, warnings } = normalize(parsed({}), { file: 'a.yaml', dir: '/d' });
    expect([scenario.file, scenario.dir, warnings]).toEqual(['a.yaml', '/d', []]);
  });

  it('warns of a control step that does not divide an hour', () => {
    expect(normalize(parsed({ controlStepS: 7 * 60 }), { file: 'a', dir: '.' }).warnings.map((w) => w.path)).toEqual([['site', 'controlStep']]);
    for (const minutes of [1, 5, 10, 15, 20, 30, 60]) {
      expect(normalize(parsed({ controlStepS: minutes * 60 }), { file: 'a', dir: '.' }).warnings).toEqual([]);
    }
  });

  it('warns of a grid emission factor above coal power, not at it', () => {
    expect(normalize(parsed({ gridCarbonKgPerJ: MAX_GRID_CARBON_KG_PER_J }), { file: 'a', dir: '.' }).warnings).toEqual([]);
    const { warnings } = normalize(parsed({ gridCarbonKgPerJ: 1.2 / JOULES_PER_KWH }), { file: 'a', dir: '.' });
    expect(warnings.map((w) => w.text)).toEqual([
      "site.gridCarbon: 1.2 kg/kWh is above coal power's 0.91 kg/kWh (IPCC AR5 WGIII Table A.III.2); is the unit g/kWh?",
    ]);
  });
});
