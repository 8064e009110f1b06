import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { powerChain, type PowerChainParams } from '../../../sim/models/power/chain.js';
import { UPS_DOUBLE_CONVERSION, UPS_ECO_MODE } from '../../../sim/models/power/curves.js';

const params: PowerChainParams = {
  distribution: { designLossFraction: 0.02, designPowerW: 1e6 },
  ups: { coefficients: UPS_DOUBLE_CONVERSION, moduleRatingW: 500_000, modules: 3 },
  // EU 548/2014 Tier 2 2000 kVA row
  transformer: { ratedVA: 2e6, units: 2, noLoadLossW: 1305, loadLossW: 15_000, powerFactor: 0.95 },
  lighting: { densityWPerM2: 18.4, areaM2: 500, onFraction: 1 },
  miscW: 10_000,
  mechanicalOnUpsFraction: 0,
};

describe('powerChain', () => {
  it('hand-computed chain: IT 1 MW, cooling 200 kW', () => {
    const out = powerChain(params, { itPowerW: 1e6, mechanicalPowerW: 2e5 });
    // distribution: 0.02 x 1 MW x 1^2 = 20 kW
    expect(out.distributionLossW).toBeCloseTo(20_000, 6);
    // UPS output 1.02 MW on 1.5 MW: x = 0.68 -> 1.5e6 (0.01 + 0.009 x 0.68 + 0.014 x 0.68^2) = 33890.4 W
    expect(out.upsLossW).toBeCloseTo(33_890.4, 3);
    // transformer load = 1.02e6 + 33890.4 + 2e5 + 9200 + 10000 = 1273090.4 W -> per unit x = 1273090.4 / 0.95 / 4e6
    const x = 1_273_090.4 / 0.95 / 4e6;
    expect(out.transformerLossW).toBeCloseTo(2 * (1305 + 15_000 * x * x), 3);
    expect(out.lightingW).toBeCloseTo(9_200, 9);
    expect(out.miscW).toBe(10_000);
    expect(out.clamped).toBe(false);
  });

  it('mechanical power on the UPS raises the UPS loss, not the total it feeds', () => {
    const off = powerChain(params, { itPowerW: 8e5, mechanicalPowerW: 1e5 });
    const on = powerChain({ ...params, mechanicalOnUpsFraction: 1 }, { itPowerW: 8e5, mechanicalPowerW: 1e5 });
    expect(on.upsLossW).toBeGreaterThan(off.upsLossW);
    expect(on.distributionLossW).toBe(off.distributionLossW);
  });

  it('property: energy balance, losses >= 0, facility efficiency <= 1, losses non-decreasing in IT load', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1.4e6, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 6e5, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(UPS_DOUBLE_CONVERSION, UPS_ECO_MODE),
      (itPowerW, more, mechanicalPowerW, onUps, coefficients) => {
        const p = { ...params, mechanicalOnUpsFraction: onUps, ups: { ...params.ups, coefficients } };
        const a = powerChain(p, { itPowerW, mechanicalPowerW });
        for (const v of [a.distributionLossW, a.upsLossW, a.transformerLossW, a.lightingW, a.miscW]) expect(v).toBeGreaterThanOrEqual(0);
        // transformer input = everything downstream + its own loss (recomputed from the chain's order)
        const upsOutputW = itPowerW + a.distributionLossW + onUps * mechanicalPowerW;
        const downstreamW = upsOutputW + a.upsLossW + (1 - onUps) * mechanicalPowerW + a.lightingW + a.miscW;
        const facilityW = itPowerW + mechanicalPowerW + a.distributionLossW + a.upsLossW + a.transformerLossW + a.lightingW + a.miscW;
        expect(downstreamW + a.transformerLossW).toBeCloseTo(facilityW, 4);
        expect(itPowerW + mechanicalPowerW).toBeLessThanOrEqual(facilityW);
        const b = powerChain(p, { itPowerW: itPowerW * (1 + more), mechanicalPowerW });
        expect(b.distributionLossW + b.upsLossW + b.transformerLossW + 1e-6)
          .toBeGreaterThanOrEqual(a.distributionLossW + a.upsLossW + a.transformerLossW);
      },
    ));
  });

  it('rejects negative loads (a bug upstream)', () => {
    expect(() => powerChain(params, { itPowerW: -1, mechanicalPowerW: 0 })).toThrow(RangeError);
  });
});
