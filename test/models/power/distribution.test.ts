import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distributionLossW } from '../../../sim/models/power/distribution.js';

const pdu = { designLossFraction: 0.02, designPowerW: 1e6 };

describe('distributionLossW', () => {
  it('2 % at design, a quarter of it at half load (hand-computed)', () => {
    expect(distributionLossW(pdu, { powerW: 1e6 })).toEqual({ lossW: 20_000, clamped: false });
    expect(distributionLossW(pdu, { powerW: 5e5 }).lossW).toBeCloseTo(5_000, 9);
    expect(distributionLossW(pdu, { powerW: 0 }).lossW).toBe(0);
    expect(distributionLossW(pdu, { powerW: 1.2e6 }).clamped).toBe(true);
  });

  it('property: loss scales with the square of power', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 2e6, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }), (p, k) => {
      const a = distributionLossW(pdu, { powerW: p }).lossW;
      expect(a).toBeGreaterThanOrEqual(0);
      expect(distributionLossW(pdu, { powerW: p * k }).lossW).toBeCloseTo(a * k * k, 3);
    }));
  });
});
