/**
 * Losses of the UPS system (parallel modules) versus load.
 *
 * Equation (per module, x = load fraction of each module; modules share the load equally):
 *   x = outputW / (modules * moduleRatingW)
 *   lossW = modules * moduleRatingW * (noLoad + proportional * x + squareLaw * x^2)
 *   efficiency = outputW / (outputW + lossW)
 * Assumptions: all installed modules on line (redundancy sets x: N+1 and 2N run each module lighter);
 *   battery float charge included in the no-load term; mode fixed for the run (double conversion or eco).
 * Validity: 0 <= x <= 1. Above rating the same law is used and `clamped` is set.
 * References: Schneider Electric WP113 rev 2 (Rasmussen), "Electrical Efficiency Modeling for Data Centers",
 *   loss model no-load + proportional + square-law; WP108 (2N: each side <= 50 % load); WP157 rev 1
 *   (eco-mode up to 99 %); coefficient sets and their derivation in curves.ts.
 * Validated by: test/validation/ups.validation.test.ts (Schneider WP157 rows; data: test/validation/data/ups-published-points.csv);
 *   the double-conversion coefficients are calibrated to the other rows (test/models/power/ups.test.ts)
 * @example upsLossW({ coefficients: UPS_DOUBLE_CONVERSION, moduleRatingW: 500_000, modules: 2 }, { outputW: 500_000 })
 *   // => x = 0.5, lossW = 1e6 * (0.01 + 0.0045 + 0.0035) = 18000, efficiency 0.9653
 */
import type { UpsLossCoefficients } from './curves.js';

export interface UpsParams {
  coefficients: UpsLossCoefficients;
  moduleRatingW: number;
  modules: number;
}

export interface UpsOutput {
  lossW: number;
  loadFraction: number;
  efficiency: number;
  clamped: boolean;
}

export function upsLossW(params: UpsParams, input: { outputW: number }): UpsOutput {
  if (!(input.outputW >= 0)) throw new RangeError(`ups: outputW must be >= 0, got ${input.outputW}`);
  if (!(params.modules >= 1 && params.moduleRatingW > 0)) throw new RangeError('ups: modules >= 1 and moduleRatingW > 0 required');
  const ratedW = params.modules * params.moduleRatingW;
  const x = input.outputW / ratedW;
  const c = params.coefficients;
  const lossW = ratedW * (c.noLoad + c.proportional * x + c.squareLaw * x * x);
  const efficiency = input.outputW / (input.outputW + lossW);
  return { lossW, loadFraction: x, efficiency, clamped: x > 1 };
}
