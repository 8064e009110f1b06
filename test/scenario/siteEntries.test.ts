// A scenario's `sites:` (sim/scenario/siteEntries.ts, loadSites.ts): each entry becomes one complete single-site
// scenario (record ids, overrides of `site:` defaults, the site's own currency and costs), every problem is
// reported at the file's `sites[i]` line, ids are unique, the list is bounded, and workload.latency excludes sites.
import { readSiteTable } from '../../sim/scenario/siteRecords.js';
import { recordMoney } from '../../sim/scenario/siteRecordMoney.js';
import { describe, expect, it } from 'vitest';
import { parseSitesText } from '../../sim/scenario/loadSites.js';
import { InputError } from '../../sim/errors.js';
import { JOULES_PER_KWH } from '../../sim/units.js';

const FILE = 'test/fixtures/scenarios/sites.yaml'; // not read: relative paths resolve against test/fixtures/scenarios/
const HANGZHOU_EPW = '../../../scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw';
const BODY = `workload:
  nodes: { count: 40, idlePower: 2 kW }
  jobs: { diurnal: {} }
designs:
  - id: liquid-pod
    name: Full-liquid 105 kW PoD
    racks: { type: liquid-pod, ratedPower: 105 kW }
    cooling: { liquid: { rejection: { dryCooler: { approach: 6 K } } } }
    costs: { energy: { flat: 2 CNY/kWh }, water: 4 CNY/m^3, maintenance: 3 %, capex: { power: 3000 CNY/kW, cooling: 2500 CNY/kW, liquidPremium: 0 CNY/kW, whiteSpace: 12000 CNY/m^2 } }
`;
/** A scenario with `sites` (YAML lines, each indented by 2) after a head of top-level fields. */
const scenario = (sites: string, head = '') => `name: several\ncurrency: CNY\n${head}sites:\n${sites}${BODY}`;
const load = (text: string, overrides: string[] = []) => parseSitesText(text, FILE, overrides, FILE)!;
const problems = (text: string, overrides: string[] = []) => {
  try {
    load(text, overrides);
  } catch (err) {
    if (err instanceof InputError) return err.lines;
    throw err;
  }
  throw new Error('expected an InputError');
};

describe('sites: expansion into single-site scenarios', () => {
  it('returns undefined for a scenario without sites: (a one-site scenario)', () => {
    expect(parseSitesText(`name: one\ncurrency: CNY\nsite: cn-hohhot\n${BODY}`, FILE)).toBeUndefined();
  });

  it('fills record ids and keeps the order; site: gives defaults, an entry overrides them, a record keeps its own identity', () => {
    const text = scenario(`  - cn-hohhot\n  - { record: cn-guiyang, controlStep: 30 min }\n  - { name: Test Place, weather: ${HANGZHOU_EPW}, gridCarbon: 0.1 kg/kWh, region: east }\n`,
      `site: { name: Default Name, gridCarbon: 0.9 kg/kWh, controlStep: 15 min, years: 1 }\n`);
    const { sites } = load(text);
    expect(sites.map((s) => [s.id, s.region, s.scenario.site.name])).toEqual([
      ['cn-hohhot', 'west', 'Hohhot'], ['cn-guiyang', 'west', "Guiyang (Gui'an)"], ['test-place', 'east', 'Test Place'],
    ]);
    expect(sites.map((s) => s.scenario.site.controlStepS)).toEqual([900, 1800, 900]);
    // A record's grid factor is the record's (MEE/NBS 2022 Inner Mongolia 0.6849), never the site: default's 0.9.
    expect(sites[0].scenario.site.gridCarbonKgPerJ * JOULES_PER_KWH).toBeCloseTo(0.6849, 10);
    expect(sites[2].scenario.site.gridCarbonKgPerJ * JOULES_PER_KWH).toBeCloseTo(0.1, 10);
    expect(sites[0].scenario.site.pueLimit?.pueRatio).toBe(1.25);
  });

  it("replaces the top-level and every design's money keys with a site's costs, and takes its currency", () => {
    const shanghai = '  - { record: cn-shanghai, currency: USD, costs: { energy: { flat: 0.1 USD/kWh }, water: 0.5 USD/m^3 } }\n';
    const text = scenario(`  - cn-hohhot\n  - { record: cn-guiyang, costs: { energy: { flat: 0.34 CNY/kWh } } }\n${shanghai}`, 'costs: { escalation: 2 % }\n');
    // Shanghai in USD: its energy and water replace the design's CNY ones; the design's CNY capex is the problem, only there.
    const lines = problems(text);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^test\/fixtures\/scenarios\/sites\.yaml:\d+: designs\[0\]\.costs\.capex\.\w+: expected a price in USD .*\(at sites\[2\] cn-shanghai\)$/);
    const ok = load(text.replace(shanghai, ''));
    const perKWh = (i: number) => ok.sites[i].scenario.designs[0].costs!.energyTariff.pricePerJByMonthHour[0] * JOULES_PER_KWH;
    // Hohhot writes no energy: its province row's price (0.38 CNY/kWh, China Daily 2015) replaces the design's 2.
    expect(perKWh(0)).toBeCloseTo(0.38, 10);
    expect(ok.sites[0].priceSources.map((p) => p.input)).toEqual(['costs.energy.flat', 'costs.water']);
    expect(perKWh(1)).toBeCloseTo(0.34, 10); // Guiyang's own costs: win over its row's 0.35
    expect(ok.sites[1].priceSources.map((p) => [p.input, p.source])).toEqual([['costs.water', expect.stringMatching(/assumption|Hangzhou/)], ['costs.energy', "scenario (the site entry's costs:)"]]);
  });

  it("takes Beijing's PUE surcharge from its province row, and no record price in another currency", () => {
    const ok = load(scenario('  - cn-hohhot\n  - cn-beijing\n'));
    const beijing = ok.sites.find((s) => s.id === 'cn-beijing')!;
    expect(beijing.priceSources.map((p) => p.input)).toEqual(['costs.energy.flat', 'costs.energy.pueSurcharge', 'costs.water']);
    expect(beijing.scenario.designs[0].costs!.pueSurcharge).toBeDefined();
    expect(ok.sites.find((s) => s.id === 'cn-hohhot')!.scenario.designs[0].costs!.pueSurcharge).toBeUndefined();
    const table = readSiteTable();
    const hohhot = table.sites.find((s) => s.id === 'cn-hohhot');
    expect(recordMoney(hohhot, table, undefined, 'USD')).toEqual({ costs: undefined, sources: [] }); // CNY prices are not converted
    expect(recordMoney(hohhot, table, { energy: { flat: '1 CNY/kWh' }, water: '1 CNY/m^3' }, 'CNY').sources.map((s) => s.source)).toEqual(["scenario (the site entry's costs:)", "scenario (the site entry's costs:)"]);
  });

  it('names the sites[i] path and the line of the entry in every problem', () => {
    const text = scenario(`  - cn-hohhot\n  - { name: Place, wether: x.epw, gridCarbon: 0.1 kg/kWh }\n  - { record: cn-guiyang, region: north }\n  - cn-nowhere\n`);
    const lines = problems(text);
    expect(lines).toContain(`${FILE}:5: sites[1]: unknown field 'wether' (did you mean 'weather'?)`);
    expect(lines).toContain(`${FILE}:6: sites[2].region: expected 'east' or 'west', got 'north'`);
    expect(lines.find((l) => l.startsWith(`${FILE}:7: sites[3].record: expected a site record id`))).toMatch(/got 'cn-nowhere'/);
  });

  it('refuses duplicate ids (record id, or the slug of a name) and lists outside 2 to 50 sites', () => {
    expect(problems(scenario('  - cn-hohhot\n  - { record: cn-hohhot, controlStep: 30 min }\n'))).toEqual([
      `${FILE}:5: sites[1]: expected a site not listed before (also sites[0]), got 'cn-hohhot'`,
    ]);
    expect(problems(scenario('  - cn-hohhot\n')).join('\n')).toMatch(/sites: expected a list of 2 to 50 sites .*got a list of 1 item/);
    const many = Array.from({ length: 51 }, (_, i) => `  - { record: cn-hohhot, name: P${i} }\n`).join('');
    expect(problems(scenario(many)).join('\n')).toMatch(/sites: expected a list of 2 to 50 sites .*got a list of 51 items/);
  });

  it('--set reaches an entry written as a bare record id, by index or by [id=record]', () => {
    const text = scenario('  - cn-hohhot\n  - cn-guiyang\n');
    const perKWh = (l: ReturnType<typeof load>, i: number) => l.sites[i].scenario.designs[0].costs!.energyTariff.pricePerJByMonthHour[0] * JOULES_PER_KWH;
    expect(perKWh(load(text, ['sites[1].costs.energy.flat=0.5 CNY/kWh']), 1)).toBeCloseTo(0.5, 10);
    expect(perKWh(load(text, ['sites[id=cn-hohhot].costs.energy.flat=0.2 CNY/kWh']), 0)).toBeCloseTo(0.2, 10);
  });

  it('applies --set to an entry before expanding, and reports a problem it set as from --set', () => {
    const text = scenario('  - cn-hohhot\n  - { record: cn-guiyang }\n');
    expect(load(text, ['sites[1].record=cn-yinchuan']).sites[1].id).toBe('cn-yinchuan');
    expect(problems(text, ['sites[1].controlStep=7 h'])).toEqual([expect.stringMatching(/sites\[1\]\.controlStep: expected a duration .*\(from --set\)$/)]);
  });
});

describe('workload.latency', () => {
  const text = scenario('  - cn-hangzhou\n  - cn-hohhot\n  - { name: Place, weather: ../../../scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw, gridCarbon: 0.1 kg/kWh }\n');

  it('east-only excludes west sites (not simulated, with the reason) and needs a region for every site', () => {
    expect(problems(text, ['workload.latency=east-only'])).toEqual([`${FILE}:6: sites[2].region: expected 'east' or 'west' (workload.latency is east-only), got nothing`]);
    const { sites } = load(text, ['workload.latency=east-only', 'sites[2].region=east']);
    expect(sites.map((s) => s.excluded === undefined)).toEqual([true, false, true]);
    expect(sites[1].excluded).toMatch(/east-only: a west site/);
  });

  it('refuses a latency class that excludes every site, at workload.latency (validate and run alike)', () => {
    const west = scenario('  - cn-hohhot\n  - cn-guiyang\n');
    expect(problems(west, ['workload.latency=east-only'])).toEqual([
      `${FILE}: workload.latency: expected a latency class at least one of the 2 sites can serve, got 'east-only', which excludes them all (from --set)`,
    ]);
  });

  it('any (the default) keeps every site', () => {
    expect(load(text).sites.every((s) => s.excluded === undefined)).toBe(true);
  });
});
