/**
 * Upper bounds on money, carbon and rate fields, in the unit people write.
 * Without them any finite positive number passes (`gridCarbon: 1e308 kg/kWh`)
 * and a result overflows to Infinity. Each cap is far above any real value,
 * in any currency (a price cap also fits currencies with ~25,000 units per US
 * dollar, VND or IDR), so it stops only typos and overflows:
 *
 *   site.gridCarbon: expected an emission factor of at most 5 kg/kWh, got '1e308 kg/kWh'
 *
 * The fields keep the JSON Schema shape of fields.ts (`quantity`, `price`).
 */
import { z } from 'zod';
import { parseQuantity, price, QUANTITY_KINDS, type Bounds, type Price, type QuantityUnit } from '../fields.js';
import { mathUnit } from '../mathUnit.js';

/** At most `max` in `unit` (`{ max: 5, unit: 'kg/kWh' }`); for prices, per `unit` in the scenario currency. */
export interface Cap {
  max: number;
  unit: string;
  /** The likely mistake behind a value above the cap, shown in the message. */
  hint?: string;
}

/**
 * Price caps per unit written. The highest real values, in US dollars: energy ~1 USD/kWh (peak tariffs),
 * demand ~100 USD/kW-month, water ~20 USD/m^3, carbon ~200 USD/t, IT capex ~0.5 M USD/kW (GPU servers),
 * white space ~50,000 USD/m^2; each cap is above 25,000 times that.
 */
export const PRICE_CAPS = {
  energy: { max: 1e5, unit: 'kWh' },
  demandCharge: { max: 1e7, unit: 'kW' },
  water: { max: 1e6, unit: 'm^3' },
  carbonPrice: { max: 1e8, unit: 't' },
  capexPerKW: { max: 1e11, unit: 'kW' },
  whiteSpace: { max: 1e10, unit: 'm^2' },
} as const satisfies Record<string, Cap>;

/** Highest grid emission factor accepted: about 4 times lignite's ~1.2 kg CO2e/kWh (570 kg/kWh is 570 g/kWh mistyped). */
export const GRID_CARBON_CAP: Cap = { max: 5, unit: 'kg/kWh', hint: 'is the unit g/kWh?' };
/** Highest job arrival rate accepted: 10 jobs a second (a year of it is ~3e8 jobs). */
export const ARRIVAL_RATE_CAP: Cap = { max: 36000, unit: '/h' };

const show = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v));

type Ctx = z.core.$RefinementCtx<unknown>;
const fail = (ctx: Ctx, message: string, input: unknown) => {
  ctx.addIssue({ code: 'custom', message, input });
  return z.NEVER;
};

/** fields.ts `quantity(to, bounds)`, and at most `cap`. */
export function cappedQuantity(to: QuantityUnit, bounds: Bounds, cap: Cap) {
  const maxSi = mathUnit(`${cap.max} ${cap.unit}`).toNumber(to);
  const kind = QUANTITY_KINDS[to];
  return z
    .string()
    .or(z.number())
    .transform((raw, ctx) => {
      const v = parseQuantity(raw, to, bounds);
      if (typeof v === 'string') return fail(ctx, v, raw);
      const hint = cap.hint === undefined ? '' : ` (${cap.hint})`;
      if (v > maxSi) return fail(ctx, `expected ${kind.name} of at most ${cap.max} ${cap.unit}${hint}, got ${show(raw)}`, raw);
      return v;
    })
    .meta({ description: `${kind.name}, e.g. '${kind.example}'` });
}

/** fields.ts `price(per)`, and at most `cap` (per its unit, in the price's own currency). */
export function cappedPrice(per: QuantityUnit | 'm^3' | 'kg', cap: Cap) {
  const inner = price(per);
  const perCapUnit = mathUnit(`1 ${cap.unit}`).toNumber(per); // SI units of `per` in one `cap.unit`
  return z
    .string()
    .or(z.number())
    .transform((raw, ctx): Price => {
      const parsed = inner.safeParse(raw);
      if (!parsed.success) return fail(ctx, parsed.error.issues[0].message, raw);
      const { amount, currency } = parsed.data;
      if (amount * perCapUnit > cap.max * (1 + 1e-12)) return fail(ctx, `expected a price of at most ${cap.max} ${currency}/${cap.unit}, got ${show(raw)}`, raw);
      return parsed.data;
    })
    .meta(inner.meta() ?? {});
}
