/**
 * Total cost of ownership of one design over the horizon: capex by component in
 * year 0, opex by line per year (escalated), all discounted to present value.
 */
import type { TcoSummary } from '../types/summary.js';
import { kWFromW, kWhFromJ } from '../units.js';
import { capexLines, facilityCapex } from './capex.js';
import type { CostParams, InstalledCooling } from './costParams.js';
import { cashFlows, discountFactor, escalationFactor } from './npv.js';
import { opexLines } from './opex.js';

export interface TcoInput {
  itRatedW: number;
  racks: number;
  rackFootprintM2: number;
  /** Share of IT heat captured by liquid, 0-1. */
  liquidFraction: number;
  /** Design heat to the cooling plant, W (base of `single`/`split` cooling prices). */
  coolingRatedW: number;
  /** Installed cooling equipment by class at the design point (base of `perEquipment` cooling prices). */
  coolingEquipment?: readonly InstalledCooling[];
  /** Mean facility W per hour over one simulated year (8760). */
  hourlyFacilityPowerW: Float64Array;
  hourOfDay: Uint8Array;
  month: Uint8Array;
  annualItEnergyJ: number;
  annualWaterL: number;
  annualEmissionsKg: number;
  peakFacilityPowerW: number;
}

/** Sum of (1 + escalation)^(y-1) / (1 + discountRate)^y over y = 1..horizonYears. */
export function escalatedAnnuityFactor(escalation: number, discountRate: number, horizonYears: number): number {
  let factor = 0;
  for (let y = 1; y <= horizonYears; y++) factor += escalationFactor(escalation, y) * discountFactor(discountRate, y);
  return factor;
}

function sumInOrder(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

/**
 * TCO of one design: present value of capex and opex, by line.
 *
 * Equation:
 *   capex lines: see capex.ts; opex lines at year-1 prices: see opex.ts
 *   lines[opex line] = opexLine * A,  A = sum_{y=1..H} (1 + e)^(y-1) / (1 + r)^y
 *   total  = sum of lines (in key order: capex lines, then opex lines)
 *   capex  = sum of capex lines; opex = total - capex
 *   cashFlows = [capex, opex_1 .. opex_H] undiscounted, opex_y = sum(opex lines) * (1 + e)^(y-1)
 *   perITKW  = total / itRatedKW
 *   perItKWh = total / sum_{y=1..H} annualItEnergyKWh / (1 + r)^y   (levelized cost per IT kWh)
 * Assumptions: the simulated year repeats for every year of the horizon; one escalation rate for
 *   all opex prices; no residual value at the end of the horizon.
 * Validity: itRatedW > 0; hourly arrays of equal length.
 * References: shared/reference/metrics-parameters-tco.md §4.2 (TCO_5y formula; normalization per kW
 *   of IT, Schneider WP6 rev 4).
 * Validated by: test/tco/tco.test.ts (lines add up to total; hand-computed example).
 * @example computeTco(costs, 'CNY', input).total // present value of all costs, in CNY
 */
export function computeTco(costs: CostParams, currency: string, input: TcoInput): TcoSummary {
  if (!(input.itRatedW > 0)) throw new RangeError(`itRatedW ${input.itRatedW} must be > 0`);
  const capex = capexLines(costs.capex, input);
  const opexYear1 = opexLines(costs, { ...input, maintenanceBase: facilityCapex(capex) });
  const annuity = escalatedAnnuityFactor(costs.escalation, costs.discountRate, costs.horizonYears);

  const lines: Record<string, number> = { ...capex };
  for (const [name, value] of Object.entries(opexYear1)) lines[name] = value * annuity;
  const total = sumInOrder(Object.values(lines));
  const capexTotal = sumInOrder(Object.values(capex));

  let itEnergyPvKWh = 0;
  for (let y = 1; y <= costs.horizonYears; y++) itEnergyPvKWh += kWhFromJ(input.annualItEnergyJ) * discountFactor(costs.discountRate, y);

  return {
    currency,
    horizonYears: costs.horizonYears,
    discountRate: costs.discountRate,
    total,
    capex: capexTotal,
    opex: total - capexTotal,
    perITKW: total / kWFromW(input.itRatedW),
    perItKWh: itEnergyPvKWh > 0 ? total / itEnergyPvKWh : null,
    lines,
    cashFlows: cashFlows(capexTotal, sumInOrder(Object.values(opexYear1)), costs.escalation, costs.horizonYears),
    sources: { ...costs.sources },
    ...(costs.inputs ? { inputs: costs.inputs } : {}),
  };
}
