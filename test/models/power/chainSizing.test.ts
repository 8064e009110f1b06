import { describe, expect, it } from 'vitest';
import { sizePowerChain, type PowerChainConfig } from '../../../sim/models/power/chainSizing.js';
import { UPS_DOUBLE_CONVERSION } from '../../../sim/models/power/curves.js';

const config: PowerChainConfig = {
  transformer: { powerFactor: 0.95, redundancy: 'N+1' },
  ups: { coefficients: UPS_DOUBLE_CONVERSION, moduleRatingW: 500_000, redundancy: 'N+1' },
  distribution: { designLossFraction: 0.02 },
  lighting: { densityWPerM2: 18.4, onFraction: 1 },
  misc: { fraction: 0.01 },
  mechanicalOnUpsFraction: 0,
};
const design = { designItPowerW: 1.2e6, designMechanicalPowerW: 3e5, whiteSpaceAreaM2: 500 };

describe('sizePowerChain', () => {
  it('sizes UPS modules with N+1 and picks the smallest Tier 2 transformer (hand-computed)', () => {
    const p = sizePowerChain(config, design);
    // UPS output 1.2 MW x 1.02 = 1.224 MW -> 3 x 500 kW needed + 1 = 4
    expect(p.ups.modules).toBe(4);
    // transformer load ~ 1.224 MW + 41.5 kW UPS loss + 300 kW + 9.2 kW + 12 kW = 1.587 MW / 0.95 = 1.67 MVA -> 2000 kVA, N+1 -> 2
    expect(p.transformer).toEqual({ ratedVA: 2e6, units: 2, noLoadLossW: 1305, loadLossW: 15_000, powerFactor: 0.95 });
    expect(p.distribution.designPowerW).toBe(1.2e6);
    expect(p.lighting.areaM2).toBe(500);
    expect(p.miscW).toBeCloseTo(12_000, 9);
  });

  it('2N doubles the UPS modules; a large site uses 2500 kVA units', () => {
    const big = sizePowerChain({ ...config, ups: { ...config.ups, redundancy: '2N' } }, { ...design, designItPowerW: 6e6 });
    // 6.12 MW -> 13 modules needed, 26 installed
    expect(big.ups.modules).toBe(26);
    expect(big.transformer.ratedVA).toBe(2.5e6);
  });

  it('given values win over sizing', () => {
    const p = sizePowerChain({ ...config, ups: { ...config.ups, modules: 7 }, transformer: { ...config.transformer, ratedVA: 1.8e6, units: 3, noLoadLossW: 1200, loadLossW: 14_000 } }, design);
    expect(p.ups.modules).toBe(7);
    expect(p.transformer).toMatchObject({ ratedVA: 1.8e6, units: 3, noLoadLossW: 1200, loadLossW: 14_000 });
  });
});
