/**
 * The `tariffs:` section of the site table (scenarios/sites/china-hubs.yaml): prices by province, each
 * cited by a key of the table's `sources:` or marked `assumption` with a `note:` saying how it was chosen.
 *
 *   tariffs:
 *     Beijing:
 *       energy: { value: 0.64 CNY/kWh, source: assumption, note: "..." }
 *       water: { value: 4.4 CNY/m^3, source: assumption, note: "..." }
 *       pueSurcharge: { tiers: [{ above: 1.35, price: 0.2 CNY/kWh }, ...], appliesTo: excess, source: beijing-2024-surcharge, year: 2026 }
 *       greenShare: { value: 30 %, source: <key> }   # optional: a cited contracted green-power share
 *
 * Plain data, validated with the table (siteRecords.ts); siteRecordCosts.ts turns a row into scenario costs.
 */
import { z } from 'zod';

const citation = { source: z.string().min(1), note: z.string().min(1).optional(), year: z.number().int().min(1990).max(2100).optional() };
const cited = (value: RegExp) => z.strictObject({ value: z.string().regex(value), ...citation });
const PER_KWH = /^[0-9]+(\.[0-9]+)? [A-Z]{3}\/kWh$/;

export const provinceTariffSchema = z.strictObject({
  energy: cited(PER_KWH),
  water: cited(/^[0-9]+(\.[0-9]+)? [A-Z]{3}\/m\^3$/),
  pueSurcharge: z
    .strictObject({
      tiers: z.array(z.strictObject({ above: z.number().min(1).max(10), price: z.string().regex(PER_KWH) })).min(1),
      appliesTo: z.enum(['excess', 'all']),
      ...citation,
    })
    .optional(),
  greenShare: cited(/^[0-9]+(\.[0-9]+)? %$/).optional(),
});
export type ProvinceTariff = z.output<typeof provinceTariffSchema>;

export const tariffsSchema = z.record(z.string().min(1), provinceTariffSchema);

/** The cited values of a row, by field name (the fields siteRecordCosts turns into costs). */
export function citedValues(row: ProvinceTariff): Array<[field: 'energy' | 'water' | 'pueSurcharge' | 'greenShare', c: { source: string; note?: string; year?: number }]> {
  return (['energy', 'water', 'pueSurcharge', 'greenShare'] as const).flatMap((f) => (row[f] === undefined ? [] : [[f, row[f]!] as const]));
}

/**
 * Problems of the tariffs section against the table's sources: each source must be a key of `sources:` or
 * `assumption`, and an assumption must say how it was chosen (`note:`).
 */
export function tariffSourceIssues(tariffs: Record<string, ProvinceTariff>, sources: Record<string, string>): Array<{ path: (string | number)[]; message: string }> {
  const issues: Array<{ path: (string | number)[]; message: string }> = [];
  for (const [province, row] of Object.entries(tariffs)) {
    for (const [field, c] of citedValues(row)) {
      if (c.source !== 'assumption' && !(c.source in sources)) {
        issues.push({ path: ['tariffs', province, field, 'source'], message: `expected a key of sources: or 'assumption', got '${c.source}'` });
      }
      if (c.source === 'assumption' && c.note === undefined) {
        issues.push({ path: ['tariffs', province, field, 'note'], message: 'expected a note on how the assumed value was chosen, got none' });
      }
    }
  }
  return issues;
}
