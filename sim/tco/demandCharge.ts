/**
 * Demand (capacity) charge of a two-part tariff: the fixed part of the bill, charged per month either on the
 * month's maximum demand or on the installed transformer capacity.
 *
 * Equation:
 *   billing months = runs of consecutive hours in the same calendar month (a multi-year run has 12 per year)
 *   maxDemandW(m)  = max over the billing month's hours of the hourly mean facility power
 *   maxDemand:           charge = pricePerWMonth * mean_m(maxDemandW(m)) * 12
 *   transformerCapacity: charge = pricePerVAMonth * transformerInstalledVA * 12
 * Assumptions: the meter's maximum demand is the highest hourly mean of the simulated facility power (tariffs
 *   meter a 15-minute mean, which is at least as high: hourly data understates a short peak); a run shorter
 *   than a year is billed on the mean of its billing months; the transformer capacity billed is every
 *   installed unit (N+1 units energized in hot standby; a sealed cold-standby unit is not billed in China,
 *   which this does not model); no contracted-demand floor or overrun penalty.
 * Units: prices per W (or VA) per month in the scenario currency; powers W; apparent power VA.
 * Validity: powerW and month of one length > 0; prices >= 0.
 * References: two-part tariffs bill the basic charge by transformer capacity or by maximum demand, e.g.
 *   Shenzhen large industry from 1 June 2005: 24 CNY per kVA-month on transformer capacity, 44 CNY per month per
 *   unit of maximum demand [P: szinvest.gov.cn/info/3.htm, "Cost of Electricity"]; today's rule (the NDRC notice
 *   on the third regulatory period of provincial transmission and distribution tariffs, 发改价格〔2023〕526号)
 *   and provincial prices are not verified here: the basis and price are scenario inputs.
 * Validated by: test/tco/tariffStructure.test.ts (hand-computed bills of a synthetic year: unit tests).
 * @example annualDemandCharge({ basis: 'transformerCapacity', pricePerVAMonth: 0.03 }, { powerW, month, transformerInstalledVA: 4e6 }) // => 1 440 000
 */
import { MONTHS_PER_YEAR } from './tariff.js';

export type DemandCharge =
  | { basis: 'maxDemand'; pricePerWMonth: number }
  | { basis: 'transformerCapacity'; pricePerVAMonth: number };

export interface DemandChargeInput {
  /** Mean facility power per hour, W. */
  powerW: Float64Array;
  /** Month 1-12 of each hour. */
  month: Uint8Array;
  /** Rated apparent power of every installed transformer unit, VA. */
  transformerInstalledVA: number;
}

/**
 * The maximum hourly power of each billing month, written into `into` (grown by the caller if short);
 * returns the filled part of `into`.
 */
export function billingMonthMaxima(powerW: Float64Array, month: Uint8Array, into: Float64Array): Float64Array {
  if (powerW.length === 0 || month.length !== powerW.length) {
    throw new RangeError(`hourly arrays must be non-empty and of one length, got ${powerW.length}, ${month.length}`);
  }
  let n = 0;
  let max = powerW[0];
  for (let h = 1; h < powerW.length; h++) {
    if (month[h] !== month[h - 1]) {
      into[n++] = max;
      max = powerW[h];
    } else if (powerW[h] > max) max = powerW[h];
  }
  into[n++] = max;
  return into.subarray(0, n);
}

/** Upper bound on billing months of `hours` hourly values (a month change per hour at most). */
function billingMonthsBound(month: Uint8Array): number {
  let n = 1;
  for (let h = 1; h < month.length; h++) if (month[h] !== month[h - 1]) n++;
  return n;
}

/** Demand charge of one year (see the file's Equation). */
export function annualDemandCharge(charge: DemandCharge, input: DemandChargeInput): number {
  if (charge.basis === 'transformerCapacity') return charge.pricePerVAMonth * input.transformerInstalledVA * MONTHS_PER_YEAR;
  const maxima = billingMonthMaxima(input.powerW, input.month, new Float64Array(billingMonthsBound(input.month)));
  let sum = 0;
  for (const m of maxima) sum += m;
  return (charge.pricePerWMonth * sum * MONTHS_PER_YEAR) / maxima.length;
}
