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

/** The energy and water prices the entry writes itself, listed beside the record's so a reader sees every site price's origin. */
function writtenSources(own: Record<string, unknown>): SiteRecordCostsSource[] {
  const out: SiteRecordCostsSource[] = [];
  const energy = own.energy;
  if (isRecord(energy)) {
    const value = typeof energy.flat === 'string' ? energy.flat : Array.isArray(energy.timeOfUse) ? `time of use, ${energy.timeOfUse.length} periods` : 'a tariff';
    out.push({ input: 'costs.energy', value, source: "scenario (the site entry's costs:)" });
  }
  if (typeof own.water === 'string') out.push({ input: 'costs.water', value: own.water, source: "scenario (the site entry's costs:)" });
  return out;
}

/** The entry's costs with the record's prices filled in, and the sources of every site price (record's and the entry's own). */
export function recordMoney(record: SiteRecord | undefined, table: SiteTable, written: unknown, currency: unknown): { costs: unknown; sources: SiteRecordCostsSource[] } {
  if (written !== undefined && !isRecord(written)) return { costs: written, sources: [] };
  if (record === undefined) return { costs: written, sources: writtenSources(written ?? {}) };
  const row = siteRecordCosts(record.id, table);
  if (row.currency !== currency) return { costs: written, sources: writtenSources(written ?? {}) };
  const own = isRecord(written) ? written : {};
  const ownSources = writtenSources(own);
  const filled: Record<string, unknown> = {};
  if (row.costs.energy !== undefined && !('energy' in own)) filled.energy = structuredClone(row.costs.energy);
  if (row.costs.water !== undefined && !('water' in own)) filled.water = row.costs.water;
  if (Object.keys(filled).length === 0) return { costs: written, sources: ownSources };
  const sources = row.sources.filter((s) => s.input.startsWith('costs.') && s.input.split('.')[1] in filled);
  return { costs: { ...filled, ...own }, sources: [...sources, ...ownSources] };
}
