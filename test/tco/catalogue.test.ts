// Tests sim/tco/catalogue/ (records, conversion) and sim/scenario/schema/costCatalogue.ts (picking, ranges).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolve } from 'node:path';
import { CATALOGUE } from '../../sim/tco/catalogue/entries.js';
import { catalogueEntry, convertEntry } from '../../sim/tco/catalogue/pick.js';
import { costsSchema } from '../../sim/scenario/schema/costs.js';
import { checkPickedCurrencies, withCatalogueRanges } from '../../sim/scenario/schema/costCatalogue.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from '../cli/fakeIo.js';
import type { CostInput } from '../../sim/tco/costParams.js';

const settings = {
  costYear: 2025,
  escalation: '5.5 %',
  escalationSource: 'T&T DCCI 2025-2026',
  exchangeRates: { USD: { rate: '7.2734 CNY', source: 'FRED EXCHUS, Feb 2025' } },
};
const costs = (capex: Record<string, unknown>, catalogue: unknown = settings) => ({
  energy: { flat: '0.62 CNY/kWh' },
  water: '4.1 CNY/m^3',
  maintenance: '3 %',
  catalogue,
  capex: { power: '3000 CNY/kW', cooling: '2500 CNY/kW', liquidPremium: '0 CNY/kW', whiteSpace: '12000 CNY/m^2', ...capex },
});
const issues = (raw: unknown) => {
  const r = costsSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('cost catalogue records', () => {
  it.each(CATALOGUE.map((e) => [e.id, e] as const))('%s is well-formed (fields, low <= value <= high, source or tag U)', (_, e) => {
    expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(e.currency).toMatch(/^[A-Z]{3}$/);
    expect(['kW', 'm^2']).toContain(e.per);
    expect(e.costYear).toBeGreaterThanOrEqual(2000);
    expect(e.region.length).toBeGreaterThan(0);
    expect(e.scope.length).toBeGreaterThan(20);
    expect(e.low).toBeLessThanOrEqual(e.value);
    expect(e.value).toBeLessThanOrEqual(e.high);
    expect(e.low).toBeGreaterThanOrEqual(0);
    if (e.tag === 'U') expect(e.source).toMatch(/^assumption: .{20,}/);
    else expect(e.source).toMatch(/https?:\/\/\S+/); // a cited record names where to read it
    if (e.tag !== 'U') expect(e.source).toMatch(/pp?\. \d/); // and its page
  });
  it('ids are unique', () => {
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
  });
  it('the derived Cushman & Wakefield records are 53 % of the guide figures (hand values, C&W 2025 pp. 6-9)', () => {
    const all = catalogueEntry('cw-2025-construction')!;
    const critical = catalogueEntry('cw-2025-critical-capacity')!;
    expect([all.low, all.value, all.high]).toEqual([9300, 11700, 15000]);
    expect(critical.value).toBeCloseTo(0.53 * 11700, 6);
    expect([critical.low, critical.high]).toEqual([0.53 * 9300, 0.53 * 15000]);
  });
});

describe('convertEntry (escalation and currency, hand values)', () => {
  const entry = catalogueEntry('cw-2025-critical-capacity')!;
  it('6201 USD/kW at 2024 prices -> 2025 at 5.5 %/yr and 7.2734 CNY/USD = 47,582.98 CNY/kW', () => {
    const c = convertEntry(entry, { costYear: 2025, escalation: 0.055, exchangeFactor: 7.2734, currency: 'CNY' });
    expect(c.escalationFactor).toBeCloseTo(1.055, 12);
    expect(c.price).toBeCloseTo(6201 * 1.055 * 7.2734, 6);
    expect(c.price).toBeCloseTo(47582.98, 1);
    expect(c.lowPrice).toBeCloseTo(4929 * 1.055 * 7.2734, 6);
    expect(c.highPrice).toBeCloseTo(7950 * 1.055 * 7.2734, 6);
  });
  it('two years at 3 % compound (1.0609); no cost year keeps the record\'s own year', () => {
    expect(convertEntry(entry, { costYear: 2026, escalation: 0.03, exchangeFactor: 1, currency: 'USD' }).price).toBeCloseTo(6201 * 1.0609, 6);
    const kept = convertEntry(entry, { escalation: 0.03, exchangeFactor: 1, currency: 'USD' });
    expect([kept.price, kept.costYear]).toEqual([6201, 2024]);
  });
});

describe('convertEntry properties', () => {
  it('keeps low <= price <= high and is linear in both factors; n years at e compound as (1 + e)^n', () => {
    fc.assert(fc.property(
      fc.constantFrom(...CATALOGUE), fc.double({ min: -0.2, max: 0.3, noNaN: true }), fc.double({ min: 0.01, max: 200, noNaN: true }), fc.integer({ min: 0, max: 10 }),
      (entry, escalation, exchangeFactor, years) => {
        const c = convertEntry(entry, { costYear: entry.costYear + years, escalation, exchangeFactor, currency: 'XXX' });
        expect(c.lowPrice).toBeLessThanOrEqual(c.price * (1 + 1e-12));
        expect(c.price).toBeLessThanOrEqual(c.highPrice * (1 + 1e-12));
        expect(c.price).toBeCloseTo(entry.value * (1 + escalation) ** years * exchangeFactor, 6);
      },
    ));
  });
});

describe('picking catalogue records in costs.capex', () => {
  it('a picked line gets the converted price, its source, tag, basis and range', () => {
    const c = costsSchema.parse(costs({ power: 'catalogue:cw-2025-critical-capacity' }));
    expect(c.capex.powerPricePerW).toBeCloseTo((6201 * 1.055 * 7.2734) / 1000, 9);
    const power = c.inputs!.find((i) => i.line === 'capex.power')!;
    expect(power).toMatchObject({ entry: 'cw-2025-critical-capacity', tag: 'P', unit: 'CNY/kW' });
    expect(power.source).toMatch(/Cushman & Wakefield.*pp\. 6-9/);
    expect(power.basis).toMatch(/6201 USD\/kW at 2024 prices x 1\.0550 escalation 2024->2025 at 5\.5 %\/yr \(T&T DCCI 2025-2026\) x 7\.2734 CNY\/USD \(FRED EXCHUS, Feb 2025\)/);
    expect(power.lowPrice).toBeCloseTo(4929 * 1.055 * 7.2734, 6);
    expect(c.inputs!.find((i) => i.line === 'capex.whiteSpace')).toEqual({ line: 'capex.whiteSpace', price: 12000, unit: 'CNY/m^2', source: 'assumption' });
  });
  it('per-equipment cooling prices pick records one class at a time', () => {
    const c = costsSchema.parse(costs({ cooling: { chillers: 'catalogue:dctwin-chillers', towers: '1000 CNY/kW' } }));
    expect(c.capex.cooling).toEqual({ kind: 'perEquipment', pricePerWByEquipment: { chillers: 5, towers: 1 } });
    expect(c.inputs!.map((i) => [i.line, i.source.slice(0, 10)])).toContainEqual(['capex.cooling.chillers', 'assumption']);
  });
  it('a misspelt id is refused at its field, listing the closest ids', () => {
    expect(issues(costs({ power: 'catalogue:cw-2025-critcal-capacity' }))).toEqual([
      "capex.power: expected a cost catalogue record id (closest: cw-2025-critical-capacity, cw-2025-cooling-in-critical-capacity, cw-2025-construction), got 'cw-2025-critcal-capacity'",
    ]);
  });
  it('a record priced per kW cannot price white space per m^2', () => {
    expect(issues(costs({ whiteSpace: 'catalogue:cw-2025-white-space-buildout' }))).toEqual([
      "capex.whiteSpace: expected a record priced per m^2 for capex.whiteSpace, got 'cw-2025-white-space-buildout' priced per kW",
    ]);
  });
  it('a USD record in a CNY scenario without an exchange rate is refused at the scenario level', () => {
    const c = costsSchema.parse(costs({ power: 'catalogue:cw-2025-critical-capacity' }, { costYear: 2024 }));
    const found: Array<{ path?: PropertyKey[]; message: string }> = [];
    checkPickedCurrencies({ currency: 'CNY', designs: [{ costs: c }] }, { addIssue: (i: never) => found.push(i) } as never);
    expect(found.map((i) => `${i.path!.join('.')}: ${i.message}`)).toEqual([
      "designs.0.costs.capex.power: expected catalogue record 'cw-2025-critical-capacity' in CNY (the scenario's currency): add costs.catalogue.exchangeRates.USD: { rate: '<CNY per USD> CNY', source: '...' }, got USD",
    ]);
  });
  it('`dctwin validate` exits 2 naming the field and the close ids', async () => {
    const io = fakeIo();
    const code = await main(['validate', 'scenarios/default.yaml', '--set', 'designs[0].costs.capex.power=catalogue:cw-2025-critcal'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/designs\[0\]\.costs\.capex\.power.*expected a cost catalogue record id \(closest: [^)]*cw-2025-critical-capacity/);
  });
});

describe('catalogue ranges as default uncertainty', () => {
  const inputs: CostInput[] = [
    { line: 'capex.power', price: 10, unit: 'CNY/kW', source: 's', entry: 'x', lowPrice: 8, highPrice: 13 },
    { line: 'capex.whiteSpace', price: 5, unit: 'CNY/m^2', source: 'assumption' },
  ];
  it('each picked line with a range becomes triangular [low, value, high] in its unit, one shared draw per record; the scenario block wins', () => {
    const own = { distribution: { kind: 'uniform' as const, min: 1, max: 2 }, unit: 'CNY/kW' };
    const triangular = { distribution: { kind: 'triangular', min: 8, mode: 10, max: 13 }, unit: 'CNY/kW' };
    const ranges = withCatalogueRanges({ designs: [{ costs: { inputs } }, {}, { costs: { inputs } }] });
    expect(Object.keys(ranges)).toEqual(['designs[0].costs.capex.power', 'designs[2].costs.capex.power']);
    expect(ranges['designs[0].costs.capex.power']).toMatchObject(triangular);
    // the same record picked by two designs: one market price, drawn once per sample for both
    expect(ranges['designs[0].costs.capex.power'].shared).toBeDefined();
    expect(ranges['designs[2].costs.capex.power'].shared).toBe(ranges['designs[0].costs.capex.power'].shared);
    expect(withCatalogueRanges({ designs: [{ costs: { inputs } }], uncertainty: { 'designs[0].costs.capex.power': own } })).toEqual({ 'designs[0].costs.capex.power': own });
  });
  it("ranges: none leaves a picked line certain", () => {
    const c = costsSchema.parse(costs({ power: 'catalogue:cw-2025-critical-capacity' }, { ...settings, ranges: 'none' }));
    expect(withCatalogueRanges({ designs: [{ costs: c }] })).toEqual({});
  });
});

describe('scenarios/default.yaml (issue 13 item 1: placeholder prices)', () => {
  it('every capex line of every design cites a catalogue record, converted to CNY', () => {
    const { scenario } = loadScenario(resolve('scenarios/default.yaml'));
    for (const d of scenario.designs) {
      const inputs = d.costs?.inputs ?? [];
      expect(inputs.length, d.id).toBeGreaterThanOrEqual(4);
      for (const i of inputs) {
        expect(i.entry, `${d.id} ${i.line}`).toBeDefined();
        expect(i.unit.startsWith('CNY/'), `${d.id} ${i.line}`).toBe(true);
      }
    }
  });
  it("its picked records' ranges are the Monte Carlo inputs (no uncertainty: block in the file)", () => {
    const { scenario } = loadScenario(resolve('scenarios/default.yaml'));
    expect(scenario.uncertainty).toBeUndefined();
    expect(Object.keys(withCatalogueRanges(scenario)).sort()).toEqual([0, 1].flatMap((k) =>
      ['liquidPremium', 'power', 'whiteSpace'].map((l) => `designs[${k}].costs.capex.${l}`)).sort());
  });
});
