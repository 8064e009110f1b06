/**
 * Losses of the facility's MV/LV transformers (no-load + load losses).
 *
 * Equation (per unit, units share the load equally):
 *   apparentVA = loadW / powerFactor
 *   loadFraction = apparentVA / (units * ratedVA)
 *   lossW = units * (noLoadLossW + loadLossW * loadFraction^2)
 * Assumptions: losses at reference temperature (IEC 60076-1 75 degC for load losses); sinusoidal current
 *   (harmonic derating ignored); all installed units energized (no-load loss of every unit counts).
 * Validity: 0 <= loadFraction <= 1. Above rating the same I^2R law is used and `clamped` is set.
 * References: IEC 60076-1 (no-load loss P0 and load loss Pk at rated current); Commission Regulation (EU)
 *   No 548/2014, Annex I, Table I.1 Tier 2 maximum losses (curves.ts TRANSFORMER_TIER2_LIQUID);
 *   IEC TS 60076-20:2017 (efficiency index, loss = P0 + Pk k^2).
 * Validated by: test/models/power/transformer.test.ts (hand-computed from the Tier 2 1000 kVA row)
 * @example transformerLossW({ ratedVA: 1e6, units: 1, noLoadLossW: 693, loadLossW: 7600, powerFactor: 1 },
 *   { loadW: 500_000 }) // => { lossW: 2593, loadFraction: 0.5, clamped: false }
 */
import { TRANSFORMER_TIER2_LIQUID, type TransformerLossRow } from './curves.js';

export interface TransformerParams {
  ratedVA: number;
  units: number;
  noLoadLossW: number;
  loadLossW: number;
  powerFactor: number;
}

export interface TransformerOutput {
  lossW: number;
  loadFraction: number;
  clamped: boolean;
}

export function transformerLossW(params: TransformerParams, input: { loadW: number }): TransformerOutput {
  if (!(input.loadW >= 0)) throw new RangeError(`transformer: loadW must be >= 0, got ${input.loadW}`);
  if (!(params.units >= 1 && params.ratedVA > 0 && params.powerFactor > 0 && params.powerFactor <= 1)) {
    throw new RangeError('transformer: units >= 1, ratedVA > 0 and 0 < powerFactor <= 1 required');
  }
  const loadFraction = input.loadW / params.powerFactor / (params.units * params.ratedVA);
  const lossW = params.units * (params.noLoadLossW + params.loadLossW * loadFraction * loadFraction);
  return { lossW, loadFraction, clamped: loadFraction > 1 };
}

/** The Tier 2 row of a standard rating, or undefined when the rating is not in the table. */
export function tier2Row(ratedVA: number): TransformerLossRow | undefined {
  return TRANSFORMER_TIER2_LIQUID.find((r) => Math.abs(r.ratedVA - ratedVA) < 1);
}

/** The smallest Tier 2 rating that carries apparentVA alone, or undefined above the table (3150 kVA). */
export function smallestTier2Row(apparentVA: number): TransformerLossRow | undefined {
  return TRANSFORMER_TIER2_LIQUID.find((r) => r.ratedVA >= apparentVA);
}
