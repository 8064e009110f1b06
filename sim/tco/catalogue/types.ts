/**
 * One record of the cost catalogue (entries.ts): a published unit cost with its
 * currency, cost year, region, scope and source, or an assumption (tag U) with
 * its reasoning. Scenarios pick records by id (`catalogue:<id>`, pick.ts).
 */

/** P: primary source read; S: secondary (press release, quote of a report not read); U: assumption, no source. */
export type CatalogueTag = 'P' | 'S' | 'U';

export interface CatalogueEntry {
  /** Stable id a scenario picks: `catalogue:<id>`. */
  id: string;
  /** Central value, in `currency` per `per` (e.g. USD per kW). */
  value: number;
  /** What one unit is: 'kW' (of design IT, heat or installed capacity, see scope) or 'm^2'. */
  per: 'kW' | 'm^2';
  /** ISO 4217 code. */
  currency: string;
  /** Year whose price level the value is at. */
  costYear: number;
  region: string;
  /** What the value includes and excludes, and which dctwin line it fits. */
  scope: string;
  /** Source with page/section and URL; for tag U, 'assumption: ' and the reasoning. */
  source: string;
  /** Range low-high around value, same unit; the default uncertainty of a picked line. */
  low: number;
  high: number;
  tag: CatalogueTag;
}
