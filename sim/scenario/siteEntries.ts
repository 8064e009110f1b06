/**
 * A scenario's `sites:` list expanded into one complete single-site scenario per entry, on the plain
 * data before validation (so every check of a one-site scenario applies to each site):
 *
 *   sites[i]: 'cn-hohhot' | { record?, name, weather, gridCarbon, pueLimit, gridLimit, ...,
 *                              region?: east | west, currency?: ISO code, costs?: { energy, water, ... } }
 *
 *   site      = the entry's fields over the top-level `site:` defaults (controlStep, years, designBasis,
 *               gridLimit ...); an entry naming a record takes name, weather, gridCarbon and pueLimit from
 *               itself or its record, never from `site:`
 *   currency  = the entry's, else the scenario's
 *   costs     = the top-level costs with the entry's keys replacing the same keys, and those keys removed
 *               (an entry naming a record first takes `energy` and `water` it does not write from its province's
 *               row of the record table's `tariffs:`, siteRecordCosts.ts, when the currencies match)
 *               from every design's costs (the design then inherits the site's): a site's money is its own;
 *               `costs.catalogue` (cost year, exchange rates into the site's currency) replaces every design's
 *   region    = the entry's, else its record's; with `workload.latency: east-only` a west site is
 *               excluded (not simulated) and a site without a region is an error at `sites[i].region`
 *
 * Each entry's id is its record id, else a slug of its name; ids are unique. `filePath` maps a path
 * of the expanded scenario back to where the value is written in the file (`site.weather` ->
 * `sites[2].weather`), so messages name the file's line.
 */
import { formatPath, type ResolvedPath } from './overrides.js';
import type { Problem } from './messages.js';
import { showFound } from './messages.js';
import { SITE_COST_KEYS } from './schema/siteCosts.js';
import { readSiteTable } from './siteRecords.js';
import { recordMoney } from './siteRecordMoney.js';
import type { SiteRecordCostsSource } from './siteRecordCosts.js';

/** Most sites one scenario lists (each is a whole simulation). */
export const MAX_SITES = 50;
/** Fields of a site that describe the place itself: an entry naming a record never takes them from `site:`. */
const IDENTITY_KEYS = ['record', 'name', 'weather', 'gridCarbon', 'pueLimit'];
export const REGIONS = ['east', 'west'] as const;
export type Region = (typeof REGIONS)[number];

/** Where an entry came from: the file's `sites:`, the file's `site:` (dctwin sites), or a `--site` flag. */
export type EntryOrigin = 'sites' | 'site' | 'flag';

export interface SiteEntry {
  index: number;
  id: string;
  region: Region | null;
  origin: EntryOrigin;
  /** Why the site is not simulated (the workload's latency class), else undefined. */
  excluded?: string;
  /** The single-site scenario (plain data, before site records and cost inheritance fill it). */
  data: Record<string, unknown>;
  /** The prices the entry took from its record's province row, each with its source (or `assumption`). */
  priceSources: SiteRecordCostsSource[];
  /** A path of `data` -> the path of the file where its value is written. */
  filePath: (path: ResolvedPath) => ResolvedPath;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const slugOf = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * `dctwin sites FILE --site id…`: the file's `sites:` (or its `site:` as the first entry) plus the record ids
 * given; returns each entry's origin.
 */
export function addSites(data: Record<string, unknown>, ids: readonly string[]): EntryOrigin[] {
  const listed = Array.isArray(data.sites) ? data.sites : undefined;
  const first: unknown[] = listed ?? (data.site === undefined ? [] : [structuredClone(data.site)]);
  data.sites = [...first, ...ids];
  return [...first.map((): EntryOrigin => (listed ? 'sites' : 'site')), ...ids.map((): EntryOrigin => 'flag')];
}

/** The expansion of `data.sites` (see the file's doc), with the problems found in the list itself. */
export function expandSites(data: Record<string, unknown>, origins?: readonly EntryOrigin[]): { entries: SiteEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (path: ResolvedPath, expected: string, found: unknown) =>
    problems.push({ path, text: `${formatPath(path)}: expected ${expected}, got ${showFound(found)}` });
  const list = data.sites;
  if (!Array.isArray(list) || list.length < 2 || list.length > MAX_SITES) {
    problem(['sites'], `a list of 2 to ${MAX_SITES} sites (record ids like 'cn-hohhot' or maps of site fields)`, list);
    return { entries: [], problems };
  }
  const table = readSiteTable();
  const latency = isRecord(data.workload) ? data.workload.latency : undefined;
  const defaults = typeof data.site === 'string' ? { record: data.site } : isRecord(data.site) ? data.site : {};
  const { sites: _sites, site: _site, ...shared } = data;
  const entries: SiteEntry[] = [];
  const firstWithId = new Map<string, number>();
  list.forEach((raw: unknown, i) => {
    const origin = origins?.[i] ?? 'sites';
    const at = (...rest: ResolvedPath) => (origin === 'site' ? ['site', ...rest] : ['sites', i, ...rest]);
    if (typeof raw !== 'string' && !isRecord(raw)) return problem(at(), "a site record id like 'cn-hohhot' or a map of site fields", raw);
    const { region: regionRaw, currency, costs: written, ...fields } = typeof raw === 'string' ? { record: raw } : (raw as Record<string, unknown>);
    const record = typeof fields.record === 'string' ? table.sites.find((s) => s.id === fields.record) : undefined;
    const fromRecord = recordMoney(record, table, written, currency ?? data.currency);
    const costs = fromRecord.costs;
    const inherited = Object.fromEntries(Object.entries(defaults).filter(([k]) => !(fields.record !== undefined ? IDENTITY_KEYS : ['record']).includes(k)));
    if (regionRaw !== undefined && !REGIONS.includes(regionRaw as Region)) problem(at('region'), "'east' or 'west'", regionRaw);
    const region = (REGIONS.includes(regionRaw as Region) ? regionRaw : record?.region ?? null) as Region | null;
    const named = typeof fields.record === 'string' ? fields.record : typeof fields.name === 'string' ? slugOf(fields.name) : '';
    const id = named === '' ? `site-${i + 1}` : named;
    const earlier = firstWithId.get(id);
    if (earlier !== undefined) problem(at(), `a site not listed before (also sites[${earlier}])`, id);
    else firstWithId.set(id, i);
    let excluded: string | undefined;
    if (latency === 'east-only') {
      if (region === null) problem(at('region'), "'east' or 'west' (workload.latency is east-only)", undefined);
      else if (region === 'west') excluded = 'workload.latency east-only: a west site does not serve latency-bound inference for eastern users';
    }
    const siteCosts = isRecord(costs) ? costs : {};
    const writtenCosts = isRecord(written) ? written : {};
    const { catalogue, ...money } = siteCosts;
    const expanded: Record<string, unknown> = structuredClone({ ...shared, site: { ...inherited, ...fields } });
    if (currency !== undefined) expanded.currency = currency;
    if (costs !== undefined) expanded.costs = isRecord(costs) ? { ...(isRecord(data.costs) ? data.costs : {}), ...structuredClone(money) } : costs;
    for (const design of Array.isArray(expanded.designs) ? expanded.designs : []) {
      if (!isRecord(design) || !isRecord(design.costs)) continue;
      for (const k of SITE_COST_KEYS) if (k in siteCosts) delete design.costs[k];
      // The catalogue's conversion inputs (cost year, exchange rates into the site's currency) are the site's too.
      if (catalogue !== undefined) design.costs.catalogue = structuredClone(catalogue);
    }
    const fromEntry = (key: string | number) => typeof raw === 'string' || String(key) in fields || !(String(key) in inherited);
    const filePath = (p: ResolvedPath): ResolvedPath => {
      if (p[0] === 'site' && (p.length === 1 || fromEntry(p[1]))) return at(...p.slice(1));
      if (p[0] === 'currency' && currency !== undefined) return at('currency');
      if (p[0] === 'costs' && p.length > 1 && String(p[1]) in writtenCosts) return at(...p);
      if (p[0] === 'costs' && p.length === 1 && written !== undefined) return at('costs');
      const replaced = (k: string | number) => String(k) in writtenCosts && [...SITE_COST_KEYS, 'catalogue'].includes(String(k));
      if (p[0] === 'designs' && p[2] === 'costs' && p.length > 3 && replaced(p[3])) return at('costs', ...p.slice(3));
      return p;
    };
    entries.push({ index: i, id, region, origin, excluded, data: expanded, priceSources: fromRecord.sources, filePath });
  });
  return { entries, problems };
}

/**
 * A problem of an expanded scenario as the file's problem: its path mapped by `filePath`, and the path its
 * text starts with (the longest formatted prefix of its path) rewritten the same way.
 */
export function problemInFile(p: Problem, filePath: (path: ResolvedPath) => ResolvedPath): Problem {
  const path = filePath(p.path);
  for (let n = p.path.length; n >= 1; n--) {
    const shown = formatPath(p.path.slice(0, n));
    if (p.text.startsWith(`${shown}:`)) return { path, text: `${formatPath(filePath(p.path.slice(0, n)))}${p.text.slice(shown.length)}` };
  }
  return { path, text: p.text };
}
