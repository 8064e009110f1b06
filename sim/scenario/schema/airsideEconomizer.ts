/**
 * Zod fragment of an air plant's airside economizer: `economizer: airside` (cited defaults) or an object with
 * the moisture band, high limits, evaporative cooler, humidification and the outdoor-air path's fan pressure.
 * The output is AirsideEconomizerSpec of models/cooling/plantSpec.ts (SI), defaults from COOLING_DEFAULTS.air.airside.
 *
 *   economizer: { type: airside, maxDewPoint: 15 degC, maxHumidity: 60 %, minDewPoint: -9 degC, humidification: adiabatic,
 *                 evaporative: { effectiveness: 70 % }, extraPressure: 150 Pa, cycles: 3,
 *                 highLimit: { dryBulb: 24 degC, enthalpy: 66 kJ/kg } }
 */
import { z } from 'zod';
import { fraction, plainNumber, quantity } from '../fields.js';
import { COOLING_DEFAULTS, type AirsideEconomizerSpec } from '../../models/cooling/plantSpec.js';

const dewPoint = (what: string) => quantity('degC', { min: -40, max: 30 }).meta({ description: what });

export const airsideEconomizerInput = z.strictObject({
  type: z.literal('airside'),
  maxDewPoint: dewPoint('upper dew point at the IT inlet; above it the dampers shut (TC9.9 recommended: 15 degC)').optional(),
  maxHumidity: fraction({ min: 0.2, max: 1 }).optional().meta({ description: "upper relative humidity at the supply (TC9.9 recommended: '60 %')" }),
  minDewPoint: dewPoint('lower dew point, held by the humidifier').optional(),
  humidification: z.enum(['adiabatic', 'none']).optional().meta({ description: "'adiabatic' (misting, default) or 'none'" }),
  evaporative: z.strictObject({
    effectiveness: fraction().meta({ description: "direct evaporative cooler saturation effectiveness, e.g. '70 %'" }),
  }).optional().meta({ description: 'direct evaporative cooling of the outdoor air; omit for none' }),
  extraPressure: quantity('Pa', { min: 0, max: 1000 }).optional()
    .meta({ description: "fan pressure of the outdoor-air path (louvers, dampers, filters, media), e.g. '150 Pa'" }),
  cycles: plainNumber({ min: 1.5, max: 20 }, 'cycles of concentration').optional(),
  highLimit: z.strictObject({
    dryBulb: quantity('degC', { min: -20, max: 60 }).optional().meta({ description: 'fixed dry-bulb high limit (ASHRAE 90.1 Table 6.5.1.1.3)' }),
    enthalpy: quantity('J/kg', { min: 0, max: 200e3 }).optional().meta({ description: "fixed enthalpy high limit, e.g. '66 kJ/kg'" }),
  }).optional(),
});

export type AirsideEconomizerInput = z.output<typeof airsideEconomizerInput>;

/** The SI spec, every default filled in; a band upside down is an issue on `path`. */
export function airsideEconomizerSpec(e: AirsideEconomizerInput | undefined, issue: (path: string[], message: string) => void): AirsideEconomizerSpec {
  const d = COOLING_DEFAULTS.air.airside;
  const maxDewPointC = e?.maxDewPoint ?? d.maxDewPointC;
  const minDewPointC = e?.minDewPoint ?? d.minDewPointC;
  if (!(minDewPointC < maxDewPointC)) issue(['economizer', 'minDewPoint'], `expected a dew point below maxDewPoint (${maxDewPointC} degC), got ${minDewPointC} degC`);
  return {
    maxDewPointC, minDewPointC,
    maxRelativeHumidity: e?.maxHumidity ?? d.maxRelativeHumidity,
    humidification: e?.humidification ?? d.humidification,
    evaporativeEffectiveness: e?.evaporative?.effectiveness ?? d.evaporativeEffectiveness,
    extraPressurePa: e?.extraPressure ?? d.extraPressurePa,
    cyclesOfConcentration: e?.cycles ?? d.cyclesOfConcentration,
    ...(e?.highLimit?.dryBulb === undefined ? {} : { highLimitDryBulbC: e.highLimit.dryBulb }),
    ...(e?.highLimit?.enthalpy === undefined ? {} : { highLimitEnthalpyJPerKg: e.highLimit.enthalpy }),
  };
}
