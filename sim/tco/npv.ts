/**
 * Cash flows over the horizon, their present value, and the payback of a capex premium.
 * Conventions: year 0 is the capex, paid at the start; opex of year y (1..H) is paid at the
 * end of year y (end-of-year discounting); year-1 prices are the scenario's prices.
 */

/** Escalation factor of year y (1-based): (1 + escalation)^(y - 1); year 1 pays the stated prices. */
export function escalationFactor(escalation: number, year: number): number {
  return Math.pow(1 + escalation, year - 1);
}

/** Discount factor of year y: 1 / (1 + discountRate)^y. */
export function discountFactor(discountRate: number, year: number): number {
  return 1 / Math.pow(1 + discountRate, year);
}

/**
 * Undiscounted cash flows: [capex, opex_1, ..., opex_H], opex_y = annualOpex * escalationFactor(y).
 *
 * Equation: cashFlows[0] = capex; cashFlows[y] = annualOpex * (1 + escalation)^(y - 1), y = 1..horizonYears
 * Assumptions: the simulated year repeats every year; only prices change.
 * Validity: horizonYears a whole number >= 1.
 * References: shared/reference/metrics-parameters-tco.md §4.2 (TCO_5y = Capex0 + sum_y Opex_y / (1 + r)^y).
 * Validated by: test/tco/npv.test.ts.
 * @example cashFlows(1000, 100, 0.1, 2) // => [1000, 100, 110]
 */
export function cashFlows(capex: number, annualOpex: number, escalation: number, horizonYears: number): number[] {
  if (!Number.isInteger(horizonYears) || horizonYears < 1) throw new RangeError(`horizonYears ${horizonYears} must be a whole number >= 1`);
  const flows = [capex];
  for (let y = 1; y <= horizonYears; y++) flows.push(annualOpex * escalationFactor(escalation, y));
  return flows;
}

/**
 * Net present value of costs: sum_y flows[y] / (1 + discountRate)^y, y = 0..H.
 *
 * Equation: NPV = sum_{y=0..H} flows[y] / (1 + r)^y
 * Assumptions: end-of-year flows; year 0 undiscounted.
 * Validity: discountRate > -1.
 * References: standard discounted cash flow; TGG/Schneider WP6 TCO structure.
 * Validated by: test/tco/npv.test.ts (hand-computed example).
 * @example presentValue([1000, 110, 121], 0.1) // => 1000 + 100 + 100 = 1200
 */
export function presentValue(flows: readonly number[], discountRate: number): number {
  if (!(discountRate > -1)) throw new RangeError(`discountRate ${discountRate} must be > -1`);
  let pv = 0;
  for (let y = 0; y < flows.length; y++) pv += flows[y] * discountFactor(discountRate, y);
  return pv;
}

/**
 * Years until cumulative savings repay a capex premium; fractional by linear interpolation
 * within the crossing year; null if never repaid within the given years.
 *
 * Equation: cumulative_k = sum_{y=1..k} savings[y-1] * d(y), d(y) = 1 (simple) or 1/(1+r)^y (discounted);
 *   k* = first k with cumulative_k >= premium;
 *   payback = (k* - 1) + (premium - cumulative_{k*-1}) / (cumulative_{k*} - cumulative_{k*-1})
 * Assumptions: savings accrue evenly within a year (for the interpolation); a premium <= 0 pays back at 0.
 * Validity: any savings (negative years delay payback).
 * References: simple and discounted payback period, e.g. Brealey, Myers & Allen, Principles of Corporate Finance, ch. 5.
 * Validated by: test/tco/npv.test.ts (hand-computed example).
 * @example paybackYears(250, [100, 100, 100]) // => 2.5
 */
export function paybackYears(premium: number, savings: readonly number[], discountRate = 0): number | null {
  if (premium <= 0) return 0;
  let cumulative = 0;
  for (let y = 1; y <= savings.length; y++) {
    const step = savings[y - 1] * discountFactor(discountRate, y);
    if (step > 0 && cumulative + step >= premium) return y - 1 + (premium - cumulative) / step;
    cumulative += step;
  }
  return null;
}

export interface PremiumPayback {
  /** Capex of B minus capex of A (the premium B pays up front). */
  capexPremium: number;
  /** Undiscounted opex saving of B versus A per year 1..H. */
  annualSavings: number[];
  simpleYears: number | null;
  discountedYears: number | null;
}

/**
 * Payback of design B's capex premium over design A from their cash flows (same horizon).
 * @example premiumPayback([1000, 300, 300, 300], [1250, 200, 200, 200], 0) // => capexPremium 250, simpleYears 2.5
 */
export function premiumPayback(flowsA: readonly number[], flowsB: readonly number[], discountRate: number): PremiumPayback {
  if (flowsA.length !== flowsB.length) throw new RangeError('cash flows of A and B must cover the same years');
  const capexPremium = flowsB[0] - flowsA[0];
  const annualSavings = flowsA.slice(1).map((a, i) => a - flowsB[i + 1]);
  return {
    capexPremium,
    annualSavings,
    simpleYears: paybackYears(capexPremium, annualSavings, 0),
    discountedYears: paybackYears(capexPremium, annualSavings, discountRate),
  };
}
