// Tests sim/scenario/schema/tariffs.ts through costsSchema, and the exit-2 messages of `dctwin validate`.
import { describe, expect, it } from 'vitest';
import { costCurrencies, costsSchema } from '../../sim/scenario/schema/costs.js';
import { main } from '../../sim/cli/main.js';
import { JOULES_PER_KWH } from '../../sim/units.js';
import { fakeIo } from '../cli/fakeIo.js';

const minimal = {
  energy: { flat: '0.62 CNY/kWh' },
  water: '4.1 CNY/m^3',
  maintenance: '3 %',
  capex: { power: '3000 CNY/kW', cooling: '2500 CNY/kW', liquidPremium: '0 CNY/kW', whiteSpace: '12000 CNY/m^2' },
};
const beijing = { tiers: [{ above: 1.35, price: '0.2 CNY/kWh' }, { above: 2.7, price: '0.5 CNY/kWh' }], appliesTo: 'excess' };

const issues = (raw: unknown) => {
  const r = costsSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('tariff structure in costs', () => {
  it('reads a demand charge by maximum demand and by transformer capacity (per W / per VA per month)', () => {
    const byDemand = costsSchema.parse({ ...minimal, demandCharge: { maxDemand: '40 CNY/kW' } });
    expect(byDemand.demandCharge).toEqual({ basis: 'maxDemand', pricePerWMonth: 0.04 });
    expect(byDemand.demandPricePerWMonth).toBe(0);
    const byKva = costsSchema.parse({ ...minimal, demandCharge: { transformerCapacity: '30 CNY/kVA' } });
    expect(byKva.demandCharge).toEqual({ basis: 'transformerCapacity', pricePerVAMonth: 0.03 });
    expect(byKva.priceCurrencies.demandCharge).toBe('CNY');
  });

  it('keeps the scalar demand charge as before (per kW of the year\'s peak)', () => {
    const c = costsSchema.parse({ ...minimal, demandCharge: '40 CNY/kW' });
    expect(c.demandPricePerWMonth).toBeCloseTo(0.04, 12);
    expect(c.demandCharge).toBeUndefined();
  });

  it('reads the power-factor adjustment and the PUE surcharge inside energy', () => {
    const c = costsSchema.parse({ ...minimal, energy: { flat: '0.62 CNY/kWh', powerFactorAdjustment: 'china-1983', pueSurcharge: beijing } });
    expect(c.powerFactorAdjustment).toBe('china-1983');
    expect(c.pueSurcharge?.appliesTo).toBe('excess');
    expect(c.pueSurcharge?.tiers.map((t) => t.pueThresholdRatio)).toEqual([1.35, 2.7]);
    expect(c.pueSurcharge?.tiers[1].pricePerJ).toBeCloseTo(0.5 / JOULES_PER_KWH, 20);
    expect(c.priceCurrencies['energy.pueSurcharge.tiers[1].price']).toBe('CNY');
    expect(c.sources['energy.powerFactorAdjustment']).toMatch(/1983.*0\.90.*power\.transformer\.powerFactor/);
    expect(c.sources['energy.pueSurcharge']).toMatch(/simulated annual PUE/);
    expect(costsSchema.parse(minimal).sources['energy.pueSurcharge']).toBeUndefined();
  });

  it('a surcharge in another currency is caught by the currency check', () => {
    const c = costsSchema.parse({ ...minimal, energy: { flat: '0.62 CNY/kWh', pueSurcharge: { tiers: [{ above: 1.35, price: '0.03 USD/kWh' }], appliesTo: 'all' } } });
    expect(costCurrencies(c)).toEqual(['CNY', 'USD']);
  });

  it('reports each problem at its path with what was expected and what was found', () => {
    expect(issues({ ...minimal, demandCharge: { transformerCapacity: '30 CNY/kW' } })).toEqual([
      "demandCharge.transformerCapacity: expected a price per kVA of installed transformer capacity like '30 CNY/kVA', got '30 CNY/kW'",
    ]);
    // before: accepted and charged per kW of the year's peak (mathjs converts kVA to kW silently)
    expect(issues({ ...minimal, demandCharge: '30 CNY/kVA' })).toEqual([
      "demandCharge: expected a price per kW of the year's peak (per kVA: { transformerCapacity: '30 CNY/kVA' }) like '40 CNY/kW', got '30 CNY/kVA'",
    ]);
    expect(issues({ ...minimal, demandCharge: { maxDemand: '40 CNY/kW', transformerCapacity: '30 CNY/kVA' } })).toEqual([
      'demandCharge: expected exactly one of maxDemand or transformerCapacity, got both',
    ]);
    expect(issues({ ...minimal, energy: { flat: '0.62 CNY/kWh', pueSurcharge: { ...beijing, tiers: [beijing.tiers[1], beijing.tiers[0]] } } })).toEqual([
      'energy.pueSurcharge.tiers.1.above: expected tiers in ascending order of above, got 1.35 after 2.7',
    ]);
    expect(issues({ ...minimal, energy: { flat: '0.62 CNY/kWh', pueSurcharge: { ...beijing, tiers: [{ above: 0.9, price: '0.2 CNY/kWh' }] } } })).toEqual([
      'energy.pueSurcharge.tiers.0.above: expected a PUE between 1 and 10, got 0.9',
    ]);
    expect(issues({ ...minimal, energy: { flat: '0.62 CNY/kWh', powerFactorAdjustment: 'china' } })[0]).toMatch(/^energy\.powerFactorAdjustment: /);
  });
});

describe('dctwin validate with a bad tariff', () => {
  it('exits 2 naming the field, what was expected and what was found', async () => {
    const io = fakeIo();
    const code = await main(['validate', 'scenarios/default.yaml', '--set', 'designs[0].costs.demandCharge.transformerCapacity=30 CNY/kW'], io);
    expect(code).toBe(2);
    expect(io.err()).toContain("designs[0].costs.demandCharge.transformerCapacity: expected a price per kVA of installed transformer capacity like '30 CNY/kVA', got '30 CNY/kW'");
  });
});
