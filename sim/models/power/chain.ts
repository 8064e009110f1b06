/**
 * The power chain of a design at one instant: losses from the IT input back to
 * the utility meter, plus lighting and misc. Pure composition of distribution.ts,
 * ups.ts, transformer.ts and lighting.ts.
 *
 * Equation (in the order power flows back from the loads):
 *   distributionLossW = distribution(itPowerW)
 *   mechanicalOnUpsW = mechanicalOnUpsFraction * mechanicalPowerW          (e.g. CDU pumps on UPS)
 *   upsOutputW = itPowerW + distributionLossW + mechanicalOnUpsW
 *   upsLossW = ups(upsOutputW)
 *   transformerLoadW = upsOutputW + upsLossW + (mechanicalPowerW - mechanicalOnUpsW) + lightingW + miscW
 *                      + constantLoadsW                                   (named loads, constantLoads.ts)
 *   transformerLossW = transformer(transformerLoadW)
 *   facility input = transformerLoadW + transformerLossW
 *                  = itPowerW + mechanicalPowerW + distributionLossW + upsLossW + transformerLossW + lightingW + miscW
 * Assumptions: mechanical loads, lighting and misc are fed from the LV switchboard after the transformer,
 *   not through the UPS (unless mechanicalOnUpsFraction > 0) nor the IT distribution; steady state.
 * Validity: inputs >= 0; `clamped` if any stage runs above its rating.
 * References: Schneider Electric WP113 rev 2 (chain of loss elements: transformer, UPS, PDU, wiring, with
 *   no-load, proportional and square-law terms); ISO/IEC 30134-2 (E_DC = E_IT + power delivery + cooling + others);
 *   LBNL Power Chain Tool v2.1 (same order of elements).
 * Validated by: test/models/power/chain.test.ts (energy balance property, hand-computed chain);
 *   the UPS stage by test/validation/ups.validation.test.ts
 * @example powerChain(params, { itPowerW: 1e6, mechanicalPowerW: 2e5 })
 *   // => each loss >= 0; see test/models/power/chain.test.ts for the hand-computed values
 */
import { distributionLossW, type DistributionParams } from './distribution.js';
import { upsLossW, type UpsParams } from './ups.js';
import { transformerLossW, type TransformerParams } from './transformer.js';
import { lightingW, type LightingParams } from './lighting.js';

export interface PowerChainParams {
  distribution: DistributionParams;
  ups: UpsParams;
  transformer: TransformerParams;
  lighting: LightingParams;
  /** Misc facility load, W (constant). */
  miscW: number;
  /** Share of mechanical power fed through the UPS, 0-1. */
  mechanicalOnUpsFraction: number;
}

export interface PowerChainInput {
  itPowerW: number;
  mechanicalPowerW: number;
  /** Named constant loads fed after the transformer (constantLoads.ts), W; default 0. */
  constantLoadsW?: number;
}

export interface PowerChainOutput {
  distributionLossW: number;
  upsLossW: number;
  transformerLossW: number;
  lightingW: number;
  miscW: number;
  clamped: boolean;
}

export function powerChain(params: PowerChainParams, input: PowerChainInput): PowerChainOutput {
  return powerChainInto(params, input, { distributionLossW: 0, upsLossW: 0, transformerLossW: 0, lightingW: 0, miscW: 0, clamped: false });
}

/** powerChain writing every field of `out` and returning it (evaluated twice per design and control step). */
export function powerChainInto(params: PowerChainParams, input: PowerChainInput, out: PowerChainOutput): PowerChainOutput {
  if (!(input.itPowerW >= 0 && input.mechanicalPowerW >= 0)) {
    throw new RangeError(`powerChain: itPowerW and mechanicalPowerW must be >= 0, got ${input.itPowerW}, ${input.mechanicalPowerW}`);
  }
  const distribution = distributionLossW(params.distribution, { powerW: input.itPowerW });
  const mechanicalOnUpsW = params.mechanicalOnUpsFraction * input.mechanicalPowerW;
  const upsOutputW = input.itPowerW + distribution.lossW + mechanicalOnUpsW;
  const ups = upsLossW(params.ups, { outputW: upsOutputW });
  const lighting = lightingW(params.lighting);
  const transformerLoadW = upsOutputW + ups.lossW + (input.mechanicalPowerW - mechanicalOnUpsW) + lighting + params.miscW
    + (input.constantLoadsW ?? 0);
  const transformer = transformerLossW(params.transformer, { loadW: transformerLoadW });
  out.distributionLossW = distribution.lossW;
  out.upsLossW = ups.lossW;
  out.transformerLossW = transformer.lossW;
  out.lightingW = lighting;
  out.miscW = params.miscW;
  out.clamped = distribution.clamped || ups.clamped || transformer.clamped;
  return out;
}
