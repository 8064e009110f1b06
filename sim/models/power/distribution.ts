/**
 * Losses of the distribution between the UPS and the IT input (floor PDUs / RPPs
 * and branch cabling, or overhead busbar), transformerless.
 *
 * Equation:
 *   lossW = designLossFraction * designPowerW * (powerW / designPowerW)^2       (I^2 R at fixed voltage)
 * Assumptions: resistive conductors at constant voltage and power factor, so current ~ power and loss ~ power^2;
 *   the design loss fraction equals the design voltage-drop fraction (I^2 R / (V I) = I R / V); no
 *   isolation transformer in the PDU (a transformer PDU adds a no-load term: model it with transformer.ts).
 * Validity: powerW >= 0; above designPowerW the same law is used and `clamped` is set.
 * References: NFPA 70 (NEC) 210.19(A) informational note (branch-circuit drop <= 3 %, total <= 5 %); Schneider
 *   Electric WP113 loss definitions (square-law losses of wiring); defaults in curves.ts.
 * Validated by: test/models/power/distribution.test.ts (hand-computed, quadratic scaling property)
 * @example distributionLossW({ designLossFraction: 0.02, designPowerW: 1e6 }, { powerW: 5e5 })
 *   // => { lossW: 5000, clamped: false }
 */

export interface DistributionParams {
  /** Loss at design power as a fraction of it (0.02 = 2 %). */
  designLossFraction: number;
  designPowerW: number;
}

export function distributionLossW(params: DistributionParams, input: { powerW: number }): { lossW: number; clamped: boolean } {
  if (!(input.powerW >= 0)) throw new RangeError(`distribution: powerW must be >= 0, got ${input.powerW}`);
  if (!(params.designPowerW > 0)) throw new RangeError(`distribution: designPowerW must be > 0, got ${params.designPowerW}`);
  const ratio = input.powerW / params.designPowerW;
  return { lossW: params.designLossFraction * params.designPowerW * ratio * ratio, clamped: ratio > 1 };
}
