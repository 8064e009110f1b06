/**
 * `cooling.liquid.rejection: { chilledWater: {} }`: the CDUs' facility side is the design's air-plant chilled water
 * (models/cooling/chilledWaterCdus.ts). The liquid block then keeps only its class and CDU fields; the output is
 * CoolingSpec.chilledWaterCdus instead of CoolingSpec.liquid. Cross-field checks (exit 2, naming the field): an `air`
 * plant is required, its chilled-water supply must be inside the class, and the fields of a separate facility loop
 * (facilitySupply, facilityDeltaT, facilityPump, trimChiller) are refused.
 *
 *   cooling: { air: { chilledWaterSupply: 7.2 degC, ... }, liquid: { facilitySupplyClass: W17, rejection: { chilledWater: {} } } }
 */
import type { z } from 'zod';
import { COOLING_DEFAULTS as D, type AirPlantSpec, type ChilledWaterCduSpec, type CoolingSpec, type LiquidClass, type LiquidPlantSpec } from '../../models/cooling/plantSpec.js';
import { chilledWaterTooWarm } from '../../models/cooling/chilledWaterCdus.js';

/** The parts of the parsed `liquid` block read here (cooling.ts's liquidInput). */
interface LiquidInput {
  facilitySupplyClass?: LiquidClass;
  cdu?: { approach?: number; deltaT?: number; pressure?: number; efficiency?: number; minFlow?: number };
  rejection?: object;
  facilitySupply?: unknown;
  facilityDeltaT?: unknown;
  facilityPump?: unknown;
  trimChiller?: unknown;
}

const SEPARATE_LOOP_FIELDS = ['facilitySupply', 'facilityDeltaT', 'facilityPump', 'trimChiller'] as const;

/** The `liquid` block as CoolingSpec's `chilledWaterCdus` when its rejection is chilled water, else as `liquid` (cooling.ts's liquidSpec). */
export function cdusOrLiquid<L extends LiquidInput>(l: L, air: AirPlantSpec | undefined, ctx: z.RefinementCtx,
  liquidSpec: (l: L, ctx: z.RefinementCtx) => LiquidPlantSpec): Pick<CoolingSpec, 'liquid' | 'chilledWaterCdus'> {
  if (l.rejection === undefined || !('chilledWater' in l.rejection)) return { liquid: liquidSpec(l, ctx) };
  const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['liquid', field], message });
  for (const field of SEPARATE_LOOP_FIELDS) {
    if (l[field] !== undefined) issue(field, `expected no ${field} with rejection chilledWater (the facility water is the air plant's chilled water), got one`);
  }
  const d = D.liquid;
  const c = l.cdu;
  const spec: ChilledWaterCduSpec = {
    facilitySupplyClass: l.facilitySupplyClass ?? d.facilitySupplyClass,
    cdu: {
      approachK: c?.approach ?? d.cdu.approachK, tcsDeltaTK: c?.deltaT ?? d.cdu.tcsDeltaTK,
      pump: { headPa: c?.pressure ?? d.cdu.pump.headPa, efficiency: c?.efficiency ?? d.cdu.pump.efficiency, minFlowFraction: c?.minFlow ?? d.cdu.pump.minFlowFraction },
    },
  };
  if (air === undefined) issue('rejection', 'expected an `air` plant whose chilled water feeds the CDUs (rejection chilledWater), got none');
  else {
    const tooWarm = chilledWaterTooWarm(spec, air.chilledWaterSupplyC);
    if (tooWarm !== undefined) issue('facilitySupplyClass', tooWarm);
  }
  return { chilledWaterCdus: spec };
}
