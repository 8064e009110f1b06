/**
 * Published (or derived from published points) parameter sets of the power chain.
 * Each set names its source and a confidence tag:
 *   P primary text seen, S secondary summary, V vendor claim, D derived here (formula shown), U unverified.
 */

/**
 * UPS module loss as a fraction of its rated output power, versus load fraction x = output / rated:
 *   lossW / ratedW = noLoad + proportional * x + squareLaw * x^2
 * (Schneider Electric WP113, "Electrical Efficiency Modeling for Data Centers", and its loss-definitions
 * sheet: no-load, proportional and square-law losses; structure P, coefficients not given there).
 */
export interface UpsLossCoefficients {
  name: string;
  source: string;
  noLoad: number;
  proportional: number;
  squareLaw: number;
}

/**
 * Modern transformerless double-conversion (VFI) module, tag D, chosen to meet published points:
 * - efficiency 96.8 % at full load, > 92 % at 25 % load (dle.no 2018, "The pros and cons of eco-mode UPS",
 *   tag S): loss(1) = 0.010 + 0.009 + 0.014 = 0.033 -> 1 / 1.033 = 96.81 %; at 25 %: 95.0 %;
 * - no-load losses "can represent over 40 % of all UPS losses" (WP113 loss definitions, P): 56 % at 50 % load;
 * - square-law losses "significant (1-4 %) at higher UPS loads" (same, P): 1.4 % at full load;
 * - peak efficiency below 97 % ("Galaxy VS up to 97 %", Schneider blog, V): 96.8 % at x = 0.85.
 * Checked in test/validation/ups.validation.test.ts against test/validation/data/ups-published-points.csv.
 */
export const UPS_DOUBLE_CONVERSION: UpsLossCoefficients = {
  name: 'double-conversion',
  source: 'dctwin fit to dle.no 2018 (96.8 % full load, >92 % at 25 %) and Schneider WP113 loss structure',
  noLoad: 0.01,
  proportional: 0.009,
  squareLaw: 0.014,
};

/**
 * Eco mode / eConversion, tag D: each double-conversion coefficient divided by 3, from Schneider Galaxy VX
 * operation manual 990-5452, "Operation Modes": eConversion "permits to reduce the electricity absorbed by the
 * UPS by a factor three compared with double conversion" (P, vendor manual). Gives 98.9 % at full load,
 * consistent with "up to 99 %" (Schneider WP157 rev 1, P).
 */
export const UPS_ECO_MODE: UpsLossCoefficients = {
  name: 'eco',
  source: 'double-conversion coefficients / 3 (Schneider Galaxy VX manual 990-5452: eConversion losses / 3)',
  noLoad: 0.01 / 3,
  proportional: 0.009 / 3,
  squareLaw: 0.014 / 3,
};

export const UPS_LOSS_SETS = { 'double-conversion': UPS_DOUBLE_CONVERSION, eco: UPS_ECO_MODE } as const;
export type UpsMode = keyof typeof UPS_LOSS_SETS;

/** One row of maximum losses of a three-phase liquid-immersed medium power transformer. */
export interface TransformerLossRow {
  ratedVA: number;
  /** Maximum load (short-circuit) losses at rated current, W. */
  loadLossW: number;
  /** Maximum no-load (core) losses, W. */
  noLoadLossW: number;
}

/**
 * Commission Regulation (EU) No 548/2014, Annex I, Table I.1, Tier 2 (from 1 July 2021): three-phase
 * liquid-immersed medium power transformers <= 3150 kVA (one winding <= 24 kV, the other <= 1.1 kV):
 * load losses class Ak, no-load losses class Ao - 10 %. Values transcribed from the Regulation's table
 * (EN 50588-1 classes); re-check against OJ L 152, 22.5.2014, p. 1 before procurement use (tag S).
 */
export const TRANSFORMER_TIER2_LIQUID: readonly TransformerLossRow[] = [
  { ratedVA: 630e3, loadLossW: 4600, noLoadLossW: 540 },
  { ratedVA: 800e3, loadLossW: 6000, noLoadLossW: 585 },
  { ratedVA: 1000e3, loadLossW: 7600, noLoadLossW: 693 },
  { ratedVA: 1250e3, loadLossW: 9500, noLoadLossW: 855 },
  { ratedVA: 1600e3, loadLossW: 12000, noLoadLossW: 1080 },
  { ratedVA: 2000e3, loadLossW: 15000, noLoadLossW: 1305 },
  { ratedVA: 2500e3, loadLossW: 18500, noLoadLossW: 1575 },
  { ratedVA: 3150e3, loadLossW: 23000, noLoadLossW: 1980 },
];

/**
 * Distribution (downstream of the UPS) loss at design load as a fraction of the design power; loss ~ load^2.
 * For a resistive path at unity power factor, I^2 R / (V I) = I R / V: the loss fraction at design equals the
 * design voltage-drop fraction (D).
 * - pdu: transformerless floor PDUs / RPPs with cabled branch circuits designed to a 2 % drop, inside the
 *   NFPA 70 (NEC) 210.19(A) informational note (branch <= 3 %, feeder + branch <= 5 %) (D from P).
 * - busbar: overhead busway, 1 % drop at design (U: typical busway sizing, no authoritative figure found).
 */
export const DISTRIBUTION_DESIGN_LOSS_FRACTION = { pdu: 0.02, busbar: 0.01 } as const;
export type DistributionKind = keyof typeof DISTRIBUTION_DESIGN_LOSS_FRACTION;

/**
 * Lighting power density of a computer room, 18.4 W/m^2 (1.71 W/ft^2): ASHRAE Handbook - Fundamentals 2021,
 * ch. 18, Table 2 "Lighting Power Densities Using Space-by-Space Method", Computer Room (the ANSI/ASHRAE/IES
 * 90.1-2013 allowance), tag S (read via a code comment quoting the table).
 */
export const COMPUTER_ROOM_LIGHTING_W_PER_M2 = 18.4;
