/**
 * Converts a catalogue record (entries.ts) into the scenario's currency and cost year, with both factors stated
 * as inputs so the report can show how each price was obtained.
 *
 * Equation:
 *   escalationFactor = (1 + escalation) ^ (costYear_scenario - costYear_entry)
 *   price            = value_entry * escalationFactor * exchangeFactor     (low and high alike)
 *   where exchangeFactor is scenario-currency units per entry-currency unit (1 when they are the same).
 * Assumptions: one constant escalation rate per year between the two cost years (compound); conversion at one
 *   stated rate after escalation (escalate in the entry's own currency, then convert); the entry's scope and
 *   region are not adjusted (a US cost applied to a Chinese site stays a US cost: the record says so).
 * Units: value per kW or per m^2, as the record; factors dimensionless; years as calendar years.
 * Validity: escalation > -1; exchangeFactor > 0; without a scenario cost year no escalation is applied (the
 *   entry's own year is kept and the output says so).
 * References: compound growth at a constant rate (no index series is bundled); the rate, the exchange rate and
 *   their sources come from the scenario (`costs.catalogue`); the records' sources are in entries.ts.
 * Validated by: test/tco/catalogue.test.ts (hand values: 6201 USD/kW from 2024 to 2025 at 5.5 % and 7.2734 CNY/USD).
 * @example convertEntry(entry, { escalation: 0.055, costYear: 2025, exchangeFactor: 7.2734, currency: 'CNY' }).price
 */
import type { CatalogueEntry } from './types.js';
import { CATALOGUE } from './entries.js';

export interface ConversionInputs {
  /** Target cost year; undefined keeps the entry's own year. */
  costYear?: number;
  /** Per year, fraction. */
  escalation: number;
  /** Scenario-currency units per entry-currency unit. */
  exchangeFactor: number;
  /** Scenario currency (ISO 4217). */
  currency: string;
}

export interface ConvertedEntry {
  price: number;
  lowPrice: number;
  highPrice: number;
  currency: string;
  escalationFactor: number;
  exchangeFactor: number;
  /** Calendar year of the price level after escalation. */
  costYear: number;
}

export function convertEntry(entry: CatalogueEntry, c: ConversionInputs): ConvertedEntry {
  if (!(c.escalation > -1)) throw new RangeError(`escalation ${c.escalation} must be > -1`);
  if (!(c.exchangeFactor > 0)) throw new RangeError(`exchange factor ${c.exchangeFactor} must be > 0`);
  const costYear = c.costYear ?? entry.costYear;
  const escalationFactor = (1 + c.escalation) ** (costYear - entry.costYear);
  const k = escalationFactor * c.exchangeFactor;
  return {
    price: entry.value * k,
    lowPrice: entry.low * k,
    highPrice: entry.high * k,
    currency: c.currency,
    escalationFactor,
    exchangeFactor: c.exchangeFactor,
    costYear,
  };
}

/** The record with this id, or undefined. */
export const catalogueEntry = (id: string): CatalogueEntry | undefined => CATALOGUE.find((e) => e.id === id);

/** Every record id, in catalogue order (for "did you mean" lists). */
export const catalogueIds = (): string[] => CATALOGUE.map((e) => e.id);
