import { describe, expect, it } from 'vitest';
import { cumulativeDiscountedCost, paybackBetween } from '../../../reports/charts/cumulativeCost.js';
import type { DesignSummary } from '../../../sim/types/summary.js';
import { fakeRun } from '../../fixtures/run/fakeRun.js';

function withCashFlows(id: string, cashFlows: number[], discountRate: number): DesignSummary {
  const design = structuredClone(fakeRun(2).summary.designs[0]);
  design.id = id;
  design.tco = { ...design.tco!, cashFlows, discountRate };
  return design;
}

describe('cumulativeDiscountedCost', () => {
  it('discounts year y by (1 + r)^y, year 0 undiscounted', () => {
    // 100 + 10/1.1 = 109.0909...; + 10/1.21 = 117.3553...
    const c = cumulativeDiscountedCost([100, 10, 10], 0.1);
    expect(c[0]).toBe(100);
    expect(c[1]).toBeCloseTo(109.090909, 6);
    expect(c[2]).toBeCloseTo(117.355372, 6);
  });

  it('ends at the fixture TCO total (capex plus discounted opex)', () => {
    for (const d of fakeRun(30).summary.designs) {
      const c = cumulativeDiscountedCost(d.tco!.cashFlows, d.tco!.discountRate);
      expect(c[c.length - 1]).toBeCloseTo(d.tco!.total, 3);
    }
  });
});

describe('paybackBetween', () => {
  it('finds the year where the premium design catches up, undiscounted by hand', () => {
    // cumulative a: 100, 110, 120, 130; b: 80, 100, 120, 140; a - b: 20, 10, 0, -10 -> crossing at year 2
    const a = withCashFlows('a', [100, 10, 10, 10], 0);
    const b = withCashFlows('b', [80, 20, 20, 20], 0);
    expect(paybackBetween(a, b)).toEqual({ premium: 'a', versus: 'b', years: 2, cost: 120 });
    expect(paybackBetween(b, a)?.premium).toBe('a');
  });

  it('interpolates within a year: a - b = 20, 5, -10 crosses at 1 + 5/15', () => {
    const a = withCashFlows('a', [100, 10, 10], 0);
    const b = withCashFlows('b', [80, 25, 25], 0);
    expect(paybackBetween(a, b)?.years).toBeCloseTo(1 + 5 / 15, 12);
  });

  it('returns undefined when the premium never pays back', () => {
    const a = withCashFlows('a', [100, 20, 20], 0.05);
    const b = withCashFlows('b', [80, 20, 20], 0.05);
    expect(paybackBetween(a, b)).toBeUndefined();
  });
});
