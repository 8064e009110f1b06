/**
 * Published chiller performance-curve sets for the DOE-2 / EnergyPlus
 * `Chiller:Electric:EIR` model, and the two curve forms they use.
 *
 * Equation:
 *   biquadratic(c, x, y) = c0 + c1*x + c2*x^2 + c3*y + c4*y^2 + c5*x*y
 *     x = leaving chilled-water temperature (degC), y = entering condenser temperature (degC):
 *     condenser water for water-cooled chillers, outdoor dry bulb for air-cooled ones
 *   quadratic(c, p) = c0 + c1*p + c2*p^2          (p = part-load ratio)
 *   capFT and eirFT equal 1 at the reference temperatures; eirFPLR equals 1 at p = 1.
 * Assumptions: each set is used as published (no refit); the [min, max] box of x and y is the range of the
 *   manufacturer data the curves were fitted to (chiller.ts extends beyond it to first order, see there).
 * Validity: the box of each set (xMinC..xMaxC, yMinC..yMaxC); part-load ratio minPartLoadRatio..maxPartLoadRatio.
 * References: EnergyPlus Engineering Reference, "Electric Chiller Model Based on Condenser Entering
 *   Temperature" (Chiller:Electric:EIR) for the forms; EnergyPlus DataSets/Chillers.idf (CoolTools
 *   project, data 1991-2001) reproduced with their validity boxes in Modelica Buildings
 *   (lbl-srg/modelica-buildings, Buildings/Fluid/Chillers/Data/ElectricEIR/*.mo); ASHRAE 90.1-2010 Appendix G
 *   "Path A" curves (D. Lord 2010 study) as shipped in NREL/openstudio-standards
 *   lib/openstudio-standards/standards/ashrae_90_1/data/ashrae_90_1.curves.json; ASHRAE 90.1-2016
 *   Table 6.8.1-3 (air-cooled chiller >= 150 tons, Path A, full load 10.100 EER = 2.960 COP).
 * Validated by: test/validation/chiller.validation.test.ts (Path A IPLV vs ASHRAE 90.1-2016); the curve points
 *   (test/fixtures/models/chiller-curve-points.csv) are unit tests by construction
 * @example biquadratic(YORK_YT_1055KW_VANES.eirFT, 6.67, 29.44) // => 1.000 (reference point)
 */

/** Six biquadratic coefficients and the box of the data they were fitted to. */
export interface Biquadratic {
  readonly c: readonly [number, number, number, number, number, number];
  readonly xMinC: number;
  readonly xMaxC: number;
  readonly yMinC: number;
  readonly yMaxC: number;
}

export type CondenserKind = 'water' | 'air';

/** One published chiller: curves, reference point, part-load limits. */
export interface ChillerCurveSet {
  readonly name: string;
  readonly source: string;
  readonly condenser: CondenserKind;
  /** COP at the reference temperatures and full load (the set's own reference COP). */
  readonly referenceCop: number;
  readonly referenceChilledWaterC: number;
  readonly referenceCondenserC: number;
  readonly capFT: Biquadratic;
  readonly eirFT: Biquadratic;
  readonly eirFPLR: readonly [number, number, number];
  /** Below this part-load ratio the compressor cycles (EnergyPlus "Minimum Part Load Ratio"). */
  readonly minPartLoadRatio: number;
  /** Below this the chiller false-loads (hot-gas bypass) ("Minimum Unloading Ratio"). */
  readonly minUnloadRatio: number;
  readonly maxPartLoadRatio: number;
}

/**
 * A published curve set, read-only through its type: a model may cache values derived from it, keyed on the set
 * object (chiller.ts). Not Object.freeze'd at run time: frozen coefficient arrays made every curve evaluation
 * polymorphic (frozen and plain arrays through one function) and cost ~10 % of a 1-minute-step year (measured).
 */
function curveSet(set: ChillerCurveSet): ChillerCurveSet {
  return set;
}

export function biquadratic(curve: Biquadratic, x: number, y: number): number {
  const c = curve.c;
  return c[0] + c[1] * x + c[2] * x * x + c[3] * y + c[4] * y * y + c[5] * x * y;
}

/** Partial derivatives (d/dx, d/dy) of a biquadratic at (x, y). */
export function biquadraticSlopes(curve: Biquadratic, x: number, y: number): [number, number] {
  const c = curve.c;
  return [c[1] + 2 * c[2] * x + c[5] * y, c[3] + 2 * c[4] * y + c[5] * x];
}

export function quadratic(c: readonly [number, number, number], p: number): number {
  return c[0] + c[1] * p + c[2] * p * p;
}

/**
 * "ElectricEIRChiller York YT 1055kW/5.96COP/Vanes": water-cooled centrifugal, inlet vanes.
 * EnergyPlus DataSets/Chillers.idf; Modelica Buildings ElectricEIRChiller_York_YT_1055kW_5_96COP_Vanes.mo
 * (the chiller of Buildings.Applications.DataCenters examples). Reference 6.67 degC leaving chilled water,
 * 29.44 degC entering condenser water (AHRI 550/590 standard rating temperatures); fitted box
 * 4.44-8.89 degC leaving chilled water, 12.78-35.0 degC entering condenser water. Tag P.
 */
export const YORK_YT_1055KW_VANES: ChillerCurveSet = curveSet({
  name: 'ElectricEIRChiller York YT 1055kW/5.96COP/Vanes',
  source: 'EnergyPlus DataSets/Chillers.idf (CoolTools); Modelica Buildings Fluid/Chillers/Data/ElectricEIR',
  condenser: 'water',
  referenceCop: 5.96,
  referenceChilledWaterC: 6.67,
  referenceCondenserC: 29.44,
  capFT: { c: [0.1785912, -0.05900023, -5.946963e-4, 0.09297889, -0.002841024, 0.004974221], xMinC: 4.44, xMaxC: 8.89, yMinC: 12.78, yMaxC: 35.0 },
  eirFT: { c: [0.524511, -0.02850126, 8.03472e-4, 0.01893133, 1.151629e-4, -9.340642e-5], xMinC: 4.44, xMaxC: 8.89, yMinC: 12.78, yMaxC: 35.0 },
  eirFPLR: [0.2619878, 0.2393605, 0.4988306],
  minPartLoadRatio: 0.1,
  minUnloadRatio: 0.1,
  maxPartLoadRatio: 1.05,
});

/**
 * "ElectricEIRChiller Trane RTHB 1051kW/5.05COP/Valve": water-cooled screw, slide valve.
 * EnergyPlus DataSets/Chillers.idf; Modelica Buildings ElectricEIRChiller_Trane_RTHB_1051kW_5_05COP_Valve.mo.
 * Reference 6.67 / 29.44 degC; box 4.44-8.89 degC chilled water, 23.89-35.0 degC condenser water. Tag P.
 */
export const TRANE_RTHB_1051KW_VALVE: ChillerCurveSet = curveSet({
  name: 'ElectricEIRChiller Trane RTHB 1051kW/5.05COP/Valve',
  source: 'EnergyPlus DataSets/Chillers.idf (CoolTools); Modelica Buildings Fluid/Chillers/Data/ElectricEIR',
  condenser: 'water',
  referenceCop: 5.05,
  referenceChilledWaterC: 6.67,
  referenceCondenserC: 29.44,
  capFT: { c: [0.9482157, 0.03306737, -6.450072e-5, -0.003756522, -6.501672e-5, 2.517986e-15], xMinC: 4.44, xMaxC: 8.89, yMinC: 23.89, yMaxC: 35.0 },
  eirFT: { c: [0.4904181, -0.005530317, 0.001209907, 0.009122333, 5.923591e-4, -0.001469958], xMinC: 4.44, xMaxC: 8.89, yMinC: 23.89, yMaxC: 35.0 },
  eirFPLR: [0.2590465, 0.2148987, 0.5265039],
  minPartLoadRatio: 0.2,
  minUnloadRatio: 0.2,
  maxPartLoadRatio: 1.01,
});

/**
 * ASHRAE 90.1-2010 Appendix G Path A air-cooled chiller ("AirCooled_Chiller_2010_PathA_CAPFT/EIRFT",
 * "AirCooled_Chiller_AllCapacities_2004_2010_EIRFPLR", from D. Lord's study of 17 Jan 2010, in
 * NREL/openstudio-standards ashrae_90_1.curves.json). y is the outdoor dry bulb; condenser fans are inside
 * the EIR (AHRI 550/590 rates air-cooled chillers with fans). Reference 6.67 degC chilled water, 35 degC
 * outdoor (AHRI 550/590); box 5-10 degC, 12.7-51.67 degC. Reference COP 2.960 = 10.100 EER, the ASHRAE
 * 90.1-2016 Table 6.8.1-3 Path A full-load minimum (>= 150 tons): a code-minimum trim chiller.
 * Part-load limits 0.2 (no published value in the set; the slide-valve screw value of TRANE_RTHB_1051KW_VALVE).
 */
export const ASHRAE_901_PATH_A_AIR_COOLED: ChillerCurveSet = curveSet({
  name: 'ASHRAE 90.1-2010 Path A air-cooled chiller',
  source: 'NREL/openstudio-standards ashrae_90_1.curves.json (D. Lord 2010); ASHRAE 90.1-2016 Table 6.8.1-3',
  condenser: 'air',
  referenceCop: 2.96,
  referenceChilledWaterC: 6.67,
  referenceCondenserC: 35.0,
  capFT: { c: [1.0433825, 0.0407073, 4.506e-4, -0.0041514, -8.86e-5, -3.467e-4], xMinC: 5.0, xMaxC: 10.0, yMinC: 12.7, yMaxC: 51.67 },
  eirFT: { c: [0.5961915, -0.0099496, 7.888e-4, 4.506e-4, 4.875e-4, -7.623e-4], xMinC: 5.0, xMaxC: 10.0, yMinC: 12.7, yMaxC: 51.67 },
  eirFPLR: [0.141, 0.655, 0.203],
  minPartLoadRatio: 0.2,
  minUnloadRatio: 0.2,
  maxPartLoadRatio: 1.0,
});

export const CHILLER_CURVE_SETS = {
  'water-cooled-centrifugal': YORK_YT_1055KW_VANES,
  'water-cooled-screw': TRANE_RTHB_1051KW_VALVE,
  'air-cooled-screw': ASHRAE_901_PATH_A_AIR_COOLED,
} as const;
export type ChillerType = keyof typeof CHILLER_CURVE_SETS;
