// A run with the tariff parts: the opex lines, tco.sources and design.policy in summary.json (through main, in process).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from '../cli/fakeIo.js';

const MINIMAL = 'test/fixtures/scenarios/minimal.yaml';
const costs = "{ energy: { flat: 0.6 CNY/kWh, powerFactorAdjustment: china-1983, pueSurcharge: { tiers: [{ above: 1.02, price: 0.2 CNY/kWh }], appliesTo: excess } }, "
  + 'demandCharge: { transformerCapacity: 30 CNY/kVA }, water: 4 CNY/m^3, maintenance: 3 %, '
  + 'capex: { power: 3000 CNY/kW, cooling: 2500 CNY/kW, liquidPremium: 0 CNY/kW, whiteSpace: 12000 CNY/m^2 } }';

let tmp = '';
let summary: any; // eslint-disable-line @typescript-eslint/no-explicit-any
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dctwin-tariff-'));
  const io = fakeIo();
  const code = await main(['run', MINIMAL, '--out', tmp, '--no-report', '--set', `designs[0].costs=${costs}`], io);
  expect(code, io.err()).toBe(0);
  summary = JSON.parse(readFileSync(join(tmp, 'summary.json'), 'utf8'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a run with a two-part tariff, power-factor adjustment and PUE surcharge', () => {
  it('adds powerFactorOpex (a bonus at the default 0.95) and pueSurchargeOpex after the five lines', () => {
    const lines = summary.designs[0].tco.lines;
    expect(Object.keys(lines).slice(-7)).toEqual(['energyOpex', 'demandOpex', 'waterOpex', 'maintenanceOpex', 'carbonOpex', 'powerFactorOpex', 'pueSurchargeOpex']);
    // -0.75 % of energy + demand (the same annuity factor multiplies all three present values)
    expect(lines.powerFactorOpex).toBeCloseTo(-0.0075 * (lines.energyOpex + lines.demandOpex), 6);
  });

  it('bills the transformers: 30 CNY/kVA-month x installed kVA x 12 a year, installed kVA a whole number of Tier 2 units', () => {
    const { tco } = summary.designs[0];
    // no escalation given (0 %), 8 % over 5 years: annuity sum_{y=1..5} 1.08^-y = 3.99271
    let annuity = 0;
    for (let y = 1; y <= 5; y++) annuity += 1.08 ** -y;
    const installedKVA = tco.lines.demandOpex / annuity / (30 * 12);
    // 40 nodes at 10.2 kW peak => ~0.5 MW: 2 x 630 kVA (N+1, the smallest Tier 2 rating above the load)
    expect(installedKVA).toBeCloseTo(1260, 6);
  });

  it('reports the PUE against the limit with the surcharge total', () => {
    const d = summary.designs[0];
    expect(d.policy.pueLimit).toBe(1.02);
    expect(d.policy.pass).toBe(d.metrics.pue <= 1.02);
    expect(d.policy.surchargeTotal).toBe(d.tco.lines.pueSurchargeOpex);
    expect(d.tco.sources['energy.powerFactorAdjustment']).toMatch(/1983/);
  });
});
