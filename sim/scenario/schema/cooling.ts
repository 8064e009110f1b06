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
 */
import { z } from 'zod';
import { count, fraction, plainNumber, quantity } from '../fields.js';
import { cdusOrLiquid } from './chilledWaterCdus.js';
import { airsideEconomizerInput, airsideEconomizerSpec, type AirsideEconomizerInput } from './airsideEconomizer.js';
import { CHILLER_CURVE_SETS, type ChillerType } from '../../models/cooling/curves.js';
import {
  COOLING_DEFAULTS as D, FACILITY_SUPPLY_MAX_C,
  type AirPlantSpec, type ChillerSpec, type CoolingSpec, type LiquidClass, type LiquidPlantSpec, type PumpSpec, type TowerSpec,
} from '../../models/cooling/plantSpec.js';

const redundancy = z.enum(['N', 'N+1', '2N']).meta({ description: "'N', 'N+1' (default) or '2N'" });
const chillerType = z.enum(Object.keys(CHILLER_CURVE_SETS) as [ChillerType, ...ChillerType[]]);
const temperature = (what: string) => quantity('degC', { min: -20, max: 60 }).meta({ description: what });
const difference = (what: string, max = 30) => quantity('K', { above: 0, max }).meta({ description: what });

const pumpInput = z.strictObject({
  head: quantity('Pa', { above: 0, max: 2e6 }).optional().meta({ description: "design head, e.g. '180 kPa'" }),
  efficiency: fraction({ min: 0.1, max: 1 }).optional().meta({ description: 'wire-to-water efficiency' }),
  minFlow: fraction({ min: 0, max: 1 }).optional().meta({ description: 'minimum flow fraction (VFD floor)' }),
});
const pump = (p: z.output<typeof pumpInput> | undefined, d: PumpSpec): PumpSpec => ({
  headPa: p?.head ?? d.headPa, efficiency: p?.efficiency ?? d.efficiency, minFlowFraction: p?.minFlow ?? d.minFlowFraction,
});

const chillerInput = z.strictObject({
  type: chillerType.optional().meta({ description: "curve set: 'water-cooled-centrifugal', 'water-cooled-screw', 'air-cooled-screw'" }),
  redundancy: redundancy.optional(),
  unitCapacity: quantity('W', { above: 0 }).optional().meta({ description: 'largest unit at design conditions; sets the unit count' }),
  ratedCop: plainNumber({ min: 1, max: 15 }, 'a COP').optional().meta({ description: "COP at the curve set's reference point" }),
});
const chiller = (c: z.output<typeof chillerInput> | undefined, d: ChillerSpec): ChillerSpec => ({
  type: c?.type ?? d.type, redundancy: c?.redundancy ?? d.redundancy, unitCapacityW: c?.unitCapacity ?? d.unitCapacityW,
  ...(c?.ratedCop !== undefined ? { ratedCop: c.ratedCop } : {}),
});

const towerInput = z.strictObject({
  approach: difference('leaving water minus wet bulb at design', 15).optional(),
  range: difference('design range (entering minus leaving water)', 20).optional(),
  cycles: plainNumber({ min: 1.5, max: 20 }, 'cycles of concentration').optional(),
  drift: fraction({ min: 0, max: 0.01 }).optional().meta({ description: "share of design water flow, e.g. '0.008 %'" }),
  evaporationLoss: fraction({ min: 0.001, max: 0.005 }).optional()
    .meta({ description: "EnergyPlus loss factor per K of range, e.g. '0.2 %'; omit to compute evaporation from the air side (default)" }),
  fanPower: fraction({ min: 0.001, max: 0.1 }).optional().meta({ description: "design fan power per heat, e.g. '1.05 %'" }),
  minCondenserWater: temperature('lowest condenser water the chillers accept').optional(),
  cells: count(1).optional().meta({ description: 'duty cells' }),
  redundancy: redundancy.optional(),
});
const tower = (t: z.output<typeof towerInput> | undefined): TowerSpec => {
  const d = D.air.tower;
  return {
    approachK: t?.approach ?? d.approachK, rangeK: t?.range ?? d.rangeK, cyclesOfConcentration: t?.cycles ?? d.cyclesOfConcentration,
    driftFraction: t?.drift ?? d.driftFraction, ...(t?.evaporationLoss !== undefined ? { evaporationLossPerK: t.evaporationLoss } : {}),
    fanPowerPerHeat: t?.fanPower ?? d.fanPowerPerHeat, minCondenserWaterC: t?.minCondenserWater ?? d.minCondenserWaterC,
    dutyCells: t?.cells ?? d.dutyCells, redundancy: t?.redundancy ?? d.redundancy,
  };
};

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

const dryCoolerInput = z.strictObject({
  approach: difference('leaving water minus entering air at design', 25).optional(),
  fanPower: fraction({ min: 0.001, max: 0.2 }).optional().meta({ description: "design fan power per heat, e.g. '3.7 %'" }),
  units: count(1).optional().meta({ description: 'duty units' }),
  redundancy: redundancy.optional(),
  adiabatic: z.strictObject({
    above: temperature('dry bulb above which the pads may run'),
    effectiveness: fraction().optional().meta({ description: "saturation effectiveness, e.g. '70 %'" }),
    cycles: plainNumber({ min: 1.5, max: 20 }, 'cycles of concentration').optional(),
  }).optional(),
});

const liquidInput = z.strictObject({
  facilitySupplyClass: z.enum(Object.keys(FACILITY_SUPPLY_MAX_C) as [LiquidClass, ...LiquidClass[]]).optional()
    .meta({ description: "ASHRAE TC9.9 2021 class: W17, W27, W32 (default), W40, W45" }),
  facilitySupply: temperature('facility supply setpoint; default: the class maximum').optional(),
  facilityDeltaT: difference('facility water temperature difference', 20).optional(),
  cdu: z.strictObject({
    approach: difference('TCS supply minus facility supply', 10).optional(),
    deltaT: difference('TCS temperature difference', 20).optional(),
    pressure: quantity('Pa', { above: 0, max: 1e6 }).optional().meta({ description: 'TCS pump head' }),
    efficiency: fraction({ min: 0.1, max: 1 }).optional(),
    minFlow: fraction().optional(),
  }).optional(),
  facilityPump: pumpInput.optional(),
  rejection: z.union([
    z.strictObject({ dryCooler: dryCoolerInput }),
    z.strictObject({ tower: towerInput }),
    z.strictObject({ chilledWater: z.strictObject({}) }),
  ]).optional().meta({ description: "{ dryCooler: {...} } (default), { tower: {...} } or { chilledWater: {} } (CDUs on the air plant's chilled water)" }),
  trimChiller: chillerInput.optional().meta({ description: 'air-cooled trim chiller; omit for none' }),
});

function liquidSpec(l: z.output<typeof liquidInput>, ctx: z.RefinementCtx): LiquidPlantSpec {
  const d = D.liquid;
  const cls = l.facilitySupplyClass ?? d.facilitySupplyClass;
  const maxC = FACILITY_SUPPLY_MAX_C[cls];
  const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path: ['liquid', ...path], message });
  if (l.facilitySupply !== undefined && l.facilitySupply > maxC) {
    issue(['facilitySupply'], `expected at most ${maxC} degC for class ${cls}, got ${l.facilitySupply} degC`);
  }
  const r = l.rejection === undefined || 'chilledWater' in l.rejection ? { dryCooler: {} } : l.rejection; // chilledWater: chilledWaterCdus.ts
  const dc = d.dryCooler;
  const rejection: LiquidPlantSpec['rejection'] = 'dryCooler' in r
    ? {
      kind: 'dryCooler', approachK: r.dryCooler.approach ?? dc.approachK, fanPowerPerHeat: r.dryCooler.fanPower ?? dc.fanPowerPerHeat,
      dutyUnits: r.dryCooler.units ?? dc.dutyUnits, redundancy: r.dryCooler.redundancy ?? dc.redundancy,
      ...(r.dryCooler.adiabatic === undefined ? {} : {
        adiabatic: {
          aboveC: r.dryCooler.adiabatic.above,
          effectiveness: r.dryCooler.adiabatic.effectiveness ?? dc.adiabaticEffectiveness,
          cyclesOfConcentration: r.dryCooler.adiabatic.cycles ?? dc.adiabaticCycles,
        },
      }),
    }
    : (({ rangeK: _r, minCondenserWaterC: _m, ...t }) => ({ kind: 'tower' as const, ...t }))(tower(r.tower));
  let trimChiller: ChillerSpec | undefined;
  if (l.trimChiller !== undefined) {
    trimChiller = chiller(l.trimChiller, d.trimChiller);
    if (CHILLER_CURVE_SETS[trimChiller.type].condenser !== 'air') {
      issue(['trimChiller', 'type'], `expected an air-cooled trim chiller ('air-cooled-screw'), got '${trimChiller.type}'`);
    }
  }
  const c = l.cdu;
  return {
    facilitySupplyClass: cls,
    facilitySupplyC: l.facilitySupply ?? maxC,
    facilityDeltaTK: l.facilityDeltaT ?? d.facilityDeltaTK,
    cdu: {
      approachK: c?.approach ?? d.cdu.approachK, tcsDeltaTK: c?.deltaT ?? d.cdu.tcsDeltaTK,
      pump: { headPa: c?.pressure ?? d.cdu.pump.headPa, efficiency: c?.efficiency ?? d.cdu.pump.efficiency, minFlowFraction: c?.minFlow ?? d.cdu.pump.minFlowFraction },
    },
    facilityPump: pump(l.facilityPump, d.facilityPump),
    rejection,
    ...(trimChiller === undefined ? {} : { trimChiller }),
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
