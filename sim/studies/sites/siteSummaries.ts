/**
 * summary.json's `sites` and `siteRanking` (sim/types/sites.ts) from the runs of each site.
 *
 * Ranking rule: every simulated site x design, best first,
 *   - by tco.total ascending when every row has a TCO and all share one currency (money comparable);
 *   - else by annual PUE ascending (PUE is comparable across currencies and without costs);
 *   ties by PUE, then by the site's order in the scenario, then by the design's.
 * An excluded site has no rows; its entry in `sites` says why, with `designs: []`.
 */
import type { SiteRankingRow, SiteSummary } from '../../types/sites.js';
import type { Summary } from '../../types/summary.js';
import type { SitesLoad } from '../../scenario/loadSites.js';
import { loadWeather } from '../../models/climate/weather.js';
import type { SiteRun } from './siteRuns.js';

/** Every site of `load`, in scenario order, with its run's designs (runs[i] undefined when excluded). */
export function siteSummaries(load: SitesLoad, runs: readonly (SiteRun | undefined)[]): SiteSummary[] {
  return load.sites.map((s, i) => {
    const { scenario } = s;
    const run = runs[i];
    // An excluded site is not simulated; its station (name, latitude, longitude) comes from the weather file's header.
    const station = run === undefined ? loadWeather(scenario.site.weather).station : undefined;
    const limit = scenario.site.pueLimit;
    return {
      id: s.id,
      name: scenario.site.name,
      weather: run?.summary.weather ?? station!.name,
      currency: scenario.currency,
      latitude: run?.summary.site.latitude ?? station!.latitude,
      longitude: run?.summary.site.longitude ?? station!.longitude,
      region: s.region,
      pueLimit: limit === undefined ? null : { value: limit.pueRatio, source: limit.source },
      ...(s.excluded === undefined ? {} : { excluded: s.excluded }),
      ...(s.priceSources.length === 0 ? {} : { priceSources: s.priceSources.map((p) => ({ ...p })) }),
      designs: run?.summary.designs ?? [],
    };
  });
}

/** Every simulated site x design, ranked (see the file's doc for the rule). */
export function siteRanking(sites: readonly SiteSummary[]): SiteRankingRow[] {
  const rows = sites.flatMap((site, siteOrder) => site.designs.map((d, designOrder) => ({
    siteOrder,
    designOrder,
    row: {
      rank: 0,
      site: site.id,
      design: d.id,
      currency: d.tco?.currency ?? site.currency,
      tcoTotal: d.tco?.total ?? null,
      pue: d.metrics.pue,
      wueLPerKWh: d.metrics.wueLPerKWh,
      cueKgPerKWh: d.metrics.cueKgPerKWh,
      pueLimit: d.policy?.pueLimit ?? null,
      pass: d.policy?.pass ?? null,
      surchargeTotal: d.policy?.surchargeTotal ?? d.tco?.lines.pueSurchargeOpex ?? 0,
    } satisfies SiteRankingRow,
  })));
  const byMoney = rows.length > 0 && rows.every((r) => r.row.tcoTotal !== null) && new Set(rows.map((r) => r.row.currency)).size === 1;
  rows.sort((a, b) => (byMoney ? a.row.tcoTotal! - b.row.tcoTotal! : 0) || a.row.pue - b.row.pue || a.siteOrder - b.siteOrder || a.designOrder - b.designOrder);
  return rows.map((r, i) => ({ ...r.row, rank: i + 1 }));
}

/** Whether siteRanking ranked by TCO (else by PUE), for the terminal and report captions. */
export const rankedByTco = (ranking: readonly SiteRankingRow[]): boolean =>
  ranking.length > 0 && ranking.every((r) => r.tcoTotal !== null) && new Set(ranking.map((r) => r.currency)).size === 1;

/**
 * The run's summary.json: the first simulated site's summary as its own run has it, plus `sites` and
 * `siteRanking`; undefined when no site was simulated.
 */
export function sitesRunSummary(load: SitesLoad, runs: readonly (SiteRun | undefined)[]): { summary: Summary; first: number } | undefined {
  const first = runs.findIndex((r) => r !== undefined);
  if (first < 0) return undefined;
  const sites = siteSummaries(load, runs);
  return { summary: { ...structuredClone(runs[first]!.summary), sites, siteRanking: siteRanking(sites) }, first };
}
