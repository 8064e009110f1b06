/**
 * The top-level `costs:` block: money inputs every design on the site shares
 * (one grid, one utility, one owner's cost of capital), written once:
 *
 *   costs:                                   # any of these; a design's own costs: key wins
 *     energy: { flat: 0.08 USD/kWh }         # or timeOfUse: [...]
 *     escalation: 3 %
 *     discountRate: 7 %
 *     horizon: 5
 *     demandCharge: 12 USD/kW
 *     water: 1.5 USD/m^3
 *     carbonPrice: 50 USD/t
 *
 * Each design with a `costs:` block inherits every key it does not set
 * (inheritSiteCosts, before validation), so one `uncertainty:` path
 * `costs.energy.flat` is one draw per sample for every design (common random
 * numbers). Capex and maintenance stay per design: they are each offer's own.
 */
import { costsInput } from './costs.js';
import type { ResolvedPath } from '../overrides.js';

/** The keys a design may inherit from the top-level costs block. */
export const SITE_COST_KEYS = ['energy', 'escalation', 'discountRate', 'horizon', 'demandCharge', 'water', 'carbonPrice'] as const;

/**
 * The top-level `costs:` block, validated field by field like a design's (same units, caps and messages).
 * Its values reach the model through the designs that inherit them; the parsed scenario keeps only which keys
 * the site sets (`sharedKeys`), for reports to say which money inputs every design shares.
 */
export const siteCostsSchema = costsInput
  .pick({ energy: true, escalation: true, discountRate: true, horizon: true, demandCharge: true, water: true, carbonPrice: true })
  .partial()
  .transform((c) => ({ sharedKeys: SITE_COST_KEYS.filter((k) => c[k] !== undefined) }))
  .meta({ description: "money inputs every design shares (energy, escalation, discountRate, horizon, demandCharge, water, carbonPrice); a design's own costs: key wins" });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Copies each top-level `costs:` key into every design's `costs:` block that lacks it (in place, on the
 * plain data before validation); returns the paths it filled, whose problems the top-level block reports.
 * @example inheritSiteCosts({ costs: { water: '4 CNY/m^3' }, designs: [{ costs: {} }] }) // => [['designs', 0, 'costs', 'water']]
 */
export function inheritSiteCosts(data: unknown): ResolvedPath[] {
  if (!isRecord(data) || !isRecord(data.costs) || !Array.isArray(data.designs)) return [];
  const site = data.costs;
  const filled: ResolvedPath[] = [];
  data.designs.forEach((design: unknown, i) => {
    if (!isRecord(design) || !isRecord(design.costs)) return;
    for (const key of SITE_COST_KEYS) {
      if (key in site && !(key in design.costs)) {
        design.costs[key] = structuredClone(site[key]);
        filled.push(['designs', i, 'costs', key]);
      }
    }
  });
  return filled;
}
