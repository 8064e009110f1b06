/**
 * What a site record's province row (the `tariffs:` of scenarios/sites/china-hubs.yaml) gives a scenario:
 * plain scenario costs data (the energy price, Beijing's PUE surcharge, the water price), a cited green-power
 * share where one exists, and per input the value and its source text or `assumption` with its note, for the
 * report's sources table. Nothing here applies them to a run: a caller puts `costs` under a design's or the
 * top-level `costs:` (a design's own keys win) and `greenShare` under `site:`, then validates as usual.
 *
 * @example siteRecordCosts('cn-beijing').costs
 *   // => { energy: { flat: '0.64 CNY/kWh', pueSurcharge: { tiers: [{ above: 1.35, price: '0.2 CNY/kWh' }, ...], appliesTo: 'excess' } },
 *   //      water: '4.4 CNY/m^3' }
 */
import { InputError } from '../errors.js';
import { didYouMean } from './didYouMean.js';
import { readSiteTable, SITE_TABLE_PATH, type SiteTable } from './siteRecords.js';

/** The PUE surcharge as `costs.energy.pueSurcharge` takes it (sim/scenario/schema/tariffs.ts). */
export interface PueSurchargeCosts {
  tiers: Array<{ above: number; price: string }>;
  appliesTo: 'excess' | 'all';
}

export interface SiteRecordCostsSource {
  /** The scenario path the value goes to: `costs.energy.flat`, `costs.energy.pueSurcharge`, `costs.water`, `site.greenShare`. */
  input: string;
  /** The value as written in the table (`0.35 CNY/kWh`), or the surcharge's tiers in words. */
  value: string;
  /** The source's text with the province and year, or `assumption`. */
  source: string;
  /** How an assumed value was chosen (the table's note). */
  note?: string;
}

export interface SiteRecordCosts {
  /** The record's currency: the scenario's `currency:` must be it for these prices to validate. */
  currency: string;
  costs: { energy?: { flat: string; pueSurcharge?: PueSurchargeCosts }; water?: string };
  /** A cited contracted green-power share (`'30 %'`), for `site.greenShare`; absent when the table has none. */
  greenShare?: string;
  sources: SiteRecordCostsSource[];
}

/**
 * The costs of record `recordId`'s province row. Throws an InputError for an unknown id (with close matches);
 * a province without a row gives empty costs and no sources.
 */
export function siteRecordCosts(recordId: string, table: SiteTable = readSiteTable()): SiteRecordCosts {
  const ids = table.sites.map((s) => s.id);
  const record = table.sites.find((s) => s.id === recordId);
  if (record === undefined) throw new InputError(`site record: expected an id of ${SITE_TABLE_PATH}${didYouMean(recordId, ids)}, got '${recordId}'`);
  const row = table.tariffs?.[record.province];
  const result: SiteRecordCosts = { currency: record.currency, costs: {}, sources: [] };
  if (row === undefined) return result;
  const cite = (input: string, value: string, c: { source: string; note?: string; year?: number }) => {
    const where = [record.province, ...(c.year === undefined ? [] : [String(c.year)])].join(', ');
    const source = c.source === 'assumption' ? 'assumption' : `${table.sources[c.source]} [${where}]`;
    result.sources.push({ input, value, source, ...(c.note === undefined ? {} : { note: c.note }) });
  };
  result.costs.energy = { flat: row.energy.value };
  cite('costs.energy.flat', row.energy.value, row.energy);
  if (row.pueSurcharge !== undefined) {
    const { tiers, appliesTo } = row.pueSurcharge;
    result.costs.energy.pueSurcharge = { tiers: tiers.map((t) => ({ above: t.above, price: t.price })), appliesTo };
    const words = tiers.map((t) => `PUE above ${t.above}: +${t.price}`).join('; ');
    cite('costs.energy.pueSurcharge', `${words} (on ${appliesTo === 'excess' ? 'the energy above the limit' : 'all facility energy'})`, row.pueSurcharge);
  }
  result.costs.water = row.water.value;
  cite('costs.water', row.water.value, row.water);
  if (row.greenShare !== undefined) {
    result.greenShare = row.greenShare.value;
    cite('site.greenShare', row.greenShare.value, row.greenShare);
  }
  return result;
}
