// Tests sim/scenario/schema/costs.ts (kept under test/tco/, the money owner's test folder).
import { describe, expect, it } from 'vitest';
import { costCurrencies, costsSchema, uncertaintySchema } from '../../sim/scenario/schema/costs.js';
import { tariffPricePerJ } from '../../sim/tco/tariff.js';
import { COST_DEFAULTS } from '../../sim/tco/costParams.js';
import { JOULES_PER_KWH } from '../../sim/units.js';

const minimal = {
  energy: { flat: '0.62 CNY/kWh' },
  water: '4.1 CNY/m^3',
  maintenance: '3 %',
  capex: { power: '3000 CNY/kW', cooling: '2500 CNY/kW', liquidPremium: '0 CNY/kW', whiteSpace: '12000 CNY/m^2' },
};

const issues = (raw: unknown) => {
  const r = costsSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('costsSchema', () => {
  it('converts prices to SI (per J, per W, per m^3, per kg, per m^2) and applies cited defaults', () => {
    const c = costsSchema.parse({ ...minimal, demandCharge: '40 CNY/kW', carbonPrice: '80 CNY/t', escalation: '3 %' });
    expect(tariffPricePerJ(c.energyTariff, 7, 14)).toBeCloseTo(0.62 / JOULES_PER_KWH, 20);
    expect(c.demandPricePerWMonth).toBeCloseTo(0.04, 12);
    expect(c.carbonPricePerKg).toBeCloseTo(0.08, 12);
    expect(c.waterPricePerM3).toBe(4.1);
    expect(c.maintenanceShare).toBeCloseTo(0.03, 12);
    expect(c.escalation).toBeCloseTo(0.03, 12);
    expect(c.capex).toEqual({
      powerPricePerW: 3,
      cooling: { kind: 'single', pricePerW: 2.5 },
      liquidPremiumPricePerW: 0,
      whiteSpacePricePerM2: 12000,
      itPricePerW: 0,
    });
    expect(c.discountRate).toBe(COST_DEFAULTS.discountRate.value);
    expect(c.horizonYears).toBe(5);
    expect(c.sources.discountRate).toMatch(/Economic Evaluation of Construction Projects/);
    expect(c.sources.escalation).toBe('scenario');
    expect(c.sources['capex.it']).toBe(COST_DEFAULTS.itCapex.source);
  });

  it('reads a time-of-use tariff with months and a split cooling price', () => {
    const c = costsSchema.parse({
      ...minimal,
      energy: {
        timeOfUse: [
          { name: 'peak', hours: '8-11,13-17', price: '1.0 CNY/kWh' },
          { name: 'flat', hours: '11-13,17-22', price: '0.62 CNY/kWh' },
          { name: 'valley', hours: '22-8', price: '0.3 CNY/kWh' },
        ],
      },
      capex: { ...minimal.capex, cooling: { air: '4000 CNY/kW', liquid: '2000 CNY/kW' } },
    });
    expect(tariffPricePerJ(c.energyTariff, 1, 9) * JOULES_PER_KWH).toBeCloseTo(1.0, 12);
    expect(tariffPricePerJ(c.energyTariff, 1, 3) * JOULES_PER_KWH).toBeCloseTo(0.3, 12);
    expect(c.capex.cooling).toEqual({ kind: 'split', airPricePerW: 4, liquidPricePerW: 2 });
    expect(Object.keys(c.priceCurrencies)).toContain('energy.timeOfUse[2].price');
  });

  it('lists every currency used so normalize can compare it with the scenario currency', () => {
    const c = costsSchema.parse({ ...minimal, water: '0.6 USD/m^3' });
    expect(costCurrencies(c)).toEqual(['CNY', 'USD']);
    expect(c.priceCurrencies.water).toBe('USD');
  });

  it('reports each problem at its path', () => {
    expect(issues({ ...minimal, energy: {} })).toEqual(['energy: expected exactly one of flat or timeOfUse, got neither']);
    expect(issues({ ...minimal, energy: { timeOfUse: [{ hours: '0-12', price: '1 CNY/kWh' }] } })).toEqual([
      'energy.timeOfUse: expected periods covering every hour of every month, got no price for month 1 hour 12, month 1 hour 13, month 1 hour 14 and 141 more',
    ]);
    expect(issues({ ...minimal, carbonPrice: '80 CNY/ton' })).toEqual([
      "carbonPrice: expected a price per tonne like '80 CNY/t' ('ton' is the 907 kg short ton), got '80 CNY/ton'",
    ]);
    expect(issues({ ...minimal, capex: { ...minimal.capex, cooling: { air: '4000 CNY/kW' } } })[0]).toMatch(/^capex\.cooling\.liquid: /);
    expect(issues({ ...minimal, maintenance: undefined })[0]).toMatch(/^maintenance: /);
    expect(issues({ ...minimal, horizon: 0 })).toEqual(['horizon: expected a whole number between 1 and 50, got 0']);
  });

  it('parses per-equipment cooling prices (per W), each with its currency path', () => {
    const cooling = { chillers: '5000 CNY/kW', dryCoolers: '3000 CNY/kW', cdus: '0 CNY/kW', pumps: '30000 CNY/kW' };
    const c = costsSchema.parse({ ...minimal, capex: { ...minimal.capex, cooling } });
    expect(c.capex.cooling).toEqual({ kind: 'perEquipment', pricePerWByEquipment: { chillers: 5, dryCoolers: 3, cdus: 0, pumps: 30 } });
    expect(c.priceCurrencies['capex.cooling.pumps']).toBe('CNY');
    expect(issues({ ...minimal, capex: { ...minimal.capex, cooling: { chiller: '5000 CNY/kW' } } })[0]).toMatch(/^capex\.cooling: .*chiller/);
  });

  it('rejects unknown keys (a typo must not fall back to a default)', () => {
    const r = costsSchema.safeParse({ ...minimal, discountrate: '6 %' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['discountrate'] });
  });
});

describe('uncertaintySchema', () => {
  it('parses a map of paths to distributions', () => {
    const u = uncertaintySchema.parse({
      'designs[0].costs.energy.flat': { triangular: ['0.5 CNY/kWh', '0.62 CNY/kWh', '0.8 CNY/kWh'] },
      'site.gridCarbon': { uniform: ['0.5 kg/kWh', '0.6 kg/kWh'] },
    });
    expect(Object.keys(u)).toEqual(['designs[0].costs.energy.flat', 'site.gridCarbon']);
    expect(u['site.gridCarbon'].unit).toBe('kg/kWh');
  });

  it('reports an unknown distribution and a bad path at their keys', () => {
    const r = uncertaintySchema.safeParse({ 'designs[0].costs.energy.flat': { gaussian: { mean: 1, sd: 1 } }, 'site..x': { uniform: [0, 1] } });
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['designs[0].costs.energy.flat'], "expected one of uniform, triangular, normal, lognormal, got 'gaussian'"],
      [['site..x'], "expected a scenario path like 'designs[0].costs.energy.flat' or 'designs[*].costs.energy.flat', got 'site..x'"],
    ]);
  });
});
