/**
 * Total cost of ownership of one design over the horizon: capex by component in
 * year 0, opex by line per year (escalated), all discounted to present value.
 */
import type { TcoSummary } from '../types/summary.js';
import { kWFromW, kWhFromJ } from '../units.js';
import { capexLines, facilityCapex } from './capex.js';
import { appliedDefaults, type CostParams, type InstalledCooling } from './costParams.js';
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
  /** GPU-hours allocated to jobs in one year (the base of perGpuHour); absent = not known. */
  annualGpuHours?: number;
  /** Rated VA of every installed transformer unit (a demand charge by transformer capacity). */
  transformerInstalledVA?: number;
  /** Grid-side power factor of the facility (the power-factor adjustment). */
  powerFactor?: number;
  /** Simulated annual PUE (the PUE surcharge). */
  pue?: number;
  /** With failures: expected lost work and repairs a year (opex lines lostWorkOpex, repairsOpex). */
  resilience?: { lostWorkPerYear: number; repairsPerYear: number };
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
 *   perItMWh = 1000 perItKWh;  perGpuHour = total / sum_{y=1..H} annualGpuHours / (1 + r)^y
 *   assumptions = the defaults the costs took (costParams.ts appliedDefaults)
 * Assumptions: the simulated year repeats for every year of the horizon; one escalation rate for
 *   all opex prices; no residual value at the end of the horizon.
 * Validity: itRatedW > 0; hourly arrays of equal length.
 * References: shared/reference/metrics-parameters-tco.md §4.2 (TCO_5y formula; normalization per kW
 *   of IT, Schneider WP6 rev 4); levelized cost: Short, Packey & Holt, A Manual for the Economic Evaluation
 *   of Energy Efficiency and Renewable Energy Technologies, NREL/TP-462-5173 (1995): LCOE = (TLCC / Q) x UCRF,
 *   UCRF = 1 / sum_y (1 + r)^-y, i.e. for a constant yearly output Q, PV of costs / PV of the output.
 * Validated by: test/tco/tco.test.ts (unit tests: lines add up to total; hand-computed examples of the total
 *   and of the levelized cost per IT MWh and per GPU-hour).
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

  // Levelized as a cost of energy is: the delivered quantity discounted at the same rate as the costs.
  let annuityOfUnits = 0;
  for (let y = 1; y <= costs.horizonYears; y++) annuityOfUnits += discountFactor(costs.discountRate, y);
  const itEnergyPvKWh = kWhFromJ(input.annualItEnergyJ) * annuityOfUnits;
  const gpuHoursPv = (input.annualGpuHours ?? 0) * annuityOfUnits;

  return {
    currency,
    horizonYears: costs.horizonYears,
    discountRate: costs.discountRate,
    total,
    capex: capexTotal,
    opex: total - capexTotal,
    perITKW: total / kWFromW(input.itRatedW),
    perItKWh: itEnergyPvKWh > 0 ? total / itEnergyPvKWh : null,
    perItMWh: itEnergyPvKWh > 0 ? (total / itEnergyPvKWh) * 1e3 : null,
    perGpuHour: gpuHoursPv > 0 ? total / gpuHoursPv : null,
    lines,
    cashFlows: cashFlows(capexTotal, sumInOrder(Object.values(opexYear1)), costs.escalation, costs.horizonYears),
    sources: { ...costs.sources },
    assumptions: appliedDefaults(costs, currency),
    ...(costs.inputs ? { inputs: costs.inputs } : {}),
  };
}
