/**
 * Lighting of the white space and miscellaneous facility loads (security, BMS,
 * fire systems, offices) that are neither IT nor cooling.
 *
 * Equation:
 *   lightingW = densityWPerM2 * areaM2 * onFraction
 *   miscW = fixed power, resolved at sizing as a fraction of design IT power or a given power
 * Assumptions: both constant in time (lighting on a fixed occupancy share; misc not proportional to IT load).
 * Validity: all inputs >= 0, onFraction <= 1.
 * References: ASHRAE Handbook - Fundamentals 2021, ch. 18, Table 2, Computer Room 18.4 W/m^2 (= ANSI/ASHRAE/IES
 *   90.1-2013 space-by-space allowance); ISO/IEC 30134-2 / EN 50600-4-2 (lighting and "other" loads are part of
 *   E_DC, not E_IT). Misc default 1 % of design IT is an assumption (U): no authoritative figure was found.
 * Validated by: test/models/power/lighting.test.ts (hand-computed)
 * @example lightingW({ densityWPerM2: 18.4, areaM2: 1000, onFraction: 1 }) // => 18400
 */

export interface LightingParams {
  densityWPerM2: number;
  areaM2: number;
  /** Mean share of installed lighting that is on (occupancy sensors lower it), 0-1. */
  onFraction: number;
}

export function lightingW(params: LightingParams): number {
  if (!(params.densityWPerM2 >= 0 && params.areaM2 >= 0 && params.onFraction >= 0 && params.onFraction <= 1)) {
    throw new RangeError('lighting: density >= 0, area >= 0 and 0 <= onFraction <= 1 required');
  }
  return params.densityWPerM2 * params.areaM2 * params.onFraction;
}

/** Misc facility load as a fraction of design IT power (default 1 %, U: user should override). */
export const MISC_FRACTION_OF_DESIGN_IT = 0.01;

/** Misc load, W: a given power, or a fraction of the design IT power. */
export function miscW(misc: { fraction: number } | { powerW: number }, designItPowerW: number): number {
  return 'powerW' in misc ? misc.powerW : misc.fraction * designItPowerW;
}
