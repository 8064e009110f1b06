/**
 * Zod fragments of the scenario schema for money: a design's `costs:` block
 * (-> CostParams, SI prices per J / W / m^3 / kg / m^2) and the `uncertainty:`
 * block (-> UncertaintySpec for Monte Carlo; schema/uncertainty.ts).
 *
 *   costs:
 *     energy: { flat: 0.62 CNY/kWh }             # or timeOfUse: [{ hours: '8-11,13-17', months: '1-12', price: 1.0 CNY/kWh }, ...]
 *                                                # + powerFactorAdjustment, pueSurcharge (schema/tariffs.ts)
 *     escalation: 3 %                            # per year, all opex prices      (default 0 %)
 *     discountRate: 8 %                          # (default 8 %, China's rate, sim/tco/costParams.ts; warns for other currencies)
 *     horizon: 5                                 # years                          (default 5)
 *     demandCharge: 40 CNY/kW                    # per kW of yearly peak per month (default none); or { maxDemand } /
 *                                                # { transformerCapacity } (schema/tariffs.ts)
 *     water: 4.1 CNY/m^3                         # required
 *     maintenance: 3 %                           # of facility capex per year; required
 *     carbonPrice: 80 CNY/t                      # per tonne CO2e                 (default none)
 *     catalogue: { costYear: 2025, ... }         # conversion of picked catalogue records: costCatalogue.ts
 *     capex:                                     # all required except it; each a price or catalogue:<id>
 *       power: 3000 CNY/kW                       # per kW of design IT
 *       cooling:                                 # per kW of each class's installed capacity at the design point:
 *         { chillers: 2800 CNY/kW, towers: 900 CNY/kW, dryCoolers: 2400 CNY/kW, crahs: 2600 CNY/kW,
 *           cdus: 0 CNY/kW, pumps: 6000 CNY/kW }  # every class the plant installs; pumps per kW of rated input
 *         # or one price per kW of design heat ('2500 CNY/kW'), or { air: .., liquid: .. } split by liquid share
 *       liquidPremium: 1500 CNY/kW               # per kW of IT heat captured by liquid (0 CNY/kW for air)
 *       whiteSpace: 12000 CNY/m^2                # per m^2 of rack footprint
 *       it: 200000 CNY/kW                        # optional
 *
 * Currencies are collected per field (`costCurrencies()`); normalize checks they match the scenario's.
 */
import { z } from 'zod';
import { count, fraction, type Price } from '../fields.js';
import { cappedPrice, PRICE_CAPS } from './capped.js';
import { COST_DEFAULTS, type CostParams } from '../../tco/costParams.js';
import { coolingField, coolingPrices, forward, resolveCooling } from './coolingCapex.js';
import { catalogueSettings, pickable, resolveLine } from './costCatalogue.js';
import { flatTariff, timeOfUseTariff } from '../../tco/tariff.js';
import { demandChargeField, powerFactorAdjustmentField, pueSurchargeField, tariffSources } from './tariffs.js';

export { costCurrencies } from '../../tco/costParams.js';
export { checkCoolingPricesCover } from './coolingCapex.js';


const touPeriod = z.strictObject({
  name: z.string().optional(),
  hours: z.string(),
  months: z.string().optional(),
  price: cappedPrice('J', PRICE_CAPS.energy),
});

const energyField = z
  .strictObject({
    flat: cappedPrice('J', PRICE_CAPS.energy).optional(),
    timeOfUse: z.array(touPeriod).min(1).optional(),
    powerFactorAdjustment: powerFactorAdjustmentField.optional(),
    pueSurcharge: pueSurchargeField.optional(),
  })
  .transform((e, ctx) => {
    const structure = { powerFactorAdjustment: e.powerFactorAdjustment, pueSurcharge: e.pueSurcharge?.surcharge };
    const surchargePrices = e.pueSurcharge?.prices ?? {};
    if ((e.flat === undefined) === (e.timeOfUse === undefined)) {
      ctx.addIssue({ code: 'custom', message: `expected exactly one of flat or timeOfUse, got ${e.flat === undefined ? 'neither' : 'both'}`, input: e });
      return z.NEVER;
    }
    if (e.flat !== undefined) return { tariff: flatTariff(e.flat.amount), prices: { 'energy.flat': e.flat, ...surchargePrices } as Record<string, Price>, ...structure };
    const periods = e.timeOfUse ?? [];
    const tariff = timeOfUseTariff(periods.map((p) => ({ hours: p.hours, months: p.months, pricePerJ: p.price.amount, name: p.name })));
    if (Array.isArray(tariff)) {
      for (const p of tariff) ctx.addIssue({ code: 'custom', message: p.message, path: ['timeOfUse', ...p.path], input: e });
      return z.NEVER;
    }
    const prices: Record<string, Price> = { ...surchargePrices };
    periods.forEach((p, i) => (prices[`energy.timeOfUse[${i}].price`] = p.price));
    return { tariff, prices, ...structure };
  });

const perKW = cappedPrice('W', PRICE_CAPS.capexPerKW);

const perTonne = cappedPrice('kg', PRICE_CAPS.carbonPrice);
const carbonPriceField = z
  .unknown()
  .transform((raw, ctx) => {
    if (typeof raw === 'string' && /\/\s*(short\s*)?tons?\s*$/i.test(raw)) {
      ctx.addIssue({ code: 'custom', message: `expected a price per tonne like '80 CNY/t' ('ton' is the 907 kg short ton), got '${raw}'`, input: raw });
      return z.NEVER;
    }
    return forward(perTonne, raw, ctx);
  })
  .meta({ description: "a price per tonne CO2e, e.g. '80 CNY/t'" });

const pickPerKW = pickable(perKW, '3000 CNY/kW');
const capexField = z.strictObject({
  power: pickPerKW,
  cooling: coolingField,
  liquidPremium: pickPerKW,
  whiteSpace: pickable(cappedPrice('m^2', PRICE_CAPS.whiteSpace), '12000 CNY/m^2'),
  it: pickPerKW.optional(),
});

/** A design's `costs:` fields before their conversion (the top-level costs block picks from them: siteCosts.ts). */
export const costsInput = z.strictObject({
  energy: energyField,
  escalation: fraction({ min: -0.5, max: 1 }).optional(),
  discountRate: fraction({ min: 0, max: 1 }).optional(),
  horizon: count(1, 50).optional(),
  demandCharge: demandChargeField.optional(),
  water: cappedPrice('m^3', PRICE_CAPS.water),
  maintenance: fraction({ min: 0, max: 1 }),
  carbonPrice: carbonPriceField.optional(),
  catalogue: catalogueSettings.optional(),
  capex: capexField,
});

/** A design's `costs:` block -> CostParams (SI prices in the scenario currency, with sources). */
export const costsSchema = costsInput.transform((raw, ctx): CostParams => {
  const resolved = resolveCapex(raw, ctx);
  if (resolved === undefined) return z.NEVER;
  const { c, inputs } = resolved;
  const cooling = coolingPrices(c.capex.cooling);
  const optional: Array<[string, Price | undefined]> = [
    ['demandCharge', c.demandCharge?.price],
    ['carbonPrice', c.carbonPrice],
    ['capex.it', c.capex.it],
  ];
  const prices: Record<string, Price> = {
    ...c.energy.prices,
    water: c.water,
    'capex.power': c.capex.power,
    ...cooling.prices,
    'capex.liquidPremium': c.capex.liquidPremium,
    'capex.whiteSpace': c.capex.whiteSpace,
  };
  for (const [key, p] of optional) if (p !== undefined) prices[key] = p;
  const given = (v: unknown, fallback: string) => (v === undefined ? fallback : 'scenario');
  /** 'catalogue:<ids>' when the line (or any of its cooling classes) picked records, else 'scenario'. */
  const picked = (line: string) => {
    const ids = inputs.filter((i) => i.entry !== undefined && (i.line === line || i.line.startsWith(`${line}.`))).map((i) => i.entry);
    return ids.length ? `catalogue:${[...new Set(ids)].join(', ')}` : 'scenario';
  };
  return {
    energyTariff: c.energy.tariff,
    escalation: c.escalation ?? COST_DEFAULTS.escalation.value,
    discountRate: c.discountRate ?? COST_DEFAULTS.discountRate.value,
    horizonYears: c.horizon ?? COST_DEFAULTS.horizonYears.value,
    demandPricePerWMonth: c.demandCharge?.yearPeakPricePerWMonth ?? COST_DEFAULTS.demandCharge.value,
    ...(c.demandCharge?.demandCharge === undefined ? {} : { demandCharge: c.demandCharge.demandCharge }),
    ...(c.energy.powerFactorAdjustment === undefined ? {} : { powerFactorAdjustment: c.energy.powerFactorAdjustment }),
    ...(c.energy.pueSurcharge === undefined ? {} : { pueSurcharge: c.energy.pueSurcharge }),
    waterPricePerM3: c.water.amount,
    maintenanceShare: c.maintenance,
    carbonPricePerKg: c.carbonPrice?.amount ?? COST_DEFAULTS.carbonPrice.value,
    capex: {
      powerPricePerW: c.capex.power.amount,
      cooling: cooling.cooling,
      liquidPremiumPricePerW: c.capex.liquidPremium.amount,
      whiteSpacePricePerM2: c.capex.whiteSpace.amount,
      itPricePerW: c.capex.it?.amount ?? COST_DEFAULTS.itCapex.value,
    },
    priceCurrencies: Object.fromEntries(Object.entries(prices).map(([k, p]) => [k, p.currency])),
    sources: {
      energy: 'scenario',
      escalation: given(c.escalation, COST_DEFAULTS.escalation.source),
      discountRate: given(c.discountRate, COST_DEFAULTS.discountRate.source),
      horizon: given(c.horizon, COST_DEFAULTS.horizonYears.source),
      demandCharge: given(c.demandCharge, COST_DEFAULTS.demandCharge.source),
      water: 'scenario',
      maintenance: 'scenario',
      carbonPrice: given(c.carbonPrice, COST_DEFAULTS.carbonPrice.source),
      'capex.power': picked('capex.power'),
      'capex.cooling': picked('capex.cooling'),
      'capex.liquidPremium': picked('capex.liquidPremium'),
      'capex.whiteSpace': picked('capex.whiteSpace'),
      'capex.it': given(c.capex.it, COST_DEFAULTS.itCapex.source),
      ...tariffSources(c.energy.powerFactorAdjustment, c.energy.pueSurcharge),
    },
    inputs,
  };
});

/** The input with every capex line a Price (catalogue picks converted), and each line's CostInput; undefined on an issue. */
function resolveCapex(raw: z.output<typeof costsInput>, ctx: z.core.$RefinementCtx<unknown>) {
  const s = raw.catalogue;
  const line = (name: 'power' | 'liquidPremium' | 'whiteSpace' | 'it') => {
    const leaf = raw.capex[name];
    return leaf === undefined ? undefined : resolveLine(`capex.${name}`, leaf, name === 'whiteSpace' ? 'm^2' : 'kW', s, ctx, ['capex', name]);
  };
  const [power, liquidPremium, whiteSpace, it] = [line('power'), line('liquidPremium'), line('whiteSpace'), line('it')];
  const cooling = resolveCooling(raw.capex.cooling, s, ctx);
  if (!power || !liquidPremium || !whiteSpace || (raw.capex.it !== undefined && !it) || !cooling) return undefined;
  const capex = { power: power.price, cooling: cooling.cooling, liquidPremium: liquidPremium.price, whiteSpace: whiteSpace.price, it: it?.price };
  const inputs = [power.input, ...cooling.inputs, liquidPremium.input, whiteSpace.input, ...(it ? [it.input] : [])];
  return { c: { ...raw, capex }, inputs };
}

export { uncertaintySchema } from './uncertainty.js';
