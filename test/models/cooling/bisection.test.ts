import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bisectDecreasing, bisectDecreasingIn, newSearchRegister, SEARCH_F, SEARCH_STRAIGHT, SEARCH_X } from '../../../sim/models/cooling/bisection.js';
import { approachK } from '../../../sim/models/cooling/effectiveness.js';

/** The specification: plain bisection, one call of f per halving. */
function plainBisection(f: (x: number) => number, lo: number, hi: number, iterations: number): number {
  for (let i = 0; i < iterations; i++) {
    const mid = 0.5 * (lo + hi);
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}

function counted(f: (x: number) => number): { f: (x: number) => number; calls: () => number } {
  let n = 0;
  return { f: (x) => (n++, f(x)), calls: () => n };
}

describe('bisectDecreasing', () => {
  it('returns exactly what 30 plain halvings return: sqrt(2) on [0, 2]', () => {
    const f = (x: number) => 2 - x * x;
    expect(bisectDecreasing(f, 0, 2, 30)).toBe(plainBisection(f, 0, 2, 30));
    expect(bisectDecreasing(f, 0, 2, 30)).toBeCloseTo(Math.SQRT2, 8);
  });

  it('is bit-identical to plain bisection on random monotone functions (roots anywhere, also outside)', () => {
    // f(x) = scale * (root - x)^3 + slope * (root - x): strictly decreasing, flat (cubic) or steep near the root.
    fc.assert(fc.property(
      fc.double({ min: -1, max: 3, noNaN: true }),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.double({ min: 0, max: 1e3, noNaN: true }),
      fc.integer({ min: 0, max: 40 }),
      (root, scale, slope, iterations) => {
        const f = (x: number) => scale * (root - x) ** 3 + slope * (root - x);
        expect(bisectDecreasing(f, 0, 2, iterations)).toBe(plainBisection(f, 0, 2, iterations));
        // A steering map never changes the result, even a poor one.
        expect(bisectDecreasing(f, 0, 2, iterations, f(0), f(2), (v) => Math.cbrt(v) * (1 + v * v))).toBe(plainBisection(f, 0, 2, iterations));
      },
    ));
  });

  it('matches plain bisection on the dry cooler / tower approach curve, in at most half the calls', () => {
    // approachK falls steeply at low air flow: the fan-speed search of effectiveness.ts.
    const hx = { uaWPerK: 2e5, airCapacityWPerK: 1e5, waterCapacityWPerK: 2e5 };
    fc.assert(fc.property(fc.double({ min: 0.21, max: 0.99, noNaN: true }), (target) => {
      const allowedK = approachK(hx, 1e6, target);
      const excessK = (x: number) => approachK(hx, 1e6, x) - allowedK;
      const g = counted(excessK);
      expect(bisectDecreasing(g.f, 0.2, 1, 30)).toBe(plainBisection(excessK, 0.2, 1, 30));
      expect(g.calls()).toBeLessThanOrEqual(15); // the two ends, then secant steps; plain bisection calls 30 times
      // Steering the secant on allowed / approach - 1 (about linear in the fraction): same result, fewer calls.
      const h = counted(excessK);
      const straighten = (e: number) => allowedK / (e + allowedK) - 1;
      expect(bisectDecreasing(h.f, 0.2, 1, 30, h.f(0.2), h.f(1), straighten)).toBe(plainBisection(excessK, 0.2, 1, 30));
      expect(h.calls()).toBeLessThanOrEqual(11);
    }));
  });

  it('never uses the ends to decide a midpoint: a jump at an end changes nothing (as plain bisection)', () => {
    // Decreasing inside (0, 1), root 0.3, but f(1) jumps up (a heat exchanger with no heat left).
    const f = (x: number) => (x === 1 ? 5 : 0.3 - x);
    expect(bisectDecreasing(f, 0, 1, 30)).toBe(plainBisection(f, 0, 1, 30));
    expect(bisectDecreasing(f, 0, 1, 30)).toBeCloseTo(0.3, 8);
  });
});

describe('bisectDecreasingIn registers', () => {
  it('a search nested in another\'s evaluation, with its own register, leaves the outer result that of plain bisection', () => {
    const outer = newSearchRegister();
    const inner = newSearchRegister();
    const root = (c: number) => bisectDecreasing((x) => c - x * x, 0, 3, 30);
    // f(x) = sqrt(2 + x) - x (root 2), whose sqrt is itself a search on another register
    const evaluate = (_: undefined, r: Float64Array) => {
      const x = r[SEARCH_X];
      const s = bisectDecreasingIn((__: undefined, q: Float64Array) => {
        q[SEARCH_F] = 2 + x - q[SEARCH_X] * q[SEARCH_X];
        q[SEARCH_STRAIGHT] = q[SEARCH_F];
      }, undefined, inner, 0, 3, 30, 2 + x, 2 + x - 9);
      r[SEARCH_F] = s - x;
      r[SEARCH_STRAIGHT] = s - x;
    };
    const f = (x: number) => root(2 + x) - x;
    expect(bisectDecreasingIn(evaluate, undefined, outer, 0, 3, 30, f(0), f(3))).toBe(plainBisection(f, 0, 3, 30));
  });
});
