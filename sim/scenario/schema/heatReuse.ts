/**
 * Zod fragment of a design's `heatReuse` block: heat exported to a consumer (district heating, a building's
 * low-temperature loop) at a stated temperature, giving ERE and ERF (ISO/IEC 30134-6). One demand form:
 *
 *   heatReuse: { temperature: 30 degC, fraction: 50 % }              share of the heat available at temperature
 *   heatReuse: { temperature: 30 degC, demand: 300 kW }              constant demand
 *   heatReuse: { temperature: 30 degC, monthlyDemand: [600 kW, ...] }  12 values, January first
 *
 * `approach` (default 3 K, the CDU approach default of plantSpec.ts: Deschutes) is the exchanger's approach
 * between the loop's return water and the demand's supply temperature.
 */
import { z } from 'zod';
import { fraction, quantity } from '../fields.js';
import type { HeatReuseSpec } from '../../models/heatReuse.js';
import { COOLING_DEFAULTS } from '../../models/cooling/plantSpec.js';

const FORMS = ['fraction', 'demand', 'monthlyDemand'] as const;

export const heatReuseSchema = z
  .strictObject({
    temperature: quantity('degC', { min: 0, max: 100 }).meta({ description: "supply temperature the heat consumer needs, e.g. '30 degC'" }),
    approach: quantity('K', { min: 0, max: 20 }).optional().meta({ description: "heat-exchanger approach to the loop's return water (default '3 K')" }),
    fraction: fraction().optional().meta({ description: "share of the heat available at temperature that is reused, e.g. '50 %'" }),
    demand: quantity('W', { min: 0 }).optional().meta({ description: "constant heat demand, e.g. '300 kW'" }),
    monthlyDemand: z.array(quantity('W', { min: 0 })).length(12).optional()
      .meta({ description: "mean heat demand per month, January first, e.g. ['600 kW', ...] (12 values)" }),
  })
  .transform((h, ctx): HeatReuseSpec => {
    const given = FORMS.filter((k) => h[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `expected exactly one of fraction, demand, monthlyDemand, got ${given.length === 0 ? 'none' : given.join(', ')}` });
      return z.NEVER;
    }
    const demand: HeatReuseSpec['demand'] = h.fraction !== undefined ? { kind: 'fraction', fraction: h.fraction }
      : h.demand !== undefined ? { kind: 'monthly', powerW: Array(12).fill(h.demand) } : { kind: 'monthly', powerW: [...h.monthlyDemand!] };
    return { temperatureC: h.temperature, approachK: h.approach ?? COOLING_DEFAULTS.liquid.cdu.approachK, demand };
  })
  .meta({ description: 'heat reuse (ISO/IEC 30134-6): the liquid loop\'s heat exported at a stated temperature; gives ERE and ERF' });
