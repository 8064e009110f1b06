/**
 * Issue 13 item 2 in the scenario file: the top-level costs: block every design
 * inherits, shared: draw groups, correlations:, and the JSON Schema editors get
 * for the uncertainty: block (every distribution with its parameters).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../sim/scenario/load.js';
import { uncertaintySchema } from '../../../sim/scenario/schema/uncertainty.js';
import { scenarioJsonSchema } from '../../../sim/scenario/schema.js';
import { JOULES_PER_KWH } from '../../../sim/units.js';
import { tariffPricePerJ } from '../../../sim/tco/tariff.js';
import { inputErrorLines } from '../../studies/sweep/inputErrorLines.js';

const FILE = 'test/fixtures/montecarlo/shared-price.yaml';
const TEXT = readFileSync(FILE, 'utf8');
const PRICE_LINE = '      energy: { flat: 0.62 CNY/kWh }\n';
const siteCosts = (costs: string) => TEXT.replace('currency: CNY', `currency: CNY\ncosts:\n${costs}`).replace(PRICE_LINE, '');

describe('top-level costs: block', () => {
  it('every design with a costs: block inherits the keys it does not set; its own key wins', () => {
    const text = siteCosts('  energy: { flat: 0.5 CNY/kWh }\n  discountRate: 6 %').replace('<<: *costs\n', '<<: *costs\n      discountRate: 9 %\n');
    const { scenario } = parseScenarioText(text, FILE);
    const rates = scenario.designs.map((d) => d.costs!.discountRate);
    expect(rates).toEqual([0.06, 0.09, 0.06]);
    expect(scenario.costs?.sharedKeys).toEqual(['energy', 'discountRate']);
    for (const d of scenario.designs) expect(tariffPricePerJ(d.costs!.energyTariff, 7, 14) * JOULES_PER_KWH).toBeCloseTo(0.5, 12);
  });

  it('a bad inherited value is reported once, at the top-level block, not once per design', () => {
    const text = siteCosts('  energy: { flat: -1 CNY/kWh }');
    const lines = inputErrorLines(() => parseScenarioText(text, FILE));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^test\/fixtures\/montecarlo\/shared-price\.yaml:\d+: costs\.energy\.flat: expected/);
  });

  it('capex stays per design: the top-level block rejects it', () => {
    const lines = inputErrorLines(() => parseScenarioText(siteCosts('  energy: { flat: 0.5 CNY/kWh }\n  maintenance: 3 %'), FILE));
    expect(lines).toEqual([expect.stringMatching(/costs: .*maintenance/)]);
  });
});

describe('shared: and correlations:', () => {
  const u = { uniform: ['1 CNY/m^3', '2 CNY/m^3'] };
  it('inputs with one shared name must have the same distribution', () => {
    const r = uncertaintySchema.safeParse({
      'designs[0].costs.water': { ...u, shared: 'w' },
      'designs[1].costs.water': { uniform: ['1 CNY/m^3', '3 CNY/m^3'], shared: 'w' },
    });
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['designs[1].costs.water', 'shared'], "expected the same distribution and unit as 'designs[0].costs.water' (shared: w, one draw per sample), got a different one"],
    ]);
  });

  it('records each stated pair on the input that sorts first', () => {
    const spec = uncertaintySchema.parse({ 'site.x': u, 'costs.water': u, correlations: [{ between: ['site.x', 'costs.water'], rank: 0.8 }] });
    expect(Object.keys(spec)).toEqual(['costs.water', 'site.x']);
    expect(spec['costs.water'].rankWith).toEqual({ 'site.x': 0.8 });
  });

  it('names every bad correlation at its place', () => {
    const r = uncertaintySchema.safeParse({
      a: u, b: u, c: { ...u, shared: 's' },
      correlations: [
        { between: ['a', 'zz'], rank: 0.5 },
        { between: ['a', 'b'], rank: 1 },
        { between: ['a', 'c'], rank: 0.5 },
        { between: ['a', 'a'], rank: 0.5 },
      ],
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['correlations.0.between', "expected a path of this uncertainty block, got 'zz'"],
      ['correlations.1.rank', 'expected a rank correlation between -1 and 1 (exclusive), got 1'],
      ['correlations.2.between', "expected an input without shared: (correlate one designs[*] path instead), got 'c' (shared: s)"],
      ['correlations.3.between', "expected two different paths, got 'a' twice"],
    ]);
  });

  it('rejects correlations that cannot hold together (not positive definite)', () => {
    const r = uncertaintySchema.safeParse({
      a: u, b: u, c: u,
      correlations: [{ between: ['a', 'b'], rank: 0.9 }, { between: ['b', 'c'], rank: 0.9 }, { between: ['a', 'c'], rank: -0.9 }],
    });
    expect(r.error?.issues[0].message).toMatch(/^expected correlations that can hold together \(a positive-definite matrix over a, b, c\)/);
  });
});

describe('JSON Schema of the uncertainty: block', () => {
  const block = (scenarioJsonSchema().properties as Record<string, Record<string, unknown>>).uncertainty;
  const text = JSON.stringify(block);

  it('lists every distribution with its parameters, shared:, and correlations: for editors', () => {
    const forms = (block.additionalProperties as { anyOf: Array<{ properties: Record<string, unknown> }> }).anyOf;
    expect(forms.map((f) => Object.keys(f.properties))).toEqual([
      ['uniform', 'shared'], ['triangular', 'shared'], ['normal', 'shared'], ['lognormal', 'shared'],
    ]);
    for (const key of ['mean', 'sd', 'median', 'sigma', 'p10', 'p50', 'p90', '[min, mode, max]', 'between', 'rank']) expect(text).toContain(key);
    expect(Object.keys(block.properties as object)).toEqual(['correlations']);
  });
});
