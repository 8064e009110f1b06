import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cashFlows, discountFactor, escalationFactor, paybackYears, premiumPayback, presentValue } from '../../sim/tco/npv.js';

describe('cashFlows and presentValue', () => {
  it('escalates opex from year-1 prices and discounts end-of-year flows (hand-computed)', () => {
    // capex 1000, opex 100 in year 1, escalation 10 %/yr, 3 years:
    //   flows = [1000, 100, 100*1.1 = 110, 100*1.1^2 = 121]
    const flows = cashFlows(1000, 100, 0.1, 3);
    expect(flows[0]).toBe(1000);
    expect(flows[1]).toBe(100);
    expect(flows[2]).toBeCloseTo(110, 12);
    expect(flows[3]).toBeCloseTo(121, 12);
    // discount 10 %: 1000 + 100/1.1 + 110/1.21 + 121/1.331 = 1000 + 3 * 90.909090... = 1272.727272...
    expect(presentValue(flows, 0.1)).toBeCloseTo(1000 + 300 / 1.1, 9);
  });

  it('known factors: 1.03^4 escalation in year 5, 1/1.06^5 discount in year 5', () => {
    // 1.03^4 = 1.12550881; 1.06^5 = 1.3382255776 -> 1/1.3382255776 = 0.747258173
    expect(escalationFactor(0.03, 5)).toBeCloseTo(1.12550881, 8);
    expect(discountFactor(0.06, 5)).toBeCloseTo(0.747258173, 8);
  });

  it('at a zero discount rate the present value is the plain sum', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }), (flows) => {
        const sum = flows.reduce((a, b) => a + b, 0);
        expect(presentValue(flows, 0)).toBeCloseTo(sum, 6);
      }),
    );
  });

  it('rejects a horizon that is not a whole number >= 1', () => {
    expect(() => cashFlows(1, 1, 0, 0)).toThrow(RangeError);
    expect(() => cashFlows(1, 1, 0, 2.5)).toThrow(RangeError);
  });
});

describe('paybackYears', () => {
  it('simple payback interpolates within the crossing year (hand-computed)', () => {
    // premium 250, savings 100/yr: cumulative 100, 200, 300 -> crosses in year 3: 2 + (250-200)/100 = 2.5
    expect(paybackYears(250, [100, 100, 100])).toBe(2.5);
  });

  it('discounted payback at 10 % (hand-computed)', () => {
    // discounted savings: 100/1.1 = 90.90909, 100/1.21 = 82.64463, 100/1.331 = 75.13148 -> cumulative 248.68520 < 250
    expect(paybackYears(250, [100, 100, 100], 0.1)).toBeNull();
    // year 4 adds 100/1.4641 = 68.30135: 3 + (250 - 248.68520)/68.30135 = 3.019250
    expect(paybackYears(250, [100, 100, 100, 100], 0.1)).toBeCloseTo(3.01925, 5);
  });

  it('a loss in an early year delays payback; no premium pays back at once; never -> null', () => {
    // cumulative -50, 50, 150 -> 2 + (100 - 50)/100 = 2.5
    expect(paybackYears(100, [-50, 100, 100])).toBe(2.5);
    expect(paybackYears(0, [1])).toBe(0);
    expect(paybackYears(-5, [])).toBe(0);
    expect(paybackYears(100, [10, 10, 10])).toBeNull();
    expect(paybackYears(100, [-10, -10])).toBeNull();
  });

  it('discounting never shortens payback when savings are positive', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 15 }),
        fc.double({ min: 0.001, max: 0.3, noNaN: true }),
        (premium, savings, rate) => {
          const simple = paybackYears(premium, savings, 0);
          const discounted = paybackYears(premium, savings, rate);
          if (discounted !== null) expect(simple).not.toBeNull();
          if (discounted !== null && simple !== null) expect(discounted).toBeGreaterThanOrEqual(simple - 1e-9);
        },
      ),
    );
  });

  it('premiumPayback compares two designs by their cash flows', () => {
    // A: capex 1000, opex 300/yr; B: capex 1250, opex 200/yr -> premium 250, saving 100/yr -> 2.5 years
    const p = premiumPayback([1000, 300, 300, 300], [1250, 200, 200, 200], 0.1);
    expect(p.capexPremium).toBe(250);
    expect(p.annualSavings).toEqual([100, 100, 100]);
    expect(p.simpleYears).toBe(2.5);
    expect(p.discountedYears).toBeNull();
  });
});
