// `dctwin run` with an hourly carbon file and a green share (--set): summary.json carries the market-based
// emissionsKg and the location-based keys beside it, stderr warns that the file's gridCarbon is unused, and
// the SOURCES.md beside the carbon file is copied into sources.txt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

describe('run with site.gridCarbonHourly and site.greenShare', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dctwin-site-carbon-'));
  const csv = join(tmp, 'grid.csv');
  let summary: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  let stderr = '';
  let stdout = '';
  beforeAll(async () => {
    // night hours 0.3 kg/kWh, day hours (8-19) 0.7: a shape, not data
    writeFileSync(csv, ['hour,carbon_kg_per_kWh', ...Array.from({ length: 8760 }, (_, h) => `${h},${h % 24 >= 8 && h % 24 < 20 ? 0.7 : 0.3}`)].join('\n'));
    writeFileSync(join(tmp, 'SOURCES.md'), '# grid.csv\nA synthetic day-night shape for a test.\n');
    const io = fakeIo();
    const out = join(tmp, 'out');
    const code = await main(['run', 'test/fixtures/scenarios/minimal.yaml', '--out', out, '--no-report', '--set', `site.gridCarbonHourly=${csv}`, '--set', 'site.greenShare=40 %'], io);
    expect(code, io.err()).toBe(0);
    stderr = io.err();
    stdout = io.out();
    summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    summary.sourcesText = readFileSync(join(out, 'sources.txt'), 'utf8');
  }, 180_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reports market-based emissions (60 % of location-based) and both CUEs', () => {
    const m = summary.designs[0].metrics;
    expect(m.emissionsKg).toBeCloseTo(0.6 * m.emissionsLocationKg, 6);
    expect(m.cueKgPerKWh).toBeCloseTo(m.emissionsKg / m.itEnergyKWh, 9);
    expect(m.cueLocationKgPerKWh).toBeCloseTo(m.emissionsLocationKg / m.itEnergyKWh, 9);
    // between the night and day factors times facility energy
    expect(m.emissionsLocationKg).toBeGreaterThan(0.3 * m.facilityEnergyKWh);
    expect(m.emissionsLocationKg).toBeLessThan(0.7 * m.facilityEnergyKWh);
  });

  it('prints both CUEs in the terminal table', () => {
    expect(stdout).toMatch(/CUE market-based kg\/kWh +\d\.\d{3}/);
    expect(stdout).toMatch(/CUE location-based kg\/kWh +\d\.\d{3}/);
  });

  it("warns that the file's gridCarbon is not used, and cites the carbon file's SOURCES.md", () => {
    expect(stderr).toMatch(/warning: .*site\.gridCarbon: 0\.5703 kg\/kWh is not used: site\.gridCarbonHourly gives every hour's factor \(mean 0\.5 kg\/kWh\)/);
    expect(summary.sourcesText).toContain('A synthetic day-night shape for a test.');
  });
});
