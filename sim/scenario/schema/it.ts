/**
 * Zod fragments of a design's `racks` and `it` blocks. Input keys are plain
 * (`ratedPower: 105 kW`); the output is the models' params with SI, suffixed
 * names (RackParams of models/it/rack.ts, ItConfig of models/it/itPower.ts).
 * Every optional field has a default whose source is cited here or in the
 * model's curves.ts.
 *
 *   racks: { type: liquid-pod, nodesPerRack: 10, ratedPower: 105 kW, liquidCapture: 100 % }
 *   it:    { psu: { kind: rack-shelf }, fans: { designPowerFraction: 0 % }, designInletAir: 25 degC }
 */
import { z } from 'zod';
import { count, fraction, plainNumber, quantity } from '../fields.js';
import type { RackParams } from '../../models/it/rack.js';
import type { ItConfig } from '../../models/it/itPower.js';
import { FAN_FLOW_CURVES, FAN_POWER_LAWS, PSU_CURVES, type PsuCurveName } from '../../models/it/curves.js';

/** Air-cooled rack: 10-40 kW (dctwin design, "it" models); default at the top of that range. */
const AIR_RACK_RATED_W = 40_000;
/** Liquid PoD: 105 kW per cabinet (xFusion FusionPoD for AI, vendor claim, tag V). */
const LIQUID_POD_RATED_W = 105_000;
/** Standard 600 x 1200 mm cabinet footprint, m^2 (common 19-inch data-center cabinet size, tag S). */
const CABINET_FOOTPRINT_M2 = 0.72;
/** Wide liquid PoD cabinet footprint, m^2 (U: planner's sketch value; give the vendor's figure). */
const LIQUID_POD_FOOTPRINT_M2 = 1.2;
/** Hybrid liquid share of compute heat: 61.4 % in Heydari et al., ASME InterPACK 2022, study 2 (tag P). */
const HYBRID_LIQUID_CAPTURE = 0.6;

const common = {
  nodesPerRack: count(1).optional().meta({ description: 'GPU nodes per rack; default: as many as the rated power holds' }),
  ratedPower: quantity('W', { above: 0 }).optional().meta({ description: "rated IT power per rack, e.g. '105 kW'" }),
  footprint: quantity('m^2', { above: 0 }).optional().meta({ description: "floor area of one rack, e.g. '0.72 m^2'" }),
};
const liquid = {
  liquidCapture: fraction().optional().meta({ description: "share of compute heat taken by liquid, e.g. '100 %'" }),
  psuHeatToLiquid: fraction().optional().meta({ description: "share of PSU loss taken by liquid (default '0 %': air-cooled PSUs)" }),
};

export const racksSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('air'), ...common }),
    z.strictObject({ type: z.literal('liquid-pod'), ...common, ...liquid }),
    z.strictObject({ type: z.literal('hybrid'), ...common, ...liquid }),
  ])
  .transform((r): RackParams => {
    const capture = r.type === 'air' ? 0 : r.liquidCapture ?? (r.type === 'liquid-pod' ? 1 : HYBRID_LIQUID_CAPTURE);
    // Hybrid default rating (tag D): the air part may not exceed an air rack's 40 kW, capped at the PoD's 105 kW.
    const hybridRatedW = Math.min(LIQUID_POD_RATED_W, AIR_RACK_RATED_W / Math.max(1 - capture, 1e-9));
    const defaultRatedW = r.type === 'air' ? AIR_RACK_RATED_W : r.type === 'liquid-pod' ? LIQUID_POD_RATED_W : hybridRatedW;
    return {
      type: r.type,
      nodesPerRack: r.nodesPerRack,
      ratedPowerW: r.ratedPower ?? defaultRatedW,
      liquidCaptureFraction: capture,
      psuHeatToLiquidFraction: r.type === 'air' ? 0 : r.psuHeatToLiquid ?? 0,
      footprintM2: r.footprint ?? (r.type === 'liquid-pod' ? LIQUID_POD_FOOTPRINT_M2 : CABINET_FOOTPRINT_M2),
    };
  })
  .meta({ description: "rack type ('air' 10-40 kW, 'liquid-pod' up to 105 kW, 'hybrid'), size and liquid heat share" });

/**
 * PSU sizing factor (installed capacity / design load): 2 for server supplies in 1+1 or N+N (80 PLUS
 * "internal redundant" category; NVIDIA DGX H100: 6 x 3.3 kW supplies for ~10.2 kW, factor 1.94, tag V);
 * 1.2 for a rack shelf of 5+1 rectifiers (OCP ORV3: 6 x 3 kW per 18 kW shelf).
 */
const PSU_SIZING = { server: 2, 'rack-shelf': 1.2 } as const;
const DEFAULT_PSU_CURVE: Record<'server' | 'rack-shelf', PsuCurveName> = { server: '80plus-titanium', 'rack-shelf': 'orv3-shelf' };
/**
 * Rating inlet air, degC: inside ASHRAE TC9.9 recommended 18-27 degC (tag U). The design's rated IT power (rack
 * rating check, nameplate conversion) is evaluated there; in operation the servers breathe the air plant's supply
 * air, and this inlet only where the design has no air plant (sizeDesign.ts).
 */
const DESIGN_INLET_AIR_C = 25;

const psuSchema = z.strictObject({
  kind: z.enum(['server', 'rack-shelf']).optional().meta({ description: "'server' PSUs in each node or a 'rack-shelf' (OCP ORV3 style)" }),
  curve: z.enum(Object.keys(PSU_CURVES) as [PsuCurveName, ...PsuCurveName[]]).optional()
    .meta({ description: 'efficiency curve; default 80plus-titanium for server, orv3-shelf for rack-shelf' }),
  sizing: plainNumber({ min: 1, max: 4 }).optional().meta({ description: 'installed PSU capacity / design load (2 for 1+1)' }),
});

const fansSchema = z.strictObject({
  designPowerFraction: fraction({ min: 0, max: 0.5 }).optional()
    .meta({ description: "fan share of node design power; default 10 % x (1 - liquid capture)" }),
  flowCurve: z.enum(Object.keys(FAN_FLOW_CURVES) as [keyof typeof FAN_FLOW_CURVES]).optional(),
  powerLaw: z.enum(Object.keys(FAN_POWER_LAWS) as [keyof typeof FAN_POWER_LAWS]).optional(),
});

export const itSchema = z
  .strictObject({
    psu: psuSchema.optional(),
    fans: fansSchema.optional(),
    designInletAir: quantity('degC', { min: 5, max: 45 }).optional()
      .meta({ description: "server inlet air of the rating point (rack rating; servers' inlet when there is no air plant), e.g. '25 degC'" }),
  })
  .transform((it): ItConfig => {
    const kind = it.psu?.kind ?? 'server';
    return {
      psu: { kind, curve: PSU_CURVES[it.psu?.curve ?? DEFAULT_PSU_CURVE[kind]], sizingFactor: it.psu?.sizing ?? PSU_SIZING[kind] },
      fans: {
        designPowerFraction: it.fans?.designPowerFraction,
        flowCurve: FAN_FLOW_CURVES[it.fans?.flowCurve ?? 'gpu-default'],
        powerLaw: FAN_POWER_LAWS[it.fans?.powerLaw ?? 'cube'],
      },
      designInletAirTempC: it.designInletAir ?? DESIGN_INLET_AIR_C,
    };
  })
  .meta({ description: 'PSU and server-fan models of the design (all optional)' });

/** The `it` block a design gets when it writes none. */
export const DEFAULT_IT: ItConfig = itSchema.parse({});
