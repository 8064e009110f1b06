/**
 * A `sites:` entry's money from its site record: the `energy` and `water` prices of the record's province
 * row (scenarios/sites/china-hubs.yaml `tariffs:`, with Beijing's PUE surcharge inside `energy`) fill the keys
 * the entry's own `costs:` does not write. A site's tariff is the site's, like its weather and grid carbon:
 * without this, every site of a run would be priced at the scenario's one tariff. Skipped when the entry's
 * currency is not the record's (prices are not converted) and for entries without a record.
 */
import type { SiteRecord, SiteTable } from './siteRecords.js';
import { siteRecordCosts, type SiteRecordCostsSource } from './siteRecordCosts.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entry's costs with the record's prices filled in, and the sources of the prices that were. */
export function recordMoney(record: SiteRecord | undefined, table: SiteTable, written: unknown, currency: unknown): { costs: unknown; sources: SiteRecordCostsSource[] } {
  if (record === undefined || (written !== undefined && !isRecord(written))) return { costs: written, sources: [] };
  const row = siteRecordCosts(record.id, table);
  if (row.currency !== currency) return { costs: written, sources: [] };
  const own = isRecord(written) ? written : {};
  const filled: Record<string, unknown> = {};
  if (row.costs.energy !== undefined && !('energy' in own)) filled.energy = structuredClone(row.costs.energy);
  if (row.costs.water !== undefined && !('water' in own)) filled.water = row.costs.water;
  if (Object.keys(filled).length === 0) return { costs: written, sources: [] };
  const sources = row.sources.filter((s) => s.input.startsWith('costs.') && s.input.split('.')[1] in filled);
  return { costs: { ...filled, ...own }, sources };
}
