/**
 * Cost parameters of one design after normalization: SI prices (per J, per W,
 * per m^3, per kg), fractions 0-1, in the scenario's currency. Built by
 * sim/scenario/schema/costs.ts from the scenario's `costs:` block.
 *
 * Which inputs have defaults: only those with a citable source or a neutral
 * meaning (a charge the tariff does not have is 0). None is silent: appliedDefaults() lists each
 * default taken (summary.json designs[i].tco.assumptions) and discountRateWarning() warns when the
 * default rate is not stated for the scenario's currency (test/tco/costParams.test.ts). Every capex unit price,
 * the energy tariff, the water price and the maintenance share have NO
 * default: the reference notes (../shared/reference/metrics-parameters-tco.md
 * §4.2, §6 item 5) found no authoritative figure, so the scenario must give them.
 */
import type { DemandCharge } from './demandCharge.js';
import type { PueSurcharge } from './pueSurcharge.js';

import type { MoneyAssumption } from '../types/summary.js';

import type { CostInput } from '../types/summary.js';

export type { CostInput };

/** Energy tariff as a price per J for each (month, hour of day): index (month - 1) * 24 + hourOfDay. */
export interface EnergyTariff {
  kind: 'flat' | 'timeOfUse';
  /** 288 prices, currency per J. */
  pricePerJByMonthHour: number[];
}

/**
 * Cooling plant prices. `single` and `split`: per W of design heat (IT plus in-building losses), split by liquid
 * share when both are given. `perEquipment`: per W of each equipment class's installed capacity at the site's
 * design point (sim/models/cooling/installedEquipment.ts names the classes and what their capacity measures).
 */
export type CoolingCapexPrice =
  | { kind: 'single'; pricePerW: number }
  | { kind: 'split'; airPricePerW: number; liquidPricePerW: number }
  | { kind: 'perEquipment'; pricePerWByEquipment: Readonly<Record<string, number>> };

/** One class of installed cooling equipment (the inventory of installedEquipment.ts), as capex reads it. */
export interface InstalledCooling {
  equipment: string;
  units?: number;
  /** Installed capacity, W (heat, or electric input for pumps). */
  capacityW: number;
}

export interface CapexPrices {
  /** Power infrastructure (switchgear, transformers, UPS, generators, distribution) per W of design IT, redundancy included. */
  powerPricePerW: number;
  /** Cooling plant: per W of design heat, or per W of each equipment class's installed capacity. */
  cooling: CoolingCapexPrice;
  /** Liquid-cooling premium (CDUs, manifolds, cold plates) per W of IT heat captured by liquid. */
  liquidPremiumPricePerW: number;
  /** Fitted white space per m^2 (rack count x footprint per rack incl. aisles). */
  whiteSpacePricePerM2: number;
  /** IT equipment per W of design IT; 0 when IT is left out of the comparison. */
  itPricePerW: number;
}

export interface CostParams {
  energyTariff: EnergyTariff;
  /** Annual escalation of every opex price (energy, demand, water, carbon, maintenance), fraction per year. */
  escalation: number;
  /** Discount rate per year, fraction. */
  discountRate: number;
  horizonYears: number;
  /** Demand charge per W of the year's peak facility power per month; 0 when the tariff has none. */
  demandPricePerWMonth: number;
  /** A two-part tariff's demand charge by monthly maximum demand or transformer capacity (replaces the line above). */
  demandCharge?: DemandCharge;
  /** China's 1983 power-factor adjustment (standard 0.90) on the energy and demand charges. */
  powerFactorAdjustment?: 'china-1983';
  /** Differential surcharge on energy when the annual PUE is above a limit. */
  pueSurcharge?: PueSurcharge;
  waterPricePerM3: number;
  /** Maintenance per year as a share of facility capex (IT capex excluded). */
  maintenanceShare: number;
  /** Carbon price per kg CO2e; 0 when no carbon cost applies. */
  carbonPricePerKg: number;
  capex: CapexPrices;
  /** Currency code of every price, by input path (e.g. `energy.flat`, `capex.power`). */
  priceCurrencies: Record<string, string>;
  /** Per input: `scenario` or the cited default it took. */
  sources: Record<string, string>;
  /** Each capex line's price with its source or 'assumption' (sim/scenario/schema/costCatalogue.ts). */
  inputs?: CostInput[];
}

/**
 * Defaults with their sources. Tags as in the reference notes: P primary, S secondary.
 */
export const COST_DEFAULTS = {
  /** The project's TCO horizon: ../shared/design.md, "tco: ... horizon (default 5 years)". */
  horizonYears: {
    value: 5,
    source: 'default 5 years: dctwin design (shared/design.md, tco: "horizon (default 5 years)")',
  },
  /**
   * China's recommended social discount rate for project appraisal, 8 %: NDRC & MOHURD,
   * 建设项目经济评价方法与参数 (Methods and Parameters for Economic Evaluation of
   * Construction Projects), 3rd ed., 2006 [S: quoted in 水利水电建设项目经济评价及案例分析 §3.5.1;
   * also SL 72-2013]. A public-project rate; a company's WACC may differ: override it.
   */
  discountRate: {
    value: 0.08,
    source: 'default 8 %: social discount rate, NDRC & MOHURD, Methods and Parameters for Economic Evaluation of Construction Projects, 3rd ed. (2006) [secondary quote]',
    /** The currencies whose projects this source states the rate for; any other currency gets a warning. */
    statedFor: ['CNY'] as readonly string[],
  },
  /** Neutral assumption, not a cited figure: prices held at year-1 levels. */
  escalation: { value: 0, source: 'default 0 %: prices held at year-1 levels (assumption, no escalation given)' },
  /** Neutral: a single-part tariff has no demand charge. */
  demandCharge: { value: 0, source: 'default none: no demand charge (single-part tariff assumed)' },
  /** Neutral: Chinese data centers are outside the national ETS; no carbon cash cost unless given. */
  carbonPrice: { value: 0, source: 'default none: no carbon price applied' },
  /** Neutral: IT equipment is the same in both designs unless given (design.md: "IT optional"). */
  itCapex: { value: 0, source: 'default none: IT equipment excluded from TCO' },
} as const;

/** Each defaultable input: its key in `CostParams.sources`, the scenario field, the value used and its unit (edge units). */
const DEFAULTABLE: ReadonlyArray<[string, string, (p: CostParams) => number, (currency: string) => string]> = [
  ['discountRate', 'costs.discountRate', (p) => p.discountRate, () => 'fraction per year'],
  ['horizon', 'costs.horizon', (p) => p.horizonYears, () => 'years'],
  ['escalation', 'costs.escalation', (p) => p.escalation, () => 'fraction per year'],
  ['demandCharge', 'costs.demandCharge', (p) => p.demandPricePerWMonth * 1e3, (c) => `${c}/kW per month`],
  ['carbonPrice', 'costs.carbonPrice', (p) => p.carbonPricePerKg * 1e3, (c) => `${c}/t CO2e`],
  ['capex.it', 'costs.capex.it', (p) => p.capex.itPricePerW * 1e3, (c) => `${c}/kW`],
];

/** The defaults `params` took (inputs its scenario left out), in a fixed order, with value, unit and source. */
export function appliedDefaults(params: CostParams, currency: string): MoneyAssumption[] {
  return DEFAULTABLE.filter(([key]) => params.sources[key] !== undefined && params.sources[key] !== 'scenario').map(
    ([key, input, value, unit]) => ({ input, value: value(params), unit: unit(currency), source: params.sources[key] }),
  );
}

/**
 * The warning for a design whose discount rate is the default while the scenario's currency is not one the
 * default's source states it for (e.g. China's 8 % social rate on a USD scenario); undefined otherwise.
 */
export function discountRateWarning(params: CostParams, currency: string, designIndex: number): string | undefined {
  if (params.sources.discountRate === 'scenario' || COST_DEFAULTS.discountRate.statedFor.includes(currency)) return undefined;
  const rate = `${+(params.discountRate * 100).toFixed(4)} %`;
  return `designs[${designIndex}].costs.discountRate is not set: the TCO uses ${rate}, ${COST_DEFAULTS.discountRate.source.replace(/^default [^:]*: /, '')}, ` +
    `a rate stated for ${COST_DEFAULTS.discountRate.statedFor.join(', ')} projects, not for ${currency}; set designs[${designIndex}].costs.discountRate (e.g. the buyer's WACC)`;
}

/** Every currency code used by `params`, sorted, without duplicates. */
export function costCurrencies(params: CostParams): string[] {
  return [...new Set(Object.values(params.priceCurrencies))].sort();
}
