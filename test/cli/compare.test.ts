/**
 * `dctwin compare`: whole scenarios side by side as `scenario/design`
 * columns. The same liquid design in Hangzhou and in colder Oslo; a file
 * given twice shows its path instead of its scenario name and gives the same
 * numbers twice. Bad files: exit 2, every problem listed, nothing simulated.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.js';
import type { CompareColumn } from '../../sim/cli/commands/compare.js';
import { fakeIo } from './fakeIo.js';

const LIGHT = 'test/fixtures/sweep/light.yaml';
const OSLO = 'test/fixtures/sweep/light-oslo.yaml';

async function compare(...args: string[]) {
  const io = fakeIo();
  const code = await main(['compare', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('dctwin compare', () => {
  it('puts every design of every scenario in one list, differences against the first column', async () => {
    const r = await compare(LIGHT, OSLO, LIGHT, '--json');
    expect(r.code, r.err).toBe(0);
    const { scenarios, columns } = JSON.parse(r.out) as { scenarios: { weather: string }[]; columns: CompareColumn[] };
    expect(scenarios.map((s) => s.weather)).toEqual(['Hangzhou', 'Oslo.Blindern', 'Hangzhou']);
    expect(columns.map((c) => c.column)).toEqual([
      `${LIGHT}/liquid-pod`,
      `${LIGHT}/air-cooled`,
      'light-oslo/liquid-pod',
      `${LIGHT}/liquid-pod`,
      `${LIGHT}/air-cooled`,
    ]);
    const [hangzhou, air, oslo, again] = columns;
    // the same file twice: the same numbers (the run is deterministic), so no difference to the first
    expect(again).toEqual({ ...hangzhou, vsFirst: again.vsFirst });
    expect(again.vsFirst).toEqual({ pue: 0, facilityEnergy: 0, tcoTotal: 0 });
    // colder, drier Oslo: the dry coolers run free more hours, so the same design draws less
    expect(oslo.pue).toBeLessThan(hangzhou.pue);
    expect(oslo.vsFirst.facilityEnergy).toBeLessThan(0);
    // dry coolers without adiabatic assist use no water; the cooling tower does
    expect(hangzhou.wueLPerKWh).toBe(0);
    expect(air.wueLPerKWh).toBeGreaterThan(0);
    expect(air.currency).toBe('CNY');
  });

  it('prints a table with one column per scenario/design', async () => {
    const r = await compare(OSLO);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`light-oslo: ${OSLO} — Oslo.Blindern, 8,760 h, seed 7`);
    expect(lines[2].trim()).toBe('light-oslo/liquid-pod');
    expect(r.out).toMatch(/\nPUE \(annual\) +1\.\d{3}\n/);
    expect(r.out).toMatch(/\nTCO \(present value\) +[\d,]+ CNY\n/);
  });

  it('lists the problems of every file before simulating any', async () => {
    const r = await compare('missing.yaml', LIGHT, 'test/fixtures/bad/bad-currency.yaml');
    expect(r.code).toBe(2);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('error: missing.yaml: expected an existing scenario file (YAML or JSON), got no such file');
    expect(lines[1]).toBe("error: test/fixtures/bad/bad-currency.yaml:2: currency: expected an ISO 4217 currency code like 'CNY', 'USD' or 'EUR', got 'RMB'");
    expect(lines.length).toBeGreaterThan(2);
    expect(r.out).toBe('');
  });
});
