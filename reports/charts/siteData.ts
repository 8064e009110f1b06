/**
 * What the site charts and the "Where should this load go?" section read from
 * summary.json's `sites` and `siteRanking` (sim/types/sites.ts): the simulated
 * sites, each ranking row joined with its site (name, region, limit source),
 * the design order (each design keeps its run-wide colour) and whether the
 * ranking can be read in money (one currency) or only in PUE. Reports never
 * re-rank: the order is the engine's.
 */
import type { SiteRankingRow, SiteSummary, Summary } from '../../sim/types/summary.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

/** A ranking row with its site's name, region and limit source. */
export interface SiteRow extends SiteRankingRow {
  siteName: string;
  region: 'east' | 'west' | null;
  pueLimitSource: string | null;
}

/** Sites that were simulated (not excluded, with designs), in scenario order. */
export const simulatedSites = (summary: Summary): SiteSummary[] =>
  (summary.sites ?? []).filter((s) => s.excluded === undefined && s.designs.length > 0);

/** Sites left out, with their reasons. */
export const excludedSites = (summary: Summary): SiteSummary[] => (summary.sites ?? []).filter((s) => s.excluded !== undefined);

/** The site charts and section appear when at least two sites were simulated and ranked. */
export const comparesSites = (summary: Summary): boolean => simulatedSites(summary).length >= 2 && (summary.siteRanking?.length ?? 0) > 0;

/** Every ranking row, best first, with its site's facts. */
export function siteRows(summary: Summary): SiteRow[] {
  const byId = new Map((summary.sites ?? []).map((s) => [s.id, s]));
  return (summary.siteRanking ?? []).map((row) => {
    const site = byId.get(row.site);
    return { ...row, siteName: site?.name ?? row.site, region: site?.region ?? null, pueLimitSource: site?.pueLimit?.source ?? null };
  });
}

/** Design ids in first-seen order over the sites (the top-level designs first), for stable colours. */
export function siteDesignIds(summary: Summary): string[] {
  const ids = summary.designs.map((d) => d.id);
  for (const s of simulatedSites(summary)) for (const d of s.designs) if (!ids.includes(d.id)) ids.push(d.id);
  return ids;
}

/** The currencies of the ranking rows, first-seen order; more than one means totals cannot be compared. */
export const rankingCurrencies = (rows: SiteRankingRow[]): string[] => [...new Set(rows.map((r) => r.currency))];

/** True when every row has a TCO in one currency: the ranking reads in money; otherwise in PUE. */
export const rankedByMoney = (rows: SiteRankingRow[]): boolean =>
  rows.length > 0 && rankingCurrencies(rows).length === 1 && rows.every((r) => r.tcoTotal !== null);

/** Why totals are not compared (when rankedByMoney is false), as a clause in `lang`: `the sites price in different currencies (CNY, USD)`. */
export function whyNotByMoney(rows: SiteRankingRow[], lang: Lang = DEFAULT_LANG): string {
  const m = messages(lang).sites;
  const currencies = rankingCurrencies(rows);
  return currencies.length > 1 ? m.currenciesDiffer(currencies.join(', ')) : m.noTco;
}

/** The best row of each site (its first in the ranking), in ranking order. */
export function bestRowPerSite(rows: SiteRow[]): SiteRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.site) && seen.add(r.site));
}

/** A row's standing against its site's limit (words: the catalogue's sites.status). */
export type LimitStatus = 'within' | 'above' | 'none';
export const limitStatus = (pass: boolean | null): LimitStatus => (pass === null ? 'none' : pass ? 'within' : 'above');
