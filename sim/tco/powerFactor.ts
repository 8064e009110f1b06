/**
 * China's power-factor adjustment of the electricity bill (功率因数调整电费, "力调电费"), standard 0.90: a
 * bonus (negative rate) above 0.90, a penalty (positive rate) below it, as a share of the month's bill.
 *
 * Equation (pf rounded to two decimals first, as the method requires):
 *   pf >= 0.95:         rate = -0.75 %
 *   0.90 <= pf < 0.95:  rate = -0.15 % per 0.01 above 0.90
 *   0.70 <= pf < 0.90:  rate = +0.5 % per 0.01 below 0.90                  (0.70 => +10 %)
 *   0.65 <= pf < 0.70:  rate = +10 % + 1 % per 0.01 below 0.70             (0.65 => +15 %)
 *   pf < 0.65:          rate = +15 % + 2 % per 0.01 below 0.65             (0.64 => +17 %, 0.30 => +85 %)
 *   adjustment = rate * (energy charge + demand charge)
 * Assumptions: the facility's power factor at the meter is the design's grid-side power factor
 *   (power.transformer.powerFactor, default 0.95 from PFC supplies) in every month: no capacitor bank or
 *   active filter is modelled; the energy charge is the simulated energy bill as priced in the scenario (the
 *   method's base also names surcharges billed with it: include them in the energy price to have them adjusted).
 * Units: power factor and rate dimensionless.
 * Validity: 0 < pf <= 1. The 0.90 standard applies to high-voltage industrial users >= 160 kVA (a data
 *   center's supply); the 0.85 and 0.80 columns of the method are not modelled.
 * References: 水利电力部、国家物价局 《功率因数调整电费办法》 (83)水电财字第215号, 2 Dec 1983: standard values
 *   and their users, monthly mean power factor from active and reactive energy rounded to two decimals, and the
 *   功率因数调整电费表 (0.90 column: -0.75 % at 0.95-1.00 ... +0.5 % per 0.01 to 0.70, +1 % per 0.01 to 0.65,
 *   +2 % per 0.01 below) [S: table reproduced at wgbc.cn/zxjs/205.html]; base = the month's basic (demand)
 *   charge plus energy charge [S: wendahu.com/ask/l/lv2874318.htm].
 * Validated by: test/validation/powerFactor.validation.test.ts (22 rows of the published table, 0.90 column,
 *   within 0.001 percentage points); test/tco/tariffStructure.test.ts (rule steps and rounding: unit tests).
 * @example powerFactorAdjustmentRate(0.95) // => -0.0075 (a 0.75 % bonus)
 */

/** Share of the bill added (> 0) or refunded (< 0) at a monthly mean power factor `powerFactor`. */
export function powerFactorAdjustmentRate(powerFactor: number): number {
  if (!(powerFactor > 0 && powerFactor <= 1)) throw new RangeError(`power factor must be in (0, 1], got ${powerFactor}`);
  const hundredths = Math.round(powerFactor * 100); // the method rounds to two decimals
  if (hundredths >= 95) return -0.0075;
  if (hundredths >= 90) return -0.0015 * (hundredths - 90);
  if (hundredths >= 70) return 0.005 * (90 - hundredths);
  if (hundredths >= 65) return 0.1 + 0.01 * (70 - hundredths);
  return 0.15 + 0.02 * (65 - hundredths);
}
