/**
 * Zod fragments of the scenario schema for money: a design's `costs:` block
 * (-> CostParams, SI prices per J / W / m^3 / kg / m^2) and the `uncertainty:`
 * block (-> UncertaintySpec for Monte Carlo; schema/uncertainty.ts).
 *
 *   costs:
 *     energy: { flat: 0.62 CNY/kWh }             # or timeOfUse: [{ hours: '8-11,13-17', months: '1-12', price: 1.0 CNY/kWh }, ...]
 *     escalation: 3 %                            # per year, all opex prices      (default 0 %)
 *     discountRate: 8 %                          #                                 (default 8 %, cited in sim/tco/costParams.ts)
 *     horizon: 5                                 # years                          (default 5)
 *     demandCharge: 40 CNY/kW                    # per kW of yearly peak per month (default none)
 *     water: 4.1 CNY/m^3                         # required
 *     maintenance: 3 %                           # of facility capex per year; required
 *     carbonPrice: 80 CNY/t                      # per tonne CO2e                 (default none)
 *     capex:                                     # all required except it
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
import { coolingField, coolingPrices, forward } from './coolingCapex.js';
import { flatTariff, timeOfUseTariff } from '../../tco/tariff.js';

export { costCurrencies } from '../../tco/costParams.js';
export { checkCoolingPricesCover } from './coolingCapex.js';


const touPeriod = z.strictObject({
  name: z.string().optional(),
  hours: z.string(),
  months: z.string().optional(),
  price: cappedPrice('J', PRICE_CAPS.energy),
});

const energyField = z
  .strictObject({ flat: cappedPrice('J', PRICE_CAPS.energy).optional(), timeOfUse: z.array(touPeriod).min(1).optional() })
  .transform((e, ctx) => {
    if ((e.flat === undefined) === (e.timeOfUse === undefined)) {
      ctx.addIssue({ code: 'custom', message: `expected exactly one of flat or timeOfUse, got ${e.flat === undefined ? 'neither' : 'both'}`, input: e });
      return z.NEVER;
    }
    if (e.flat !== undefined) return { tariff: flatTariff(e.flat.amount), prices: { 'energy.flat': e.flat } as Record<string, Price> };
    const periods = e.timeOfUse ?? [];
    const tariff = timeOfUseTariff(periods.map((p) => ({ hours: p.hours, months: p.months, pricePerJ: p.price.amount, name: p.name })));
    if (Array.isArray(tariff)) {
      for (const p of tariff) ctx.addIssue({ code: 'custom', message: p.message, path: ['timeOfUse', ...p.path], input: e });
      return z.NEVER;
    }
    const prices: Record<string, Price> = {};
    periods.forEach((p, i) => (prices[`energy.timeOfUse[${i}].price`] = p.price));
    return { tariff, prices };
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

const capexField = z.strictObject({
  power: perKW,
  cooling: coolingField,
  liquidPremium: perKW,
  whiteSpace: cappedPrice('m^2', PRICE_CAPS.whiteSpace),
  it: perKW.optional(),
});

/** A design's `costs:` fields before their conversion (the top-level costs block picks from them: siteCosts.ts). */
export const costsInput = z.strictObject({
  energy: energyField,
  escalation: fraction({ min: -0.5, max: 1 }).optional(),
  discountRate: fraction({ min: 0, max: 1 }).optional(),
  horizon: count(1, 50).optional(),
  demandCharge: cappedPrice('W', PRICE_CAPS.demandCharge).optional(),
  water: cappedPrice('m^3', PRICE_CAPS.water),
  maintenance: fraction({ min: 0, max: 1 }),
  carbonPrice: carbonPriceField.optional(),
  capex: capexField,
});

/** A design's `costs:` block -> CostParams (SI prices in the scenario currency, with sources). */
export const costsSchema = costsInput.transform((c): CostParams => {
  const cooling = coolingPrices(c.capex.cooling);
  const optional: Array<[string, Price | undefined]> = [
    ['demandCharge', c.demandCharge],
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
  return {
    energyTariff: c.energy.tariff,
    escalation: c.escalation ?? COST_DEFAULTS.escalation.value,
    discountRate: c.discountRate ?? COST_DEFAULTS.discountRate.value,
    horizonYears: c.horizon ?? COST_DEFAULTS.horizonYears.value,
    demandPricePerWMonth: c.demandCharge?.amount ?? COST_DEFAULTS.demandCharge.value,
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
      'capex.power': 'scenario',
      'capex.cooling': 'scenario',
      'capex.liquidPremium': 'scenario',
      'capex.whiteSpace': 'scenario',
      'capex.it': given(c.capex.it, COST_DEFAULTS.itCapex.source),
    },
  };
});

export { uncertaintySchema } from './uncertainty.js';
