/**
 * sites.csv of a several-site run: one row per simulated site x design, in scenario order (sites, then
 * designs), from summary.json's `sites` and `siteRanking`. Money columns are in the row's `currency`
 * (sites may differ, so the unit is the column `currency`, not a fixed code); energy in MWh, water in m3,
 * emissions in t (1 t = 1000 kg), the PUE limit and pass against it empty where the site has none.
 * An excluded site (workload.latency) has no rows: summary.json's `sites` lists it with the reason.
 */
import type { Summary } from '../../sim/types/summary.js';
import type { TidyColumn, TidyTable } from './tidyTable.js';
import { jFromKWh, LITRES_PER_M3, mWhFromJ } from '../../sim/units.js';

const KG_PER_T = 1000;
const mWh = (kWh: number) => mWhFromJ(jFromKWh(kWh));

/** The table behind sites.csv; an empty table (header only) when the summary has no sites. */
export function sitesTable(summary: Summary): TidyTable {
  const rankOf = new Map((summary.siteRanking ?? []).map((r) => [`${r.site}\u0000${r.design}`, r]));
  const rows = (summary.sites ?? []).flatMap((site) => site.designs.map((d) => ({ site, d, r: rankOf.get(`${site.id}\u0000${d.id}`) })));
  const col = (name: string, kind: TidyColumn['kind'], value: (row: (typeof rows)[number]) => TidyColumn['values'][number]): TidyColumn =>
    ({ name, kind, values: rows.map(value) });
  return {
    columns: [
      col('site', 'string', ({ site }) => site.id),
      col('siteName', 'string', ({ site }) => site.name),
      col('region', 'string', ({ site }) => site.region),
      col('design', 'string', ({ d }) => d.id),
      col('currency', 'string', ({ site, d }) => d.tco?.currency ?? site.currency),
      col('tcoTotal_currency', 'number', ({ d }) => d.tco?.total ?? null),
      col('pue', 'number', ({ d }) => d.metrics.pue),
      col('wue_L_per_kWh', 'number', ({ d }) => d.metrics.wueLPerKWh),
      col('cue_kg_per_kWh', 'number', ({ d }) => d.metrics.cueKgPerKWh),
      col('itEnergy_MWh', 'number', ({ d }) => mWh(d.metrics.itEnergyKWh)),
      col('facilityEnergy_MWh', 'number', ({ d }) => mWh(d.metrics.facilityEnergyKWh)),
      col('water_m3', 'number', ({ d }) => d.metrics.waterL / LITRES_PER_M3),
      col('emissions_t', 'number', ({ d }) => d.metrics.emissionsKg / KG_PER_T),
      col('pueLimit', 'number', ({ r }) => r?.pueLimit ?? null),
      col('pass', 'boolean', ({ r }) => r?.pass ?? null),
      col('surchargeTotal_currency', 'number', ({ r }) => r?.surchargeTotal ?? 0),
      col('rank', 'integer', ({ r }) => r?.rank ?? null),
    ],
  };
}
