/**
 * Zod fragment of a design's `costs.capex.cooling` price (-> CoolingCapexPrice), and the design-level rule that
 * per-equipment prices cover every equipment class the design's cooling plant installs. Three forms:
 *
 *   cooling: { chillers: 5000 CNY/kW, towers: 1500 CNY/kW, dryCoolers: 3000 CNY/kW, crahs: 4500 CNY/kW,
 *              cdus: 0 CNY/kW, pumps: 30000 CNY/kW }   # per kW of each class's installed capacity
 *   cooling: 2500 CNY/kW                                # per kW of design heat (older scenarios)
 *   cooling: { air: 4000 CNY/kW, liquid: 2000 CNY/kW } # per kW of design heat, split by liquid share
 *
 * What each class's capacity measures: sim/models/cooling/installedEquipment.ts.
 */
import { z } from 'zod';
import type { Price } from '../fields.js';
import { cappedPrice, PRICE_CAPS } from './capped.js';
import { pickable, resolveLine, type CatalogueSettings, type Pickable } from './costCatalogue.js';
import type { CostInput, CostParams, CoolingCapexPrice } from '../../tco/costParams.js';
import { EQUIPMENT_CLASSES, equipmentClassesOf, type EquipmentClass } from '../../models/cooling/installedEquipment.js';
import type { CoolingSpec } from '../../models/cooling/plantSpec.js';

type Ctx = z.core.$RefinementCtx<unknown>;

/** Parses `raw` with `schema`, copying its issues into `ctx` (their paths stay relative). */
export function forward<T extends z.ZodType>(schema: T, raw: unknown, ctx: Ctx): z.output<T> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: raw });
  return z.NEVER;
}

const perKW = pickable(cappedPrice('W', PRICE_CAPS.capexPerKW), '2800 CNY/kW');
const coolingSplit = z.strictObject({ air: perKW, liquid: perKW });
const equipmentPrice = {
  chillers: 'per kW of installed rated chiller capacity (units x capacity at the curve set rating point)',
  towers: 'per kW of installed tower heat rejection at the design point',
  dryCoolers: 'per kW of installed dry-cooler heat rejection at the design point',
  crahs: 'per kW of installed CRAH / fan-wall sensible capacity',
  cdus: 'per kW of CDU heat; 0 when capex.liquidPremium already includes the CDUs',
  pumps: 'per kW of rated pump electric input (not heat)',
} satisfies Record<EquipmentClass, string>;
const coolingPerEquipment = z.strictObject(
  Object.fromEntries(EQUIPMENT_CLASSES.map((e) => [e, perKW.optional().meta({ description: equipmentPrice[e] })])) as Record<EquipmentClass, z.ZodOptional<typeof perKW>>,
);
/** An object with `air` or `liquid` is the split form; any other object prices equipment classes. */
const isSplit = (raw: object) => 'air' in raw || 'liquid' in raw;
export const coolingField = z
  .unknown()
  .transform((raw, ctx) =>
    typeof raw === 'object' && raw !== null
      ? isSplit(raw) ? forward(coolingSplit, raw, ctx) : forward(coolingPerEquipment, raw, ctx)
      : forward(perKW, raw, ctx))
  .meta({
    description: "per kW of each installed equipment class, e.g. { chillers: '2800 CNY/kW', dryCoolers: '2400 CNY/kW', cdus: '0 CNY/kW', pumps: '6000 CNY/kW' }; "
      + "or one price per kW of design heat, e.g. '2500 CNY/kW', or { air: '4000 CNY/kW', liquid: '2000 CNY/kW' } split by liquid share",
  });

type CoolingInput = Price | { air: Price; liquid: Price } | Partial<Record<EquipmentClass, Price>>;
type CoolingField = Pickable | { air: Pickable; liquid: Pickable } | Partial<Record<EquipmentClass, Pickable>>;

/** Resolves catalogue picks of the cooling price (each leaf a CostInput at capex.cooling[.key]); undefined on an issue. */
export function resolveCooling(c: CoolingField, s: CatalogueSettings | undefined, ctx: z.core.$RefinementCtx<unknown>): { cooling: CoolingInput; inputs: CostInput[] } | undefined {
  const isLeaf = (v: unknown): v is Pickable => typeof v === 'object' && v !== null && ('amount' in v || 'catalogueId' in v);
  if (isLeaf(c)) {
    const r = resolveLine('capex.cooling', c, 'kW', s, ctx, ['capex', 'cooling']);
    return r && { cooling: r.price, inputs: [r.input] };
  }
  const out: Record<string, Price> = {};
  const inputs: CostInput[] = [];
  let ok = true;
  for (const [key, leaf] of Object.entries(c as Record<string, Pickable | undefined>)) {
    if (leaf === undefined) continue;
    const r = resolveLine(`capex.cooling.${key}`, leaf, 'kW', s, ctx, ['capex', 'cooling', key]);
    if (r) (out[key] = r.price), inputs.push(r.input);
    else ok = false;
  }
  return ok ? { cooling: out as CoolingInput, inputs } : undefined;
}

export function coolingPrices(c: CoolingInput): { cooling: CoolingCapexPrice; prices: Record<string, Price> } {
  if ('amount' in c) return { cooling: { kind: 'single', pricePerW: c.amount }, prices: { 'capex.cooling': c } };
  if (!('air' in c)) {
    const given = EQUIPMENT_CLASSES.flatMap((e) => (c[e] === undefined ? [] : [[e, c[e]] as const]));
    return {
      cooling: { kind: 'perEquipment', pricePerWByEquipment: Object.fromEntries(given.map(([e, p]) => [e, p.amount])) },
      prices: Object.fromEntries(given.map(([e, p]) => [`capex.cooling.${e}`, p])),
    };
  }
  return {
    cooling: { kind: 'split', airPricePerW: c.air.amount, liquidPricePerW: c.liquid.amount },
    prices: { 'capex.cooling.air': c.air, 'capex.cooling.liquid': c.liquid },
  };
}

/**
 * Design-level rule: per-equipment cooling prices must price every class the design's plant installs (an unpriced
 * chiller would silently cost nothing). Issues at designs[i].costs.capex.cooling.<class>.
 */
export function checkCoolingPricesCover(design: { cooling?: unknown; costs?: unknown }, ctx: z.RefinementCtx): void {
  const cooling = (design.costs as Partial<CostParams> | undefined)?.capex?.cooling;
  if (cooling?.kind !== 'perEquipment' || typeof design.cooling !== 'object' || design.cooling === null) return;
  const installed = equipmentClassesOf(design.cooling as CoolingSpec);
  for (const e of installed) {
    if (cooling.pricePerWByEquipment[e] !== undefined) continue;
    ctx.addIssue({
      code: 'custom',
      path: ['costs', 'capex', 'cooling', e],
      message: `expected a price for ${e} (this design's cooling installs ${installed.join(', ')}), got none`,
    });
  }
}

