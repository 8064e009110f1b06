/**
 * The cost catalogue: one record a line (fields: types.ts). Values are as published (currency, cost year);
 * a scenario converts and escalates them with its own stated rates (pick.ts).
 *
 * Derivations, so a reader can redo them:
 * - cw-2025-critical-capacity = 53 % ("Critical Capacity ($/MW)" share of US construction cost, C&W p. 6-7)
 *   x 11.7 M$/MW (19-market average, p. 8-9); low/high apply the same 53 % to the cheapest (San Antonio, 9.3)
 *   and dearest (Reno, 15.0) market: the guide gives the share for the average only.
 * - tt-2025-ai-liquid-premium = 8.5 % (middle of T&T's 7-10 % US premium of AI over traditional builds of the
 *   same IT capacity) x C&W's 11.7 M$/MW; low/high 7 % and 10 %. Known difference: T&T's percentage is of its own
 *   cost base, applied here to C&W's average.
 * - dctwin-* (tag U): no published unit price was found (shared reference notes, costs section 1b: CDU, dry-cooler,
 *   UPS prices not found; chiller plant figures only on an unsourced web page); the values are dctwin's earlier
 *   assumptions, set so the Hangzhou plants landed near 8000 / 16000 CNY per kW of heat; ranges +-30 % (assumption).
 */
import type { CatalogueEntry } from './types.js';

const CW = 'Cushman & Wakefield, Data Center Development Cost Guide 2025';
const CW_PAGES = `${CW}, pp. 6-9 (https://cushwake.cld.bz/Data-Center-Development-Cost-Guide-2025/6-7 and /8-9)`;
const TT = 'Turner & Townsend, Data Centre Construction Cost Index 2025-2026, press release 2025 (https://www.turnerandtownsend.com/news/ai-data-centre-rush-raises-alarm-over-construction-supply-chain)';
const CW_EXCLUDES = 'excludes owner-furnished (OFCI) equipment, tenant costs, land, design/soft costs and owner contingency';
const U_CN = 'Hangzhou, CN (assumption)';
const U_WHY = 'assumption: no published unit price found (shared reference notes, costs 1b); dctwin\'s earlier value, range +-30 %';

export const CATALOGUE: readonly CatalogueEntry[] = [
  { id: 'cw-2025-construction', value: 11700, per: 'kW', currency: 'USD', costYear: 2024, region: 'US, 19 markets (average)', scope: `whole construction per kW of critical IT load (critical capacity, shell, site, white space, back of house, office); ${CW_EXCLUDES}; prices as of October 2024`, source: `${CW}, pp. 8-9 (https://cushwake.cld.bz/Data-Center-Development-Cost-Guide-2025/8-9)`, low: 9300, high: 15000, tag: 'P' },
  { id: 'cw-2025-critical-capacity', value: 6201, per: 'kW', currency: 'USD', costYear: 2024, region: 'US, 19 markets (average)', scope: `critical power AND cooling infrastructure per kW of critical IT load (C&W "critical capacity", 53 % of construction): fits capex.power with the cooling plant inside it, so capex.cooling picks cw-2025-cooling-in-critical-capacity (not counted twice); ${CW_EXCLUDES}`, source: CW_PAGES, low: 4929, high: 7950, tag: 'P' },
  { id: 'cw-2025-cooling-in-critical-capacity', value: 0, per: 'kW', currency: 'USD', costYear: 2024, region: 'US, 19 markets (average)', scope: 'the cooling plant, already priced inside cw-2025-critical-capacity: capex.cooling is 0 so it is not counted twice', source: CW_PAGES, low: 0, high: 0, tag: 'P' },
  { id: 'cw-2025-white-space-buildout', value: 1170, per: 'kW', currency: 'USD', costYear: 2024, region: 'US, 19 markets (average)', scope: `white-space build-out per kW of critical IT load (10 % of construction); per kW, so it does not fit capex.whiteSpace (per m^2); ${CW_EXCLUDES}`, source: CW_PAGES, low: 930, high: 1500, tag: 'P' },
  { id: 'tt-2025-ai-liquid-premium', value: 994.5, per: 'kW', currency: 'USD', costYear: 2024, region: 'US', scope: 'extra construction cost of an AI (high-density, liquid-cooled) facility over a traditional one of the same IT capacity, per kW of IT: fits capex.liquidPremium (per kW of liquid-captured heat); CDUs, manifolds and denser power inside it, so capex.cooling.cdus must not price them again', source: `${TT} (7-10 %) x ${CW}, pp. 8-9`, low: 819, high: 1170, tag: 'S' },
  { id: 'dctwin-white-space-fitout', value: 13500, per: 'm^2', currency: 'CNY', costYear: 2025, region: U_CN, scope: 'fitted white space and its share of shell per m^2 of rack footprint incl. aisles (capex.whiteSpace); no per-m^2 figure published (C&W gives shell and white space only as shares of per-MW cost)', source: U_WHY, low: 9450, high: 17550, tag: 'U' },
  { id: 'dctwin-chillers', value: 5000, per: 'kW', currency: 'CNY', costYear: 2025, region: U_CN, scope: 'chillers installed, per kW of rated capacity (capex.cooling.chillers), piping and controls share included', source: U_WHY, low: 3500, high: 6500, tag: 'U' },
  { id: 'dctwin-towers', value: 1500, per: 'kW', currency: 'CNY', costYear: 2025, region: U_CN, scope: 'cooling towers installed, per kW of heat rejection at the design point (capex.cooling.towers)', source: U_WHY, low: 1050, high: 1950, tag: 'U' },
  { id: 'dctwin-dry-coolers', value: 3000, per: 'kW', currency: 'CNY', costYear: 2025, region: U_CN, scope: 'dry coolers installed, per kW of heat rejection at the design point (capex.cooling.dryCoolers)', source: U_WHY, low: 2100, high: 3900, tag: 'U' },
  { id: 'dctwin-crahs', value: 4500, per: 'kW', currency: 'CNY', costYear: 2025, region: U_CN, scope: 'CRAHs / fan walls installed, per kW of sensible capacity (capex.cooling.crahs)', source: U_WHY, low: 3150, high: 5850, tag: 'U' },
  { id: 'dctwin-pumps', value: 30000, per: 'kW', currency: 'CNY', costYear: 2025, region: U_CN, scope: 'facility pumps installed, per kW of rated pump electric input, not heat (capex.cooling.pumps)', source: U_WHY, low: 21000, high: 39000, tag: 'U' },
];
