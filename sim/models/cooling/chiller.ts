/**
 * Electric power of one vapour-compression chiller from its load and water temperatures
 * (the DOE-2 / EnergyPlus `Chiller:Electric:EIR` model), with a first-order extension of the
 * temperature curves above their fitted range for data-center chilled water (12-20 degC).
 *
 * Equation (EnergyPlus Engineering Reference, "Electric Chiller Model Based on Condenser Entering
 * Temperature"; x = leaving chilled water degC, y = entering condenser degC):
 *   availableCapacityW = ratedCapacityW * capFT(x, y)
 *   partLoadRatio = min(loadW / availableCapacityW, maxPartLoadRatio)
 *   cyclingRatio = min(1, partLoadRatio / minPartLoadRatio)
 *   operatingRatio = max(partLoadRatio, minPartLoadRatio, minUnloadRatio)
 *   falseLoadW = availableCapacityW * (operatingRatio * cyclingRatio - partLoadRatio)    (hot-gas bypass)
 *   powerW = availableCapacityW / ratedCop * eirFT(x, y) * eirFPLR(operatingRatio) * cyclingRatio
 *   condenserHeatW = delivered loadW + powerW + falseLoadW        (all compressor work to the condenser)
 *   Above the fitted box (x > xMax or y > yMax), with (xb, yb) the nearest point of the box:
 *     eirFT(x, y) = eirFT(xb, yb) * (1 + min(0, sx) * (x - xb)) * (1 + max(0, sy) * (y - yb))
 *     capFT(x, y) = capFT(xb, yb) * (1 + min(0, cy) * (y - yb))
 *     sx = (deirFT/dx) / eirFT at (xMax, referenceCondenserC); sy, cy = relative y-slopes at (referenceChilledWaterC, yMax)
 *   Below the box: the curves are held at the box edge (what EnergyPlus does).
 * Assumptions: steady state within an interval; compressor only (pumps, tower and CRAH fans are other models;
 *   air-cooled sets include condenser fans, as AHRI 550/590 rates them); motor efficiency 1 (hermetic).
 *   The extension keeps the published slope at the box edge and only lets warmer chilled water lower the EIR
 *   and warmer condenser water raise it (lift thermodynamics), so the curve never turns back outside its data.
 *   Published CoolTools sets stop at 8.9-12.8 degC chilled water (EnergyPlus issue #6678): in that regime the
 *   result is flagged `extrapolated`; the relative slope at the edge (-1.76 %/K of EIR for the York YT set) is
 *   at the low end of the 2-4 %/K usually quoted, so the extension is conservative.
 * Validity: x from the set's xMin to 35 degC, y from yMin to 55 degC, eirFT >= 0.25, capFT >= 0.3,
 *   loadW <= maxPartLoadRatio * availableCapacityW. Outside: clamp and set `clamped` (load beyond capacity is unmet).
 * References: EnergyPlus Engineering Reference (v9+) "Electric Chiller Model Based on Condenser Entering
 *   Temperature", eq. for AvailChillerCap, PLR, ChillerCyclingRatio, false loading and P_chiller; Hydeman &
 *   Gillespie (2002), ASHRAE Trans. 108(2) AC-02-9-1; EnergyPlus issue #6678 (curves vs data-center water).
 * Validated by: test/validation/chiller.validation.test.ts (Path A air-cooled set: IPLV vs the 90.1-2016 Table 6.8.1-3
 *   minimum; data: test/validation/data/ashrae-90.1-2016-chiller-minimums.csv); York YT and Trane RTHB: unit tests only
 * @example chillerPower(params, { loadW: 5e5, chilledWaterSupplyC: 6.67, condenserEnteringC: 29.44 }) // params: York YT, 1.055 MW, COP 5.96
 */
import { biquadratic, biquadraticSlopes, quadratic, type Biquadratic, type ChillerCurveSet } from './curves.js';

export interface ChillerParams {
  curves: ChillerCurveSet;
  /** Capacity at the set's reference temperatures, W (capFT = 1 there). */
  ratedCapacityW: number;
  /** COP at the reference temperatures and full load. */
  ratedCop: number;
}

export interface ChillerInput {
  loadW: number;
  chilledWaterSupplyC: number;
  /** Entering condenser water (water-cooled) or outdoor dry bulb (air-cooled), degC. */
  condenserEnteringC: number;
}

export interface ChillerOutput {
  powerW: number;
  /** Load actually removed (less than loadW only when clamped at capacity), W. */
  deliveredLoadW: number;
  availableCapacityW: number;
  partLoadRatio: number;
  condenserHeatW: number;
  clamped: boolean;
  /** True when the curves were used above their fitted box (first-order extension). */
  extrapolated: boolean;
}

const MAX_CHILLED_WATER_C = 35;
const MAX_CONDENSER_C = 55;
const MIN_EIR_FT = 0.25;
const MIN_CAP_FT = 0.3;

/**
 * A curve value at (x, y): the box edge value times a linear factor per axis beyond the box. Each factor's
 * relative slope is taken where the box edge meets the reference line (xMax at the reference condenser
 * temperature, yMax at the reference chilled water) and sign-constrained, so the product stays monotone in
 * both temperatures however far out it is evaluated.
 */
function extended(curves: ChillerCurveSet, curve: Biquadratic, x: number, y: number, xSign: -1 | 0, ySign: -1 | 1): number {
  const xb = Math.min(Math.max(x, curve.xMinC), curve.xMaxC);
  const yb = Math.min(Math.max(y, curve.yMinC), curve.yMaxC);
  let value = biquadratic(curve, xb, yb);
  if (x > xb && xSign === -1) value *= 1 + Math.min(0, edgeSlopes(curves, curve).x) * (x - xb);
  if (y > yb) {
    const slope = edgeSlopes(curves, curve).y;
    value *= 1 + (ySign === 1 ? Math.max(0, slope) : Math.min(0, slope)) * (y - yb);
  }
  return value;
}

interface EdgeSlopes {
  x: number;
  y: number;
}

/**
 * Relative slopes of a set's two curves at their box edges: constants of the set, computed on first use and keyed
 * on the whole set object (curve sets are read-only through their type, so a key always means the same curves;
 * not a memo of inputs).
 */
const EDGE_SLOPES = new WeakMap<ChillerCurveSet, { capFT: EdgeSlopes; eirFT: EdgeSlopes }>();

function edgeSlopes(curves: ChillerCurveSet, curve: Biquadratic): EdgeSlopes {
  let slopes = EDGE_SLOPES.get(curves);
  if (slopes === undefined) {
    const of = (c: Biquadratic): EdgeSlopes => {
      const yRef = Math.min(Math.max(curves.referenceCondenserC, c.yMinC), c.yMaxC);
      const xRef = Math.min(Math.max(curves.referenceChilledWaterC, c.xMinC), c.xMaxC);
      return {
        x: biquadraticSlopes(c, c.xMaxC, yRef)[0] / biquadratic(c, c.xMaxC, yRef),
        y: biquadraticSlopes(c, xRef, c.yMaxC)[1] / biquadratic(c, xRef, c.yMaxC),
      };
    };
    slopes = { capFT: of(curves.capFT), eirFT: of(curves.eirFT) };
    EDGE_SLOPES.set(curves, slopes);
  }
  return curve === curves.capFT ? slopes.capFT : slopes.eirFT;
}

/** Curve modifiers of one operating point: capacity and EIR versus temperatures, and whether they were clamped or extended. */
export interface ChillerModifiers {
  capFT: number;
  eirFT: number;
  clamped: boolean;
  extrapolated: boolean;
}

/** Capacity and EIR temperature modifiers with their flags (shared with staging). */
export function chillerModifiers(
  curves: ChillerCurveSet,
  chilledWaterSupplyC: number,
  condenserEnteringC: number,
): ChillerModifiers {
  return chillerModifiersInto(curves, chilledWaterSupplyC, condenserEnteringC, { capFT: 0, eirFT: 0, clamped: false, extrapolated: false });
}

/** chillerModifiers writing every field of `out` and returning it (the per-step path: no record allocated). */
export function chillerModifiersInto(curves: ChillerCurveSet, chilledWaterSupplyC: number, condenserEnteringC: number,
  out: ChillerModifiers): ChillerModifiers {
  const x = Math.min(chilledWaterSupplyC, MAX_CHILLED_WATER_C);
  const y = Math.min(condenserEnteringC, MAX_CONDENSER_C);
  let clamped = x !== chilledWaterSupplyC || y !== condenserEnteringC || x < curves.eirFT.xMinC;
  let capFT = extended(curves, curves.capFT, x, y, 0, -1);
  let eirFT = extended(curves, curves.eirFT, x, y, -1, 1);
  if (capFT < MIN_CAP_FT) {
    capFT = MIN_CAP_FT;
    clamped = true;
  }
  if (eirFT < MIN_EIR_FT) {
    eirFT = MIN_EIR_FT;
    clamped = true;
  }
  out.capFT = capFT;
  out.eirFT = eirFT;
  out.clamped = clamped;
  out.extrapolated = x > curves.eirFT.xMaxC || y > curves.eirFT.yMaxC;
  return out;
}


export function chillerPower(params: ChillerParams, input: ChillerInput): ChillerOutput {
  return chillerPowerWithModifiers(params, input.loadW, chillerModifiers(params.curves, input.chilledWaterSupplyC, input.condenserEnteringC));
}

/** chillerPower with the temperature modifiers of its input already computed (a bank shares one pair of temperatures). */
export function chillerPowerWithModifiers(params: ChillerParams, inputLoadW: number, mod: ChillerModifiers): ChillerOutput {
  return chillerPowerInto(params, inputLoadW, mod, {
    powerW: 0, deliveredLoadW: 0, availableCapacityW: 0, partLoadRatio: 0, condenserHeatW: 0, clamped: false, extrapolated: false,
  });
}

/** chillerPowerWithModifiers writing every field of `out` and returning it (a bank tries counts without allocating). */
export function chillerPowerInto(params: ChillerParams, inputLoadW: number, mod: ChillerModifiers, out: ChillerOutput): ChillerOutput {
  if (!(params.ratedCapacityW > 0) || !(params.ratedCop > 0)) {
    throw new RangeError(`chiller: ratedCapacityW and ratedCop must be > 0, got ${params.ratedCapacityW}, ${params.ratedCop}`);
  }
  const c = params.curves;
  const availableCapacityW = params.ratedCapacityW * mod.capFT;
  const loadW = Math.max(0, inputLoadW);
  out.availableCapacityW = availableCapacityW;
  out.extrapolated = mod.extrapolated;
  if (loadW === 0) {
    out.powerW = out.deliveredLoadW = out.partLoadRatio = out.condenserHeatW = 0;
    out.clamped = mod.clamped;
    return out;
  }
  let partLoadRatio = loadW / availableCapacityW;
  let clamped = mod.clamped || inputLoadW < 0;
  if (partLoadRatio > c.maxPartLoadRatio) {
    partLoadRatio = c.maxPartLoadRatio;
    clamped = true;
  }
  const cyclingRatio = Math.min(1, partLoadRatio / c.minPartLoadRatio);
  const operatingRatio = Math.max(partLoadRatio, c.minPartLoadRatio, c.minUnloadRatio);
  const deliveredLoadW = partLoadRatio * availableCapacityW;
  const falseLoadW = Math.max(0, availableCapacityW * operatingRatio * cyclingRatio - deliveredLoadW);
  const powerW = (availableCapacityW / params.ratedCop) * mod.eirFT * quadratic(c.eirFPLR, operatingRatio) * cyclingRatio;
  out.powerW = powerW;
  out.deliveredLoadW = deliveredLoadW;
  out.partLoadRatio = partLoadRatio;
  out.condenserHeatW = deliveredLoadW + powerW + falseLoadW;
  out.clamped = clamped;
  return out;
}
