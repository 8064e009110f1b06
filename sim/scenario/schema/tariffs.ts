/**
 * Zod fragments of a design's tariff structure beyond the energy price (sim/tco/demandCharge.ts,
 * powerFactor.ts, pueSurcharge.ts), used by costs.ts:
 *
 *   costs:
 *     demandCharge: 40 CNY/kW                    # per kW of the year's peak, every month (the earlier form), or
 *     demandCharge: { maxDemand: 40 CNY/kW }     # per kW of each month's maximum demand (two-part tariff), or
 *     demandCharge: { transformerCapacity: 30 CNY/kVA }   # per kVA of installed transformers per month
 *     energy:
 *       timeOfUse: [...]
 *       powerFactorAdjustment: china-1983        # bonus/penalty by the design's power.transformer.powerFactor
 *       pueSurcharge:                            # Beijing from 2026: PUE above 1.35
 *         tiers: [{ above: 1.35, price: 0.2 CNY/kWh }, { above: 2.7, price: 0.5 CNY/kWh }]
 *         appliesTo: excess                      # excess: energy above the limit; all: all facility energy
 */
import { z } from 'zod';
import { plainNumber, type Price } from '../fields.js';
import { cappedPrice, PRICE_CAPS } from './capped.js';
import { forward } from './coolingCapex.js';
import type { DemandCharge } from '../../tco/demandCharge.js';
import type { PueSurcharge } from '../../tco/pueSurcharge.js';

type Ctx = z.core.$RefinementCtx<unknown>;
const show = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v));
const perW = cappedPrice('W', PRICE_CAPS.demandCharge);

/** `price` whose unit after the slash matches `unit` (kW vs kVA: mathjs converts one into the other silently). */
function pricePer(unit: RegExp, example: string, what: string) {
  return z.unknown().transform((raw, ctx: Ctx) => {
    if (typeof raw !== 'string' || !unit.test(raw)) {
      ctx.addIssue({ code: 'custom', message: `expected a price ${what} like '${example}', got ${show(raw)}`, input: raw });
      return z.NEVER;
    }
    return forward(perW, raw, ctx);
  });
}

/** A price per kVA here would be charged per kW of peak (mathjs converts VA to W): refused, pointing to the kVA form. */
const yearPeakPrice = pricePer(/\/\s*[kM]?W\s*$/, '40 CNY/kW', "per kW of the year's peak (per kVA: { transformerCapacity: '30 CNY/kVA' })");

const demandObject = z.strictObject({
  maxDemand: pricePer(/\/\s*[kM]?W\s*$/, '40 CNY/kW', "per kW of the month's maximum demand").optional(),
  transformerCapacity: pricePer(/\/\s*[kM]?VA\s*$/, '30 CNY/kVA', 'per kVA of installed transformer capacity').optional(),
});

export interface DemandChargeInput {
  /** Per W of the year's peak per month (the scalar form); 0 with the object form. */
  yearPeakPricePerWMonth: number;
  demandCharge?: DemandCharge;
  price: Price;
}

/** `costs.demandCharge`: a price per kW (the year's peak) or one of { maxDemand } / { transformerCapacity }. */
export const demandChargeField = z
  .unknown()
  .transform((raw, ctx): DemandChargeInput => {
    if (typeof raw !== 'object' || raw === null) {
      const p = forward(yearPeakPrice, raw, ctx);
      return { yearPeakPricePerWMonth: p.amount, price: p };
    }
    const r = demandObject.safeParse(raw);
    if (!r.success) {
      forward(demandObject, raw, ctx); // copies its issues (paths relative)
      return z.NEVER;
    }
    const d = r.data;
    if ((d.maxDemand === undefined) === (d.transformerCapacity === undefined)) {
      ctx.addIssue({ code: 'custom', message: `expected exactly one of maxDemand or transformerCapacity, got ${d.maxDemand === undefined ? 'neither' : 'both'}`, input: raw });
      return z.NEVER;
    }
    if (d.maxDemand !== undefined) return { yearPeakPricePerWMonth: 0, demandCharge: { basis: 'maxDemand', pricePerWMonth: d.maxDemand.amount }, price: d.maxDemand };
    const p = d.transformerCapacity!;
    return { yearPeakPricePerWMonth: 0, demandCharge: { basis: 'transformerCapacity', pricePerVAMonth: p.amount }, price: p };
  })
  .meta({
    description: "per kW of the year's peak per month, e.g. '40 CNY/kW'; or a two-part tariff's demand charge per month: "
      + "{ maxDemand: '40 CNY/kW' } on each month's maximum demand, or { transformerCapacity: '30 CNY/kVA' } on the installed transformers",
  });

/** `costs.energy.powerFactorAdjustment`: the method and standard applied. */
export const powerFactorAdjustmentField = z.literal('china-1983').meta({
  description: "China's 1983 power-factor adjustment, standard 0.90 (bonus above, penalty below), at the design's power.transformer.powerFactor",
});

const pueTier = z.strictObject({
  above: plainNumber({ min: 1, max: 10 }, 'a PUE'),
  price: cappedPrice('J', PRICE_CAPS.energy),
});

/** `costs.energy.pueSurcharge` -> PueSurcharge (prices per J) and its prices for the currency check. */
export const pueSurchargeField = z
  .strictObject({ tiers: z.array(pueTier).min(1), appliesTo: z.enum(['excess', 'all']) })
  .transform((s, ctx): { surcharge: PueSurcharge; prices: Record<string, Price> } => {
    s.tiers.forEach((t, i) => {
      if (i > 0 && !(t.above > s.tiers[i - 1].above)) {
        ctx.addIssue({ code: 'custom', message: `expected tiers in ascending order of above, got ${t.above} after ${s.tiers[i - 1].above}`, path: ['tiers', i, 'above'], input: t.above });
      }
    });
    const prices: Record<string, Price> = {};
    s.tiers.forEach((t, i) => (prices[`energy.pueSurcharge.tiers[${i}].price`] = t.price));
    return { surcharge: { tiers: s.tiers.map((t) => ({ pueThresholdRatio: t.above, pricePerJ: t.price.amount })), appliesTo: s.appliesTo }, prices };
  })
  .meta({ description: "surcharge when the annual PUE is above a limit, e.g. { tiers: [{ above: 1.35, price: '0.2 CNY/kWh' }, { above: 2.7, price: '0.5 CNY/kWh' }], appliesTo: excess }" });

/** Sources of the tariff parts a design's costs use (summary tco.sources), none when it uses none. */
export function tariffSources(powerFactorAdjustment: string | undefined, pueSurcharge: PueSurcharge | undefined): Record<string, string> {
  const sources: Record<string, string> = {};
  if (powerFactorAdjustment !== undefined) {
    sources['energy.powerFactorAdjustment'] = "China's power-factor adjustment, (83)水电财字第215号 (1983), standard 0.90, "
      + "at the design's power.transformer.powerFactor (default 0.95: PFC supplies, assumption for the whole facility)";
  }
  if (pueSurcharge !== undefined) {
    sources['energy.pueSurcharge'] = 'scenario tiers, applied to the simulated annual PUE (facility / IT energy of the run, summary metrics.pue)';
  }
  return sources;
}
