// Scope 2 emissions (sim/metrics/carbon.ts): hand-computed sums for an hourly series, the green share
// (market-based), and through a run: a constant factor gives the keys and numbers it always gave, a 50 %
// green share halves emissionsKg and reports the location-based figures beside, and the TCO's carbon
// price uses the market-based emissions.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gridEmissions } from '../../sim/metrics/carbon.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';
import { jFromKWh } from '../../sim/units.js';
import { kpiRows } from '../../reports/kpi.js';

const perKWh = (kg: number) => kg / jFromKWh(1);

describe('gridEmissions', () => {
  it('a constant factor: facility energy x factor (1000 kWh at 0.5 kg/kWh = 500 kg)', () => {
    const e = gridEmissions(jFromKWh(1000), new Float64Array(0), { kgPerJ: perKWh(0.5) });
    expect(e.locationKg).toBeCloseTo(500, 9);
    expect(e.marketKg).toBe(e.locationKg);
  });

  it('an hourly series weighs each hour: 1, 2, 3 kWh at 0.1, 0.2, 0.3 kg/kWh = 0.1 + 0.4 + 0.9 = 1.4 kg', () => {
    const hourlyJ = Float64Array.from([1, 2, 3].map(jFromKWh));
    const series = [0.1, 0.2, 0.3].map(perKWh);
    expect(gridEmissions(jFromKWh(6), hourlyJ, { kgPerJ: perKWh(0.2), hourlyKgPerJ: series }).locationKg).toBeCloseTo(1.4, 12);
    // a second simulated year repeats the series: hours 3, 4 take factors 0.1, 0.2 again: + 4 x 0.1 + 5 x 0.2 = 2.8 kg
    const twoYears = Float64Array.from([1, 2, 3, 4, 5].map(jFromKWh));
    expect(gridEmissions(jFromKWh(15), twoYears, { kgPerJ: 0, hourlyKgPerJ: series }).locationKg).toBeCloseTo(2.8, 12);
  });

  it('greenShare 50 % halves the market-based emissions and leaves the location-based ones', () => {
    const e = gridEmissions(jFromKWh(1000), new Float64Array(0), { kgPerJ: perKWh(0.6849), greenShare: 0.5 });
    expect(e.locationKg).toBeCloseTo(684.9, 9);
    expect(e.marketKg).toBeCloseTo(342.45, 9);
  });

  it('property: market = location x (1 - greenShare), 0 <= market <= location', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (kWh, factor, greenShare) => {
        const e = gridEmissions(jFromKWh(kWh), new Float64Array(0), { kgPerJ: perKWh(factor), greenShare });
        expect(e.marketKg).toBeCloseTo(e.locationKg * (1 - greenShare), 6);
        expect(e.marketKg).toBeGreaterThanOrEqual(0);
        expect(e.marketKg).toBeLessThanOrEqual(e.locationKg);
      }));
  });
});

describe('emissions in a run (test/fixtures/montecarlo/money.yaml: 40 nodes, hourly, two designs)', () => {
  const FILE = 'test/fixtures/montecarlo/money.yaml';
  const tmp = mkdtempSync(join(tmpdir(), 'dctwin-carbon-run-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const price = ['designs[0].costs.carbonPrice=100 CNY/t', 'designs[1].costs.carbonPrice=100 CNY/t'];
  const run = (overrides: string[]) => evaluate(loadScenario(FILE, { overrides: [...price, ...overrides] }).scenario).summary;
  const base = run([]);
  const green = run(['site.greenShare=50 %']);
  const csv = join(tmp, 'flat.csv');
  writeFileSync(csv, ['hour,carbon_kg_per_kWh', ...Array.from({ length: 8760 }, (_, h) => `${h},0.5703`)].join('\n'));
  const hourly = run([`site.gridCarbonHourly=${csv}`]); // the series replaces the file's gridCarbon (with a warning)

  it('a constant factor: emissionsKg = facility energy x factor, no location-based keys', () => {
    for (const d of base.designs) {
      expect(d.metrics.emissionsKg).toBeCloseTo(d.metrics.facilityEnergyKWh * 0.5703, 6);
      expect(d.metrics).not.toHaveProperty('emissionsLocationKg');
      expect(d.metrics).not.toHaveProperty('cueLocationKgPerKWh');
    }
  });

  it('greenShare 50 %: market-based emissionsKg and CUE halve; the location-based keys keep the grid figures', () => {
    green.designs.forEach((d, i) => {
      const b = base.designs[i].metrics;
      expect(d.metrics.emissionsKg).toBeCloseTo(b.emissionsKg / 2, 6);
      expect(d.metrics.cueKgPerKWh).toBeCloseTo(b.cueKgPerKWh / 2, 12);
      expect(d.metrics.emissionsLocationKg).toBe(b.emissionsKg);
      expect(d.metrics.cueLocationKgPerKWh).toBe(b.cueKgPerKWh);
    });
  });

  it('the carbon price is charged on the market-based emissions', () => {
    green.designs.forEach((d, i) => {
      const line = (s: typeof base, name: string) => s.designs[i].tco!.lines[name];
      expect(line(base, 'carbonOpex')).toBeGreaterThan(0);
      expect(line(green, 'carbonOpex')).toBeCloseTo(line(base, 'carbonOpex') / 2, 6);
    });
  });

  it('the report KPI table: a location-based CUE row and a market-based label only with a green share', () => {
    const labels = (s: typeof base) => kpiRows(s).map((r) => r.label).filter((l) => l.startsWith('CUE'));
    expect(labels(base)).toEqual(['CUE (kg CO2e/kWh IT)']);
    expect(labels(green)).toEqual(['CUE market-based, green share at 0 (kg CO2e/kWh IT)', 'CUE location-based (kg CO2e/kWh IT)']);
  });

  it('an hourly series of the constant factor gives the constant-factor emissions (sum of hours vs one product)', () => {
    hourly.designs.forEach((d, i) => expect(d.metrics.emissionsKg / base.designs[i].metrics.emissionsKg).toBeCloseTo(1, 9));
  });
});
