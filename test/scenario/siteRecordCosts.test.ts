// The tariffs: section of scenarios/sites/china-hubs.yaml and siteRecordCosts: every province of the records
// has a row, every value is cited by a key of sources: or marked assumption with a note, a table that breaks
// this is refused, Beijing's row carries the PUE surcharge tiers, and what siteRecordCosts returns validates
// as scenario costs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readSiteTable, siteTableSchema } from '../../sim/scenario/siteRecords.js';
import { siteRecordCosts } from '../../sim/scenario/siteRecordCosts.js';
import { citedValues } from '../../sim/scenario/siteTariffs.js';
import { parseScenarioText } from '../../sim/scenario/load.js';
import { shippedSiteTablePath } from '../../sim/scenario/siteRecords.js';
import { JOULES_PER_KWH } from '../../sim/units.js';

const table = readSiteTable();

describe('the shipped tariffs table (unit test of the shipped data)', () => {
  it('has a row for the province of every record', () => {
    const provinces = [...new Set(table.sites.map((s) => s.province))];
    expect(provinces.filter((p) => table.tariffs?.[p] === undefined)).toEqual([]);
  });

  it('cites every value by a key of sources:, or marks it assumption with a note on how it was chosen', () => {
    for (const [province, row] of Object.entries(table.tariffs ?? {})) {
      for (const [field, c] of citedValues(row)) {
        expect(c.source === 'assumption' || c.source in table.sources, `${province}.${field}: ${c.source}`).toBe(true);
        if (c.source === 'assumption') expect(c.note, `${province}.${field}`).toBeTruthy();
      }
    }
  });

  it('refuses a table whose tariff names an unknown source, or an assumption without a note', () => {
    const raw = parse(readFileSync(shippedSiteTablePath(), 'utf8'));
    raw.tariffs.Ningxia.energy.source = 'chinadaily-2099';
    delete raw.tariffs.Gansu.water.note;
    const issues = siteTableSchema.safeParse(raw).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      "tariffs.Ningxia.energy.source: expected a key of sources: or 'assumption', got 'chinadaily-2099'",
      'tariffs.Gansu.water.note: expected a note on how the assumed value was chosen, got none',
    ]);
  });
});

describe('siteRecordCosts', () => {
  it('Beijing: the energy price, the 2026 PUE surcharge tiers (+0.2 / +0.5 CNY/kWh on the excess) and water, each with its source', () => {
    const r = siteRecordCosts('cn-beijing');
    expect(r.currency).toBe('CNY');
    expect(r.costs).toEqual({
      energy: { flat: '0.64 CNY/kWh', pueSurcharge: { tiers: [{ above: 1.35, price: '0.2 CNY/kWh' }, { above: 2.7, price: '0.5 CNY/kWh' }], appliesTo: 'excess' } },
      water: '4.4 CNY/m^3',
    });
    expect(r.sources.map((s) => [s.input, s.source.slice(0, 30)])).toEqual([
      ['costs.energy.flat', 'assumption'],
      ['costs.energy.pueSurcharge', 'Beijing action plan for existi'],
      ['costs.water', 'assumption'],
    ]);
    expect(r.sources[1].source).toMatch(/\[Beijing, 2026\]$/);
    expect(r.sources[0].note).toMatch(/0\.088 USD\/kWh|average industrial price/);
    expect(r.greenShare).toBeUndefined();
  });

  it('a western hub: a cited cluster price with its year (Zhongwei 0.36 CNY/kWh, China Daily 2020)', () => {
    const r = siteRecordCosts('cn-yinchuan');
    expect(r.costs.energy).toEqual({ flat: '0.36 CNY/kWh' });
    expect(r.sources[0]).toEqual({ input: 'costs.energy.flat', value: '0.36 CNY/kWh', source: expect.stringMatching(/Zhongwei.*\[Ningxia, 2020\]$/) });
  });

  it('refuses an unknown record id with the closest id', () => {
    expect(() => siteRecordCosts('cn-bejing')).toThrow("site record: expected an id of scenarios/sites/china-hubs.yaml (did you mean 'cn-beijing'?), got 'cn-bejing'");
  });

  it('what it returns validates as a design\'s costs: the surcharge and prices parse in the scenario currency', () => {
    const { costs } = siteRecordCosts('cn-beijing');
    const file = 'test/fixtures/montecarlo/money.yaml';
    const { scenario } = parseScenarioText(readFileSync(file, 'utf8'), file, [
      `designs[0].costs.energy=${JSON.stringify(costs.energy)}`,
      `designs[0].costs.water=${costs.water}`,
    ]);
    const c = scenario.designs[0].costs!;
    expect(c.pueSurcharge?.appliesTo).toBe('excess');
    expect(c.pueSurcharge?.tiers.map((t) => [t.pueThresholdRatio, t.pricePerJ * JOULES_PER_KWH])).toEqual([[1.35, expect.closeTo(0.2, 12)], [2.7, expect.closeTo(0.5, 12)]]);
    expect(c.waterPricePerM3).toBeCloseTo(4.4, 12);
  });
});
