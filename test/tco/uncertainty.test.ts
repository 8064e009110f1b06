import { describe, expect, it } from 'vitest';
import { concretePaths, drawUniforms, isMoneyOnly, parseDistributionSpec, parseScenarioPath, sampleUncertainty, valuesAt, type UncertaintySpec } from '../../sim/tco/uncertainty.js';
import { price } from '../../sim/scenario/fields.js';
import { annualEnergyCost } from '../../sim/tco/opex.js';
import { flatTariff } from '../../sim/tco/tariff.js';
import { sampleStats } from '../../sim/tco/stats.js';
import { mulberry32 } from '../../sim/engine/random.js';
import { JOULES_PER_KWH } from '../../sim/units.js';

const spec = (raw: Record<string, unknown>): UncertaintySpec => {
  const out: UncertaintySpec = {};
  for (const [k, v] of Object.entries(raw)) {
    const p = parseDistributionSpec(v);
    if (typeof p === 'string') throw new Error(p);
    out[k] = p;
  }
  return out;
};

describe('parseDistributionSpec', () => {
  it('keeps the unit text of the values', () => {
    expect(parseDistributionSpec({ triangular: ['0.5 CNY/kWh', '0.62 CNY/kWh', '0.8 CNY/kWh'] })).toEqual({
      distribution: { kind: 'triangular', min: 0.5, mode: 0.62, max: 0.8 },
      unit: 'CNY/kWh',
    });
    expect(parseDistributionSpec({ uniform: [0.8, 1.2] })).toEqual({ distribution: { kind: 'uniform', min: 0.8, max: 1.2 }, unit: '' });
    expect(parseDistributionSpec({ normal: { mean: '30 degC', sd: '2 degC' } })).toMatchObject({ unit: 'degC' });
    expect(parseDistributionSpec({ lognormal: { median: '0.62 CNY/kWh', sigma: 0.2 } })).toMatchObject({ unit: 'CNY/kWh' });
    expect(parseDistributionSpec({ normal: { p10: '28 degC', p90: '34 degC' } })).toMatchObject({ distribution: { kind: 'normal', mean: 31 } });
  });

  it('names what was expected and what was found', () => {
    expect(parseDistributionSpec({ gaussian: { mean: 1, sd: 1 } })).toBe("expected one of uniform, triangular, normal, lognormal, got 'gaussian'");
    expect(parseDistributionSpec({ triangular: [1, 2] })).toBe('expected triangular: [min, mode, max], got [1,2]');
    expect(parseDistributionSpec({ uniform: ['1 CNY/kWh', '2 CNY/MWh'] })).toBe("expected the same unit in every value, got 'CNY/kWh' and 'CNY/MWh'");
    expect(parseDistributionSpec({ normal: { p10: '34 degC', p90: '28 degC' } })).toBe('expected p10 < p50 < p90, got p10 34, p90 28');
    expect(parseDistributionSpec({ normal: { mean: 1, sigma: 2 } })).toBe('expected normal: { mean, sd } or { p10, p50, p90 } (p50 optional), got keys mean, sigma');
    expect(parseDistributionSpec({ uniform: ['cheap', 'dear'] })).toBe("expected a number with the target field's unit, like '0.62 CNY/kWh', got 'cheap'");
    expect(parseDistributionSpec({ uniform: [1, 2], normal: { mean: 1, sd: 1 } })).toMatch(/^expected one distribution like/);
    expect(parseDistributionSpec({ lognormal: { median: '1 CNY/kWh', sigma: '0.2' } })).toMatch(/^expected sigma/);
  });
});

describe('scenario paths', () => {
  it('splits paths and says which touch only money', () => {
    expect(parseScenarioPath('designs[0].costs.energy.flat')).toEqual(['designs', 0, 'costs', 'energy', 'flat']);
    expect(parseScenarioPath('designs[0]..x')).toBe("expected a scenario path like 'designs[0].costs.energy.flat' or 'designs[*].costs.energy.flat', got 'designs[0]..x'");
    expect(isMoneyOnly('designs[1].costs.capex.power')).toBe(true);
    expect(isMoneyOnly('costs.water')).toBe(true);
    expect(isMoneyOnly('site.gridCarbon')).toBe(false);
    expect(isMoneyOnly('designs[0].cooling.dryCooler.approach')).toBe(false);
  });

  it('reads designs[*] as every design, only at the start of a path, and expands it per design', () => {
    expect(parseScenarioPath('designs[*].costs.energy.flat')).toEqual(['designs', '*', 'costs', 'energy', 'flat']);
    expect(parseScenarioPath('site[*].x')).toMatch(/^expected a scenario path/);
    expect(parseScenarioPath('designs[*].racks[*].x')).toMatch(/^expected a scenario path/);
    expect(isMoneyOnly('designs[*].costs.discountRate')).toBe(true);
    expect(isMoneyOnly('designs[*].racks.count')).toBe(false);
    expect(concretePaths('designs[*].costs.water', 3)).toEqual(['designs[0].costs.water', 'designs[1].costs.water', 'designs[2].costs.water']);
    expect(concretePaths('costs.water', 3)).toEqual(['costs.water']);
  });
});

describe('shared draws', () => {
  it('parses shared: <name> beside the distribution and rejects a bad name', () => {
    expect(parseDistributionSpec({ uniform: ['1 USD/m^3', '2 USD/m^3'], shared: 'water-price' })).toEqual({
      distribution: { kind: 'uniform', min: 1, max: 2 }, unit: 'USD/m^3', shared: 'water-price',
    });
    expect(parseDistributionSpec({ uniform: [1, 2], shared: 'Water Price' })).toBe(
      "expected shared: a name in lowercase letters, digits and '-' like 'grid-price', got 'Water Price'");
  });

  it('gives inputs with one shared name one uniform per sample (fewer draws from the stream)', () => {
    const s = spec({
      'designs[0].costs.water': { uniform: [1, 2], shared: 'w' },
      'designs[1].costs.water': { uniform: [1, 2], shared: 'w' },
      'site.x': { uniform: [0, 10] },
    });
    const draws = [0.25, 0.5];
    let i = 0;
    expect(drawUniforms(s, () => draws[i++])).toEqual([0.25, 0.25, 0.5]);
    expect(valuesAt(s, [0.25, 0.25, 0.5]).map((d) => d.value)).toEqual([1.25, 1.25, 5]);
  });
});

describe('sampleUncertainty', () => {
  const s = spec({
    'site.outdoorOffset': { normal: { mean: '0 K', sd: '1 K' } },
    'designs[0].costs.energy.flat': { triangular: ['0.5 CNY/kWh', '0.62 CNY/kWh', '0.8 CNY/kWh'] },
    'designs[1].costs.maintenance': { uniform: ['2 %', '4 %'] },
    'workload.scale': { uniform: [0.8, 1.2] },
  });

  it('draws in sorted path order, one uniform per path, values with their unit text', () => {
    const draws = [0.25, 0.5, 0.75, 0.5];
    let i = 0;
    const out = sampleUncertainty(s, () => draws[i++]);
    expect(out.map((o) => o.path)).toEqual(['designs[0].costs.energy.flat', 'designs[1].costs.maintenance', 'site.outdoorOffset', 'workload.scale']);
    expect(out[0].value).toMatch(/ CNY\/kWh$/);
    expect(parseFloat(String(out[0].value))).toBeCloseTo(0.5 + Math.sqrt(0.25 * 0.3 * 0.12), 12); // u = 0.25 < F(mode) = 0.4
    expect(out[1].value).toBe('3 %'); // u = 0.5: 2 + 0.5 * 2
    expect(out[2].value).toMatch(/^0\.674489\d* K$/); // qnorm(0.75) = 0.6744897501960817
    expect(out[3].value).toBe(1); // plain numbers stay numbers
    expect(i).toBe(4);
  });

  it('same seed gives identical samples, whatever the key order of the spec', () => {
    const reordered: UncertaintySpec = Object.fromEntries(Object.entries(s).reverse());
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let k = 0; k < 100; k++) expect(sampleUncertainty(reordered, b)).toEqual(sampleUncertainty(s, a));
  });

  it('sampled prices re-validate like values typed into the file', () => {
    const rng = mulberry32(3);
    for (let k = 0; k < 200; k++) {
      const v = sampleUncertainty(s, rng)[0].value;
      expect(price('J').safeParse(v).success).toBe(true);
    }
  });
});

describe('Monte Carlo on a linear case: energy cost = E x price, price ~ triangular(0.5, 0.62, 0.8) CNY/kWh', () => {
  // E = 1 MW x 8760 h = 8 760 000 kWh. The triangular median (mode share (0.62-0.5)/0.3 = 0.4 < 0.5) is
  //   m = max - sqrt((max - min)(max - mode)/2) = 0.8 - sqrt(0.3 * 0.18 / 2) = 0.8 - sqrt(0.027) = 0.635683...
  // Standard error of a sample median: sqrt(0.25 / N) / f(m), f(m) = 2 (max - m) / ((max - min)(max - mode)) = 6.0858
  const energyKWh = 8_760_000;
  const medianPrice = 0.8 - Math.sqrt(0.027);
  const analyticMedian = energyKWh * medianPrice;
  const density = (2 * (0.8 - medianPrice)) / (0.3 * 0.18);
  // one day at 1 MW, scaled by annualEnergyCost to 365 days: the same E, 365 times fewer hours to sum
  const powerW = new Float64Array(24).fill(1e6);
  const hourOfDay = Uint8Array.from({ length: 24 }, (_, h) => h);
  const month = new Uint8Array(24).fill(1);
  const s = spec({ 'designs[0].costs.energy.flat': { triangular: ['0.5 CNY/kWh', '0.62 CNY/kWh', '0.8 CNY/kWh'] } });

  /** p50 of N sampled annual costs; `viaLoader` parses each sample with the scenario's price field (slow: mathjs). */
  function medianCost(n: number, seed: number, viaLoader: boolean): number {
    const rng = mulberry32(seed);
    const costs: number[] = [];
    for (let i = 0; i < n; i++) {
      const [{ value }] = sampleUncertainty(s, rng);
      const pricePerJ = viaLoader ? price('J').parse(value).amount : parseFloat(String(value)) / JOULES_PER_KWH;
      costs.push(annualEnergyCost(flatTariff(pricePerJ), powerW, hourOfDay, month));
    }
    return sampleStats(costs).p50;
  }

  it('p50 is within 4 standard errors of the analytic median at N = 20000', () => {
    const n = 20_000;
    const standardErrorCost = (energyKWh * Math.sqrt(0.25 / n)) / density; // ~5 100 CNY, 0.09 %
    expect(Math.abs(medianCost(n, 1, true) - analyticMedian)).toBeLessThan(4 * standardErrorCost);
  });

  it('the error shrinks as N grows (mean over 5 seeds, N = 200 vs 20000: expected ratio 10)', () => {
    const meanError = (n: number) => [11, 12, 13, 14, 15].reduce((acc, seed) => acc + Math.abs(medianCost(n, seed, false) - analyticMedian), 0) / 5;
    expect(meanError(20_000)).toBeLessThan(meanError(200) / 3);
  });
});
