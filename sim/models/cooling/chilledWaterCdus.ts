/**
 * CDUs whose facility (primary) side is fed by the design's air-plant chilled water, as in the Vertiv + NVIDIA
 * hybrid study (Liebert XDU CDUs on the same Liebert AFC chiller plant as the CRAHs): the liquid heat joins the
 * CRAH coil load, so the chilled-water pumps, the economizer (if any), the chillers and their heat rejection
 * carry air + liquid heat; the CDU (TCS) pumps stay.
 *
 * Equation:
 *   cdu = cduPumps(liquidHeatW)                                   (cdu.ts: TCS flow = heat / (cp * tcsDeltaTK))
 *   chilledWaterLoadW = cdu.facilityHeatW = liquidHeatW + cdu pump power
 *   air plant: coilLoadW = CRAH coil load + chilledWaterLoadW     (airPlant.ts, sized likewise in airPlantSizing.ts)
 *   facility water supply = chilledWaterSupplyC <= FACILITY_SUPPLY_MAX_C[class], else RangeError (the scenario
 *     schema reports it first, exit 2)
 * Assumptions: one chilled-water temperature for CRAHs and CDUs (no separate, warmer CDU loop: the source's later
 *   studies raised the chilled water, but their values were not retrieved); the CDU's primary water returns at the
 *   plant's chilled-water temperature difference (flow follows heat, like the CRAH coils; the CDU valve throttles
 *   primary flow to hold its TCS supply); no facility-water pumps besides the chilled-water pumps; the CDU heat
 *   never goes through an airside economizer (it is water-side heat).
 * Validity: heats >= 0 (negative clamped and flagged, as in plant.ts); the chilled water inside the class.
 * References: Vertiv blog "Quantifying the Impact on PUE and Energy Consumption When Introducing Liquid Cooling Into
 *   an Air-cooled Data Center" (setup: Liebert AFC chiller with free cooling, CRAHs, two Liebert XDU liquid-to-liquid
 *   CDUs, Study 1 chilled water 7.2 degC), summarising Heydari et al., ASME InterPACK 2022; ASHRAE TC9.9 (2021)
 *   liquid-cooling classes W17-W45 (facility supply maxima, plantSpec.ts).
 * Validated by: test/models/cooling/chilledWaterCdus.test.ts (class check, sizing, pumps),
 *   test/models/cooling/sharedChilledWaterPlant.test.ts (energy balance of the shared plant),
 *   test/validation/vertivHybrid.validation.test.ts (whole-hall comparison with the published study)
 * @example sizeChilledWaterCdus({ facilitySupplyClass: 'W17', cdu }, 7.2, 1e6).facilitySupplyC // => 7.2
 */
import { cduPumpsInto, type CduInput, type CduOutput, type CduParams } from './cdu.js';
import { ratedPumpPowerW, sizePump, waterFlowKgPerS } from './pump.js';
import { FACILITY_SUPPLY_MAX_C, type ChilledWaterCduSpec } from './plantSpec.js';

export interface ChilledWaterCduParams {
  cdu: CduParams;
  /** The air plant's chilled-water supply, which is the CDUs' facility water, degC. */
  facilitySupplyC: number;
}

/** Why this chilled water cannot serve CDUs of this class, or undefined when it can. */
export function chilledWaterTooWarm(spec: Pick<ChilledWaterCduSpec, 'facilitySupplyClass'>, chilledWaterSupplyC: number): string | undefined {
  const maxC = FACILITY_SUPPLY_MAX_C[spec.facilitySupplyClass];
  return chilledWaterSupplyC > maxC
    ? `expected the air plant's chilled-water supply at most ${maxC} degC for class ${spec.facilitySupplyClass} (it is the CDUs' facility water), got ${chilledWaterSupplyC} degC`
    : undefined;
}

/** The CDU pumps sized for the design liquid heat (as liquidPlantSizing.ts sizes them), on chilled water at chilledWaterSupplyC. */
export function sizeChilledWaterCdus(spec: ChilledWaterCduSpec, chilledWaterSupplyC: number, designHeatW: number): ChilledWaterCduParams {
  const tooWarm = chilledWaterTooWarm(spec, chilledWaterSupplyC);
  if (tooWarm !== undefined) throw new RangeError(`chilled-water CDUs: ${tooWarm}`);
  const heatW = Math.max(designHeatW, 1);
  const p = spec.cdu.pump;
  const pump = sizePump(waterFlowKgPerS(heatW, spec.cdu.tcsDeltaTK), p.headPa, p.efficiency, p.minFlowFraction);
  return { cdu: { approachK: spec.cdu.approachK, tcsDeltaTK: spec.cdu.tcsDeltaTK, pump }, facilitySupplyC: chilledWaterSupplyC };
}

/** Design chilled-water load of the CDUs: design liquid heat + CDU pump power at design flow, W. */
export const designChilledWaterLoadW = (p: ChilledWaterCduParams, designHeatW: number): number =>
  Math.max(designHeatW, 1) + ratedPumpPowerW(p.cdu.pump);

/** The caller's working memory (one per run): the CDU model's input and output records. */
export interface ChilledWaterCduWorkspace {
  input: CduInput;
  output: CduOutput;
}

export const newChilledWaterCduWorkspace = (): ChilledWaterCduWorkspace => ({
  input: { heatW: 0 }, output: { tcsFlowKgPerS: 0, pumpPowerW: 0, facilityHeatW: 0, clamped: false },
});

/** The CDUs at this liquid heat, into ws.output (returned): pump power and the heat they hand to the chilled water. */
export function chilledWaterCdusInto(p: ChilledWaterCduParams, liquidHeatW: number, ws: ChilledWaterCduWorkspace): CduOutput {
  ws.input.heatW = liquidHeatW;
  return cduPumpsInto(p.cdu, ws.input, ws.output);
}
