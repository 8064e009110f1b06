/**
 * Zod fragments that let a design's `costs.capex` lines pick records of the cost catalogue
 * (sim/tco/catalogue/entries.ts) instead of typing a number, and the explicit conversion inputs:
 *
 *   costs:
 *     catalogue:
 *       costYear: 2025                          # price level of the scenario; records are escalated to it
 *       escalation: 5.5 %                       # per year, from each record's cost year (default 0 %)
 *       escalationSource: 'T&T DCCI 2025-2026'  # shown in the report; 'assumption' when left out
 *       exchangeRates: { USD: { rate: 7.2734 CNY, source: 'Fed H.10, Feb 2025 average' } }
 *       ranges: triangular                      # each picked record's low-high becomes its line's default
 *                                               # uncertainty, triangular [low, value, high]; 'none' turns it off
 *     capex:
 *       power: catalogue:cw-2025-critical-capacity      # or a number: '24600 CNY/kW'
 *
 * Every capex line becomes a CostInput (summary.json tco.inputs) with its source or 'assumption'.
 */
import { z } from 'zod';
import { fraction, type Price } from '../fields.js';
import { levenshtein } from '../didYouMean.js';
import { catalogueEntry, catalogueIds, convertEntry } from '../../tco/catalogue/pick.js';
import type { CostInput } from '../../tco/costParams.js';
import type { UncertaintySpec } from '../../tco/uncertainty.js';
import { WATTS_PER_KW } from '../../units.js';

export const CATALOGUE_PREFIX = 'catalogue:';
export type CatalogueRef = { catalogueId: string };
export type Pickable = Price | CatalogueRef;
type Ctx = z.core.$RefinementCtx<unknown>;

/** A price field that also takes `catalogue:<id>`. */
export function pickable(price: z.ZodType<Price>, example: string) {
  return z
    .unknown()
    .transform((raw, ctx): Pickable => {
      if (typeof raw === 'string' && raw.trim().startsWith(CATALOGUE_PREFIX)) return { catalogueId: raw.trim().slice(CATALOGUE_PREFIX.length).trim() };
      const r = price.safeParse(raw);
      if (r.success) return r.data;
      for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: raw });
      return z.NEVER;
    })
    .meta({ description: `a price like '${example}', or a cost catalogue record: 'catalogue:<id>' (ids in sim/tco/catalogue/entries.ts)` });
}

const exchangeRate = z.strictObject({
  rate: z.string().transform((raw, ctx) => {
    const m = /^\s*(\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+([A-Z]{3})\s*$/i.exec(raw);
    if (m && Number(m[1]) > 0) return { exchangeFactor: Number(m[1]), currency: m[2].toUpperCase() };
    ctx.addIssue({ code: 'custom', message: `expected the scenario-currency amount of one unit, like '7.2734 CNY', got '${raw}'`, input: raw });
    return z.NEVER;
  }),
  source: z.string().min(1).optional(),
});

export const catalogueSettings = z
  .strictObject({
    costYear: z.number().int().min(1990).max(2100).optional().meta({ description: 'price level of the scenario: records are escalated from their own cost year to it' }),
    escalation: fraction({ min: -0.5, max: 1 }).optional().meta({ description: "construction cost escalation per year, e.g. '5.5 %' (default 0 %)" }),
    escalationSource: z.string().min(1).optional(),
    exchangeRates: z.record(z.string().regex(/^[A-Z]{3}$/), exchangeRate).optional()
      .meta({ description: "by record currency: { rate: '7.2734 CNY', source: '...' }, scenario currency per unit" }),
    ranges: z.enum(['triangular', 'none']).optional().meta({ description: "each picked record's low-high as its line's default uncertainty (triangular [low, value, high]) or 'none'" }),
  })
  .meta({ description: 'how picked cost catalogue records are converted: cost year, escalation, exchange rates, default ranges' });
export type CatalogueSettings = z.output<typeof catalogueSettings>;

/** The 3 record ids nearest to `id` (edit distance), for the message. */
const closeIds = (id: string) => catalogueIds().map((c) => ({ c, d: levenshtein(id, c) })).sort((a, b) => a.d - b.d).slice(0, 3).map((x) => x.c);
const pct = (x: number) => `${Number((x * 100).toFixed(4))} %`;

/** Resolves one capex line: a typed price (source 'assumption') or a picked record converted to the scenario. */
export function resolveLine(line: string, leaf: Pickable, per: 'kW' | 'm^2', s: CatalogueSettings | undefined, ctx: Ctx, path: Array<string | number>): { price: Price; input: CostInput } | undefined {
  const toUnit = per === 'kW' ? WATTS_PER_KW : 1;
  if ('amount' in leaf) return { price: leaf, input: { line, price: leaf.amount * toUnit, unit: `${leaf.currency}/${per}`, source: 'assumption' } };
  const entry = catalogueEntry(leaf.catalogueId);
  if (entry === undefined) {
    ctx.addIssue({ code: 'custom', path, message: `expected a cost catalogue record id (closest: ${closeIds(leaf.catalogueId).join(', ')}), got '${leaf.catalogueId}'`, input: leaf.catalogueId });
    return undefined;
  }
  if (entry.per !== per) {
    ctx.addIssue({ code: 'custom', path, message: `expected a record priced per ${per} for ${line}, got '${entry.id}' priced per ${entry.per}`, input: entry.id });
    return undefined;
  }
  const rate = s?.exchangeRates?.[entry.currency];
  const c = convertEntry(entry, { costYear: s?.costYear, escalation: s?.escalation ?? 0, exchangeFactor: rate?.rate.exchangeFactor ?? 1, currency: rate?.rate.currency ?? entry.currency });
  const steps = [`${entry.value} ${entry.currency}/${per} at ${entry.costYear} prices`];
  if (s?.costYear === undefined) steps.push('cost year kept (no costs.catalogue.costYear)');
  else if (c.costYear !== entry.costYear) steps.push(`x ${c.escalationFactor.toFixed(4)} escalation ${entry.costYear}->${c.costYear} at ${pct(s.escalation ?? 0)}/yr (${s.escalationSource ?? 'assumption'})`);
  if (rate) steps.push(`x ${rate.rate.exchangeFactor} ${c.currency}/${entry.currency} (${rate.source ?? 'assumption'})`);
  const withRange = (s?.ranges ?? 'triangular') === 'triangular' && entry.low < entry.high;
  return {
    price: { amount: c.price / toUnit, currency: c.currency },
    input: {
      line, price: c.price, unit: `${c.currency}/${per}`, source: entry.source, entry: entry.id, tag: entry.tag, basis: steps.join(' '),
      ...(withRange ? { lowPrice: c.lowPrice, highPrice: c.highPrice } : {}),
    },
  };
}

/**
 * Scenario-level rule: a picked record must end in the scenario's currency (an exchange rate converts it).
 * Issues at designs[i].costs.<line>.
 */
export function checkPickedCurrencies(s: { currency: string; designs: Array<{ costs?: { inputs?: CostInput[] } }> }, ctx: z.RefinementCtx): void {
  s.designs.forEach((d, i) => {
    for (const input of d.costs?.inputs ?? []) {
      const currency = input.unit.split('/')[0];
      if (input.entry === undefined || currency === s.currency) continue;
      ctx.addIssue({
        code: 'custom', path: ['designs', i, 'costs', ...input.line.split('.')],
        message: `expected catalogue record '${input.entry}' in ${s.currency} (the scenario's currency): add costs.catalogue.exchangeRates.${currency}: { rate: '<${s.currency} per ${currency}> ${s.currency}', source: '...' }, got ${currency}`,
      });
    }
  });
}

/**
 * The default uncertainty of picked lines: triangular [low, value, high] at `designs[i].costs.<line>`, for each
 * line whose record has a range, unless the scenario's own `uncertainty:` block gives that path (it wins). A record
 * that several designs pick is drawn once per sample for all of them (`shared`).
 */
export function withCatalogueRanges(s: { designs: Array<{ costs?: { inputs?: CostInput[] } }>; uncertainty?: UncertaintySpec }): UncertaintySpec {
  const spec: UncertaintySpec = {};
  s.designs.forEach((d, i) => {
    for (const input of d.costs?.inputs ?? []) {
      if (input.lowPrice === undefined || input.highPrice === undefined) continue;
      // One record picked by several designs is one uncertain market price: one draw per sample for all of them
      // (common random numbers), keyed by the converted distribution so that only identical draws are shared.
      const key = `${input.entry}:${input.lowPrice}:${input.price}:${input.highPrice}:${input.unit}`;
      spec[`designs[${i}].costs.${input.line}`] = {
        distribution: { kind: 'triangular', min: input.lowPrice, mode: input.price, max: input.highPrice },
        unit: input.unit,
        ...(input.entry === undefined ? {} : { shared: `catalogue:${key}` }),
      };
    }
  });
  return { ...spec, ...(s.uncertainty ?? {}) };
}
