/**
 * Zod fragment of a design's `cooling.liquid` block (see cooling.ts): CDUs, facility water, rejection by dry
 * cooler, tower, both in series (dry cooler first) or the air plant's chilled water, and the trim chiller;
 * converted to plantSpec.ts's LiquidPlantSpec with COOLING_DEFAULTS for everything optional.
 *
 *   liquid: { facilitySupplyClass: W32, rejection: { dryCooler: { approach: 6 K, adiabatic: { above: 28 degC } } },
 *             trimChiller: { type: air-cooled-screw } }
 *   rejection: { dryCooler: { approach: 10 K }, tower: { approach: 5 K } }   # series: dry cooler ahead of the towers
 */
import { z } from 'zod';
import { count, fraction, plainNumber, quantity } from '../fields.js';
import { CHILLER_CURVE_SETS } from '../../models/cooling/curves.js';
import {
  COOLING_DEFAULTS as D, FACILITY_SUPPLY_MAX_C,
  type ChillerSpec, type DryCoolerSpec, type LiquidClass, type LiquidPlantSpec, type LiquidTowerSpec, type TowerSpec,
} from '../../models/cooling/plantSpec.js';
import { chiller, chillerInput, difference, pump, pumpInput, redundancy, temperature, tower, towerInput } from './coolingParts.js';

export const dryCoolerInput = z.strictObject({
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

export const liquidInput = z.strictObject({
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
    unitCapacity: quantity('W', { above: 0 }).optional().meta({ description: "one CDU's heat capacity, for failures (default 1.2 MW)" }),
    redundancy: redundancy.optional().meta({ description: "CDUs installed beyond the duty ones, for failures: 'N', 'N+1' (default) or '2N'" }),
  }).optional(),
  facilityPump: pumpInput.optional(),
  rejection: z.union([
    z.strictObject({ dryCooler: dryCoolerInput }),
    z.strictObject({ tower: towerInput }),
    z.strictObject({ dryCooler: dryCoolerInput, tower: towerInput }),
    z.strictObject({ chilledWater: z.strictObject({}) }),
  ]).optional().meta({ description: "{ dryCooler: {...} } (default), { tower: {...} }, both (the dry cooler in series ahead of the towers), or { chilledWater: {} } (CDUs on the air plant's chilled water)" }),
  trimChiller: chillerInput.extend({ tower: towerInput.optional() }).optional()
    .meta({ description: "trim chiller, omit for none; a water-cooled type rejects to its `tower` (default: cells like the loop's tower)" }),
});

export function liquidSpec(l: z.output<typeof liquidInput>, ctx: z.RefinementCtx): LiquidPlantSpec {
  const d = D.liquid;
  const cls = l.facilitySupplyClass ?? d.facilitySupplyClass;
  const maxC = FACILITY_SUPPLY_MAX_C[cls];
  const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path: ['liquid', ...path], message });
  if (l.facilitySupply !== undefined && l.facilitySupply > maxC) {
    issue(['facilitySupply'], `expected at most ${maxC} degC for class ${cls}, got ${l.facilitySupply} degC`);
  }
  const r = l.rejection === undefined || 'chilledWater' in l.rejection ? { dryCooler: {} } : l.rejection; // chilledWater: chilledWaterCdus.ts
  const dc = d.dryCooler;
  const dry = (i: z.output<typeof dryCoolerInput>): DryCoolerSpec => ({
    kind: 'dryCooler', approachK: i.approach ?? dc.approachK, fanPowerPerHeat: i.fanPower ?? dc.fanPowerPerHeat,
    dutyUnits: i.units ?? dc.dutyUnits, redundancy: i.redundancy ?? dc.redundancy,
    ...(i.adiabatic === undefined ? {} : {
      adiabatic: { aboveC: i.adiabatic.above, effectiveness: i.adiabatic.effectiveness ?? dc.adiabaticEffectiveness, cyclesOfConcentration: i.adiabatic.cycles ?? dc.adiabaticCycles },
    }),
  });
  const wet = (i: z.output<typeof towerInput>): LiquidTowerSpec => (({ rangeK: _r, minCondenserWaterC: _m, ...t }) => ({ kind: 'tower' as const, ...t }))(tower(i));
  const both = r as Partial<{ dryCooler: z.output<typeof dryCoolerInput>; tower: z.output<typeof towerInput> }>;
  const rejection: LiquidPlantSpec['rejection'] = both.tower === undefined ? dry(both.dryCooler!)
    : both.dryCooler === undefined ? wet(both.tower) : { kind: 'series', dryCooler: dry(both.dryCooler), tower: wet(both.tower) };
  let trimChiller: ChillerSpec | undefined;
  let trimCondenserTower: TowerSpec | undefined;
  const t = l.trimChiller;
  if (t !== undefined) {
    trimChiller = chiller(t, d.trimChiller);
    const loopTower = rejection.kind === 'tower' ? rejection : rejection.kind === 'series' ? rejection.tower : undefined;
    const type = trimChiller.type;
    if (CHILLER_CURVE_SETS[type].condenser === 'air') {
      if (t.tower !== undefined) issue(['trimChiller', 'tower'], `expected no tower for an air-cooled trim chiller ('${type}'), got one`);
    } else if (t.tower === undefined && loopTower === undefined) {
      issue(['trimChiller', 'tower'], `expected a tower for the water-cooled trim chiller ('${type}') when the loop has none, got none`);
    } else trimCondenserTower = t.tower !== undefined ? tower(t.tower) : (({ kind: _k, ...lt }) => ({ ...tower(undefined), ...lt }))(loopTower!);
  }
  const c = l.cdu;
  return {
    facilitySupplyClass: cls,
    facilitySupplyC: l.facilitySupply ?? maxC,
    facilityDeltaTK: l.facilityDeltaT ?? d.facilityDeltaTK,
    cdu: {
      approachK: c?.approach ?? d.cdu.approachK, tcsDeltaTK: c?.deltaT ?? d.cdu.tcsDeltaTK,
      pump: { headPa: c?.pressure ?? d.cdu.pump.headPa, efficiency: c?.efficiency ?? d.cdu.pump.efficiency, minFlowFraction: c?.minFlow ?? d.cdu.pump.minFlowFraction },
      ...(c?.unitCapacity === undefined ? {} : { unitCapacityW: c.unitCapacity }),
      ...(c?.redundancy === undefined ? {} : { redundancy: c.redundancy }),
    },
    facilityPump: pump(l.facilityPump, d.facilityPump),
    rejection,
    ...(trimChiller === undefined ? {} : { trimChiller }),
    ...(trimCondenserTower === undefined ? {} : { trimCondenserTower }),
  };
}
