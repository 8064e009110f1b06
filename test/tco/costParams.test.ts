/**
 * Issue 13 item 5: sim/tco/costParams.ts states the money defaults it applies and warns when the default
 * discount rate (China's NDRC social rate) is applied to a currency its source does not cover. Unit tests.
 */
import { describe, expect, it } from 'vitest';
import { appliedDefaults, COST_DEFAULTS, discountRateWarning } from '../../sim/tco/costParams.js';
import { costsSchema } from '../../sim/scenario/schema/costs.js';

const costsIn = (currency: string, extra: Record<string, unknown> = {}) => costsSchema.parse({
  energy: { flat: `0.1 ${currency}/kWh` },
  water: `2 ${currency}/m^3`,
  maintenance: '3 %',
  capex: { power: `3400 ${currency}/kW`, cooling: `2200 ${currency}/kW`, liquidPremium: `0 ${currency}/kW`, whiteSpace: `1900 ${currency}/m^2` },
  ...extra,
});

describe('appliedDefaults', () => {
  it('lists every default taken, in edge units, with the source the costs carry', () => {
    const list = appliedDefaults(costsIn('USD', { carbonPrice: '50 USD/t' }), 'USD');
    expect(list.map((a) => a.input)).toEqual(['costs.discountRate', 'costs.horizon', 'costs.escalation', 'costs.demandCharge', 'costs.capex.it']);
    expect(list[0]).toEqual({ input: 'costs.discountRate', value: 0.08, unit: 'fraction per year', source: COST_DEFAULTS.discountRate.source });
    expect(list[3]).toMatchObject({ value: 0, unit: 'USD/kW per month' });
  });

  it('is empty when the scenario states every defaultable input', () => {
    const all = costsIn('CNY', { discountRate: '6 %', horizon: 10, escalation: '2 %', demandCharge: '40 CNY/kW', carbonPrice: '80 CNY/t', capex: {
      power: '3000 CNY/kW', cooling: '2500 CNY/kW', liquidPremium: '0 CNY/kW', whiteSpace: '12000 CNY/m^2', it: '0 CNY/kW' } });
    expect(appliedDefaults(all, 'CNY')).toEqual([]);
  });
});

describe('discountRateWarning', () => {
  it('warns for a USD scenario on the default rate, naming the field', () => {
    const w = discountRateWarning(costsIn('USD'), 'USD', 2);
    expect(w).toMatch(/^designs\[2\]\.costs\.discountRate is not set: the TCO uses 8 %/);
    expect(w).toContain('not for USD');
  });

  it('is silent for CNY (the currency the default is stated for) and when the rate is given', () => {
    expect(discountRateWarning(costsIn('CNY'), 'CNY', 0)).toBeUndefined();
    expect(discountRateWarning(costsIn('USD', { discountRate: '7 %' }), 'USD', 0)).toBeUndefined();
  });
});
