/**
 * Zod fragment of a design's `cooling` block. Input keys are plain (`supplyAir: 24 degC`, `approach: 4 K`);
 * the output is CoolingSpec of models/cooling/plantSpec.ts (SI, suffixed names), with the cited defaults of
 * COOLING_DEFAULTS for everything optional. `air`, `liquid` or both (hybrid, or liquid plus residual air).
 *
 *   cooling: { air: { supplyAir: 24 degC, returnAir: 36 degC, chilledWaterSupply: 15 degC, chilledWaterReturn: 21 degC,
 *                     chiller: { type: water-cooled-centrifugal, redundancy: N+1 }, tower: { approach: 4 K, cycles: 4 },
 *                     economizer: waterside } }     (or economizer: airside; see airsideEconomizer.ts)
 *   cooling: { liquid: { facilitySupplyClass: W32, rejection: { dryCooler: { approach: 6 K,
 *                        adiabatic: { above: 28 degC, effectiveness: 70 % } } }, trimChiller: { type: air-cooled-screw } },
 *              air: { ... } }
 *   rejection: { dryCooler: { approach: 10 K }, tower: { approach: 5 K } }   # series: dry cooler ahead of the towers
 */
import { z } from 'zod';
import { fraction, quantity } from '../fields.js';
import { cdusOrLiquid } from './chilledWaterCdus.js';
import { airsideEconomizerInput, airsideEconomizerSpec, type AirsideEconomizerInput } from './airsideEconomizer.js';
import { COOLING_DEFAULTS as D, type AirPlantSpec, type CoolingSpec } from '../../models/cooling/plantSpec.js';
import { CHILLER_CURVE_SETS } from '../../models/cooling/curves.js';
import { chiller, chillerInput, difference, pump, pumpInput, redundancy, temperature, tower, towerInput } from './coolingParts.js';
import { liquidInput, liquidSpec } from './liquidCooling.js';

const economizerInput = z.union([
  z.enum(['waterside', 'none', 'airside']),
  z.discriminatedUnion('type', [ // by `type`, so an error names the fields of the economizer the scenario asked for
    z.strictObject({ type: z.enum(['waterside', 'none']), approach: difference('plate heat-exchanger approach', 10).optional() }),
    airsideEconomizerInput,
  ]),
]).meta({ description: "'waterside' (default for water-cooled chillers), 'none', 'airside', { type, approach } or { type: airside, ... }" });

const airInput = z.strictObject({
  supplyAir: temperature('CRAH supply air').optional(),
  returnAir: temperature('CRAH return air').optional(),
  chilledWaterSupply: temperature('chilled water supply setpoint').optional(),
  chilledWaterReturn: temperature('chilled water return at design').optional(),
  chiller: chillerInput.optional(),
  tower: towerInput.optional(),
  economizer: economizerInput.optional(),
  crah: z.strictObject({
    unitCapacity: quantity('W', { above: 0 }).optional(),
    redundancy: redundancy.optional(),
    pressure: quantity('Pa', { above: 0, max: 3000 }).optional().meta({ description: 'fan pressure rise' }),
    efficiency: fraction({ min: 0.1, max: 1 }).optional().meta({ description: 'fan total efficiency' }),
    minSpeed: fraction().optional(),
  }).optional(),
  pumps: z.strictObject({ chilledWater: pumpInput.optional(), condenser: pumpInput.optional() }).optional(),
});

function airSpec(a: z.output<typeof airInput>, ctx: z.RefinementCtx): AirPlantSpec {
  const d = D.air;
  const supplyAirC = a.supplyAir ?? d.supplyAirC;
  const returnAirC = a.returnAir ?? supplyAirC + d.returnAirDeltaK;
  const chwSupplyC = a.chilledWaterSupply ?? d.chilledWaterSupplyC;
  const chwReturnC = a.chilledWaterReturn ?? chwSupplyC + d.chilledWaterDeltaK;
  const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path: ['air', ...path], message });
  if (!(returnAirC > supplyAirC)) issue(['returnAir'], `expected a return air warmer than the supply air (${supplyAirC} degC), got ${returnAirC} degC`);
  if (!(chwReturnC > chwSupplyC)) issue(['chilledWaterReturn'], `expected a chilled-water return warmer than the supply (${chwSupplyC} degC), got ${chwReturnC} degC`);
  if (!(chwSupplyC < supplyAirC)) issue(['chilledWaterSupply'], `expected chilled water colder than the supply air (${supplyAirC} degC), got ${chwSupplyC} degC`);
  const ch = chiller(a.chiller, d.chiller);
  const waterCooled = CHILLER_CURVE_SETS[ch.type].condenser === 'water';
  const e = typeof a.economizer === 'string' ? { type: a.economizer } : a.economizer;
  const economizerType = e?.type ?? (waterCooled ? 'waterside' : 'none');
  const airside = economizerType === 'airside' ? airsideEconomizerSpec(e as AirsideEconomizerInput, issue) : undefined;
  if (economizerType === 'waterside' && !waterCooled) {
    issue(['economizer'], `expected 'none' with an air-cooled chiller (a waterside economizer needs a cooling tower), got 'waterside'`);
  }
  return {
    supplyAirC, returnAirC, chilledWaterSupplyC: chwSupplyC, chilledWaterReturnC: chwReturnC,
    chiller: ch, tower: tower(a.tower),
    economizer: {
      type: economizerType, approachK: (e && 'approach' in e ? e.approach : undefined) ?? d.economizerApproachK, ...(airside === undefined ? {} : { airside }),
    },
    crah: {
      unitCapacityW: a.crah?.unitCapacity ?? d.crah.unitCapacityW, redundancy: a.crah?.redundancy ?? d.crah.redundancy,
      fanPressurePa: a.crah?.pressure ?? d.crah.fanPressurePa, fanEfficiency: a.crah?.efficiency ?? d.crah.fanEfficiency,
      minSpeed: a.crah?.minSpeed ?? d.crah.minSpeed,
    },
    chilledWaterPump: pump(a.pumps?.chilledWater, d.pump),
    condenserPump: pump(a.pumps?.condenser, d.pump),
  };
}

export const coolingSchema = z.strictObject({
  air: airInput.optional().meta({ description: 'chilled-water air plant (CRAHs, chillers, tower, economizer)' }),
  liquid: liquidInput.optional().meta({ description: 'liquid plant (CDUs, facility water, dry cooler or tower, trim chiller)' }),
}).transform((c, ctx): CoolingSpec => {
  if (c.air === undefined && c.liquid === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected an `air` plant, a `liquid` plant or both, got neither' });
    return z.NEVER;
  }
  const air = c.air === undefined ? undefined : airSpec(c.air, ctx);
  return { ...(air === undefined ? {} : { air }), ...(c.liquid === undefined ? {} : cdusOrLiquid(c.liquid, air, ctx, liquidSpec)) };
});
