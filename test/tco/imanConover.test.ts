/** Unit tests of Iman–Conover (sim/tco/imanConover.ts) and of its use in the Monte Carlo plan. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cholesky, correlationMatrix, imanConover, ranksOf } from '../../sim/tco/imanConover.js';
import { mulberry32 } from '../../sim/engine/random.js';
import { planSamples } from '../../sim/studies/montecarlo/plan.js';
import { uncertaintySchema } from '../../sim/scenario/schema/uncertainty.js';

const spearman = (a: number[], b: number[]) => correlationMatrix([ranksOf(a), ranksOf(b)])[0][1];

describe('imanConover', () => {
  it('keeps every column\'s values (a permutation) and is deterministic', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: -0.9, max: 0.9, noNaN: true }), (seed, rank) => {
      const rng = mulberry32(seed);
      const cols = [0, 1].map(() => Array.from({ length: 50 }, rng));
      const target = [[1, rank], [rank, 1]];
      const out = imanConover(cols, target);
      out.forEach((c, k) => expect([...c].sort()).toEqual([...cols[k]].sort()));
      expect(imanConover(cols, target)).toEqual(out);
    }), { numRuns: 30 });
  });

  // Iman-Conover makes the scores' Pearson correlation exact; their rank correlation still carries sampling
  // noise of about (1 - rho^2) / sqrt(N) <= 0.032 at N = 1000, so 0.06 (two standard errors) is the tolerance.
  it('induces the stated rank correlations within 0.06 at N = 1000 (independent draws: near 0)', () => {
    const rng = mulberry32(11);
    const cols = [0, 1, 2].map(() => Array.from({ length: 1000 }, rng));
    const target = [[1, 0.8, -0.3], [0.8, 1, 0], [-0.3, 0, 1]];
    const out = imanConover(cols, target);
    expect(Math.abs(spearman(cols[0], cols[1]))).toBeLessThan(0.1);
    expect(Math.abs(spearman(out[0], out[1]) - 0.8)).toBeLessThan(0.06);
    expect(Math.abs(spearman(out[0], out[2]) + 0.3)).toBeLessThan(0.06);
    expect(Math.abs(spearman(out[1], out[2]))).toBeLessThan(0.06);
  });

  it('leaves too few samples (N <= K) unchanged and finds a non-positive-definite matrix', () => {
    expect(imanConover([[0.2, 0.1], [0.5, 0.9]], [[1, 0.5], [0.5, 1]])).toEqual([[0.2, 0.1], [0.5, 0.9]]);
    expect(cholesky([[1, 1], [1, 1]])).toBeUndefined();
    expect(cholesky([[4, 2], [2, 5]])).toEqual([[2, 0], [1, 2]]);
  });
});

describe('planSamples with correlations:', () => {
  const spec = uncertaintySchema.parse({
    'costs.energy.flat': { triangular: ['0.3 CNY/kWh', '0.6 CNY/kWh', '1.2 CNY/kWh'] },
    'costs.discountRate': { uniform: ['5 %', '10 %'] },
    'designs[0].costs.water': { uniform: ['1 CNY/m^3', '2 CNY/m^3'] },
    correlations: [{ between: ['costs.energy.flat', 'costs.discountRate'], rank: 0.7 }],
  });

  it('gives the stated rank correlation, keeps the uncorrelated input\'s draws, and repeats with the seed', () => {
    const plan = planSamples(spec, 3, 1000, 2);
    const col = (p: string) => plan.values.map((v) => v[plan.paths.indexOf(p)]);
    expect(Math.abs(spearman(col('costs.energy.flat'), col('costs.discountRate')) - 0.7)).toBeLessThan(0.06);
    const independent = planSamples({ ...spec, 'costs.energy.flat': { ...spec['costs.energy.flat'], rankWith: undefined } }, 3, 1000, 2);
    expect(col('designs[0].costs.water')).toEqual(independent.values.map((v) => v[plan.paths.indexOf('designs[0].costs.water')]));
    expect(planSamples(spec, 3, 1000, 2)).toEqual(plan);
  });
});
