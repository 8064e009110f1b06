import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planSamples } from '../../../sim/studies/montecarlo/plan.js';
import type { UncertaintySpec } from '../../../sim/tco/uncertainty.js';

const spec: UncertaintySpec = {
  'site.gridCarbon': { distribution: { kind: 'uniform', min: 0.4, max: 0.6 }, unit: 'kg/kWh' },
  'designs[0].costs.energy.flat': { distribution: { kind: 'triangular', min: 0.5, mode: 0.6, max: 0.9 }, unit: 'CNY/kWh' },
  'designs[0].racks.count': { distribution: { kind: 'uniform', min: 10, max: 20 }, unit: '' },
};

describe('planSamples', () => {
  it('gives sample i the same values whatever the number of samples around it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (seed, a, b) => {
        const small = planSamples(spec, seed, Math.min(a, b));
        const large = planSamples(spec, seed, Math.max(a, b));
        expect(large.overrides.slice(0, small.overrides.length)).toEqual(small.overrides);
      }),
    );
  });

  it('writes --set texts in sorted path order, with the unit of the file and plain numbers without one', () => {
    const plan = planSamples(spec, 1, 3);
    expect(plan.paths).toEqual(['designs[0].costs.energy.flat', 'designs[0].racks.count', 'site.gridCarbon']);
    for (const [i, o] of plan.overrides.entries()) {
      expect(o[0]).toMatch(/^designs\[0\]\.costs\.energy\.flat=0\.\d+ CNY\/kWh$/);
      expect(o[1]).toMatch(/^designs\[0\]\.racks\.count=1\d(\.\d+)?$/);
      expect(o[2]).toBe(`site.gridCarbon=${plan.values[i][2]} kg/kWh`);
    }
  });

  it('is money-only exactly when every path is under a costs block', () => {
    expect(planSamples(spec, 1, 1).moneyOnly).toBe(false);
    const money = { 'designs[0].costs.energy.flat': spec['designs[0].costs.energy.flat'], 'designs[1].costs.water': spec['site.gridCarbon'] };
    expect(planSamples(money, 1, 1).moneyOnly).toBe(true);
  });

  it('draws different values for different seeds and samples', () => {
    const a = planSamples(spec, 1, 50).values.map((v) => v[0]);
    const b = planSamples(spec, 2, 50).values.map((v) => v[0]);
    expect(new Set(a).size).toBe(50);
    expect(a).not.toEqual(b);
  });
});
