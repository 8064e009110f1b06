import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_DESIGN_LOSS_FRACTION, TRANSFORMER_TIER2_LIQUID, UPS_LOSS_SETS } from '../../../sim/models/power/curves.js';

describe('power-chain parameter sets', () => {
  it('Tier 2 table: ratings increasing, losses increasing, full-load efficiency 98.5-99.5 % at unity pf', () => {
    TRANSFORMER_TIER2_LIQUID.forEach((r, i) => {
      if (i > 0) {
        const prev = TRANSFORMER_TIER2_LIQUID[i - 1];
        expect(r.ratedVA).toBeGreaterThan(prev.ratedVA);
        expect(r.loadLossW).toBeGreaterThan(prev.loadLossW);
        expect(r.noLoadLossW).toBeGreaterThan(prev.noLoadLossW);
      }
      const eff = r.ratedVA / (r.ratedVA + r.noLoadLossW + r.loadLossW);
      expect(eff).toBeGreaterThan(0.985);
      expect(eff).toBeLessThan(0.995);
    });
  });

  it('UPS sets: non-negative terms, eco below double conversion', () => {
    for (const s of Object.values(UPS_LOSS_SETS)) for (const v of [s.noLoad, s.proportional, s.squareLaw]) expect(v).toBeGreaterThanOrEqual(0);
    const total = (s: (typeof UPS_LOSS_SETS)[keyof typeof UPS_LOSS_SETS]) => s.noLoad + s.proportional + s.squareLaw;
    expect(total(UPS_LOSS_SETS.eco)).toBeLessThan(total(UPS_LOSS_SETS['double-conversion']));
  });

  it('distribution: busbar below PDU, both within the NEC 5 % total drop', () => {
    expect(DISTRIBUTION_DESIGN_LOSS_FRACTION.busbar).toBeLessThan(DISTRIBUTION_DESIGN_LOSS_FRACTION.pdu);
    expect(DISTRIBUTION_DESIGN_LOSS_FRACTION.pdu).toBeLessThanOrEqual(0.05);
  });
});
