/**
 * summary.json's `sites` and `siteRanking` (design.md "Keys that the next capabilities add"):
 * present when a scenario lists several sites (`sites:`) or `dctwin sites` adds them. The same
 * workload and designs simulated at each site with that site's weather, grid carbon, tariff,
 * currency and PUE limit. The top level of summary.json stays the first site's run.
 */
import type { DesignSummary } from './summary.js';

export interface SiteSummary {
  /** The site record's id (e.g. `cn-hohhot`), else a slug of the site's name. */
  id: string;
  name: string;
  /** The weather source as the site's own summary.weather states it. */
  weather: string;
  /** ISO 4217 code every money figure of this site is in. */
  currency: string;
  /** From the weather file's header (the station, not the campus). */
  latitude: number;
  longitude: number;
  /** `east` or `west` (site record or the site entry's `region:`); null when not stated. */
  region: 'east' | 'west' | null;
  /** The PUE limit that applies at the site, with its source; null when none is stated. */
  pueLimit: { value: number; source: string } | null;
  /**
   * The prices this site took from its record's province row (the `tariffs:` of the site table), each with the
   * scenario path it filled, its value and its source text or `assumption` (with how it was chosen); absent when none.
   */
  priceSources?: Array<{ input: string; value: string; source: string; note?: string }>;
  /** Why the site was not simulated (e.g. the workload's latency class), else absent. */
  excluded?: string;
  /** Same shape as the top-level designs (empty when excluded); each with `policy` when a limit applies. */
  designs: DesignSummary[];
}

/** One site x design, best first: by tco.total (same currency), ties and missing TCO by PUE. */
export interface SiteRankingRow {
  rank: number;
  site: string;
  design: string;
  currency: string;
  tcoTotal: number | null;
  pue: number;
  wueLPerKWh: number;
  cueKgPerKWh: number;
  /** The site's limit and the design's annual PUE against it; null without a limit. */
  pueLimit: number | null;
  pass: boolean | null;
  /** Present value of a PUE surcharge over the horizon (0 without one), in `currency`. */
  surchargeTotal: number;
}
