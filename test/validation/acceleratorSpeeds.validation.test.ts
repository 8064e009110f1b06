/**
 * How far the catalogue's fallback speed rule is from measurement. Where MLPerf Inference has no result,
 * sim/models/it/accelerators.ts takes an accelerator's inference speed to be its dense 16-bit TFLOPS ratio to
 * H100 SXM. For the three accelerators that have both figures, compare that rule with the measured MLPerf
 * Inference v4.1 Llama-2-70B Offline tokens/s ratio (held out: the rule never sees the tokens):
 *   H200    TFLOPS 989.5/989.5   = 1.000  vs measured 3912.8/3065.6  = 1.276  (-22 %: HBM3e bandwidth, not FLOP/s)
 *   MI300X  TFLOPS 1307.4/989.5  = 1.321  vs measured 2939.4/3065.6  = 0.959  (+38 %: software maturity)
 *   B200    TFLOPS 2250/989.5    = 2.274  vs measured 11264.4/3065.6 = 3.674  (-38 %: FP4 preview run)
 * So a TFLOPS-ratio speed (Gaudi 3, Ascend 910B, MTT S4000, L20 and the legacy GPUs) can be off by about
 * 40 % either way; the README and the catalogue header say so. The tolerance below is that stated bound.
 * Also checked: the DGX H100 node peak is a rating that measured training stays under (Latif et al., IEEE
 * Access 13 (2025) 61740: max observed ~8.4 kW on an 8x H100 HGX node vs 10.2 kW rated).
 */
import { describe, expect, it } from 'vitest';
import { acceleratorById } from '../../sim/models/it/accelerators.js';
import { CATALOGUE } from '../../sim/models/it/acceleratorCatalogue.js';

const STATED_BOUND = 0.4; // relative error of the TFLOPS-ratio rule quoted in accelerators.ts and README.md
const reference = CATALOGUE.find((e) => e.id === 'h100-sxm')!;
const tokensPerAccelerator = (e: (typeof CATALOGUE)[number]) => e.mlperf!.systemTokensPerS / e.mlperf!.accelerators;

describe('TFLOPS-ratio speed rule against MLPerf Inference v4.1 (held out)', () => {
  const pairs = CATALOGUE.filter((e) => e.mlperf && e !== reference).map((e) => ({
    id: e.id,
    predicted: e.denseMatrixFlopsPerS / reference.denseMatrixFlopsPerS,
    measured: tokensPerAccelerator(e) / tokensPerAccelerator(reference),
  }));

  it('covers the three accelerators with both figures', () => {
    expect(pairs.map((p) => p.id).sort()).toEqual(['b200', 'h200-sxm', 'mi300x']);
  });

  it.each(pairs.map((p) => [p.id, p] as const))('%s: the rule is within the stated +-40 % of the measured ratio', (_, p) => {
    expect(Math.abs(p.predicted / p.measured - 1)).toBeLessThan(STATED_BOUND);
  });

  it('the rule errs both ways (over for MI300X, under for H200 and B200): no single correction factor fits', () => {
    const error = Object.fromEntries(pairs.map((p) => [p.id, p.predicted / p.measured - 1]));
    expect(error.mi300x).toBeGreaterThan(0.3);
    expect(error['h200-sxm']).toBeLessThan(-0.2);
    expect(error.b200).toBeLessThan(-0.3);
  });

  it('the records use the measured ratio, not the rule, where MLPerf has one', () => {
    for (const p of pairs) expect(acceleratorById(p.id)!.speed.inference).toBeCloseTo(p.measured, 12);
  });
});

describe('node peak is a rating', () => {
  it('h100-sxm peak (10.2 kW) is above the ~8.4 kW measured in training (Latif et al. 2025)', () => {
    const peakW = acceleratorById('h100-sxm')!.node.peakPowerW;
    expect(peakW).toBeGreaterThan(8400);
    expect(8400 / peakW).toBeCloseTo(0.82, 2);
  });
});
