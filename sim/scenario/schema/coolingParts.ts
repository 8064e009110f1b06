/**
 * Zod pieces shared by the air and liquid plant fragments of a design's `cooling` block (cooling.ts,
 * liquidCooling.ts): redundancy, chiller, tower and pump inputs and their conversion to plantSpec.ts's SI specs.
 */
import { z } from 'zod';
import { count, fraction, plainNumber, quantity } from '../fields.js';
import { CHILLER_CURVE_SETS, type ChillerType } from '../../models/cooling/curves.js';
import { COOLING_DEFAULTS as D, type ChillerSpec, type PumpSpec, type TowerSpec } from '../../models/cooling/plantSpec.js';

export const redundancy = z.enum(['N', 'N+1', '2N']).meta({ description: "'N', 'N+1' (default) or '2N'" });
export const chillerType = z.enum(Object.keys(CHILLER_CURVE_SETS) as [ChillerType, ...ChillerType[]]);
export const temperature = (what: string) => quantity('degC', { min: -20, max: 60 }).meta({ description: what });
export const difference = (what: string, max = 30) => quantity('K', { above: 0, max }).meta({ description: what });

export const pumpInput = z.strictObject({
  head: quantity('Pa', { above: 0, max: 2e6 }).optional().meta({ description: "design head, e.g. '180 kPa'" }),
  efficiency: fraction({ min: 0.1, max: 1 }).optional().meta({ description: 'wire-to-water efficiency' }),
  minFlow: fraction({ min: 0, max: 1 }).optional().meta({ description: 'minimum flow fraction (VFD floor)' }),
});
export const pump = (p: z.output<typeof pumpInput> | undefined, d: PumpSpec): PumpSpec => ({
  headPa: p?.head ?? d.headPa, efficiency: p?.efficiency ?? d.efficiency, minFlowFraction: p?.minFlow ?? d.minFlowFraction,
});

export const chillerInput = z.strictObject({
  type: chillerType.optional().meta({ description: "curve set: 'water-cooled-centrifugal', 'water-cooled-screw', 'air-cooled-screw'" }),
  redundancy: redundancy.optional(),
  unitCapacity: quantity('W', { above: 0 }).optional().meta({ description: 'largest unit at design conditions; sets the unit count' }),
  ratedCop: plainNumber({ min: 1, max: 15 }, 'a COP').optional().meta({ description: "COP at the curve set's reference point" }),
});
export const chiller = (c: z.output<typeof chillerInput> | undefined, d: ChillerSpec): ChillerSpec => ({
  type: c?.type ?? d.type, redundancy: c?.redundancy ?? d.redundancy, unitCapacityW: c?.unitCapacity ?? d.unitCapacityW,
  ...(c?.ratedCop !== undefined ? { ratedCop: c.ratedCop } : {}),
});

export const towerInput = z.strictObject({
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
export const tower = (t: z.output<typeof towerInput> | undefined): TowerSpec => {
  const d = D.air.tower;
  return {
    approachK: t?.approach ?? d.approachK, rangeK: t?.range ?? d.rangeK, cyclesOfConcentration: t?.cycles ?? d.cyclesOfConcentration,
    driftFraction: t?.drift ?? d.driftFraction, ...(t?.evaporationLoss !== undefined ? { evaporationLossPerK: t.evaporationLoss } : {}),
    fanPowerPerHeat: t?.fanPower ?? d.fanPowerPerHeat, minCondenserWaterC: t?.minCondenserWater ?? d.minCondenserWaterC,
    dutyCells: t?.cells ?? d.dutyCells, redundancy: t?.redundancy ?? d.redundancy,
  };
};
