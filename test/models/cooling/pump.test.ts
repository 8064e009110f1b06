import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pumpPower, sizePump, waterFlowKgPerS } from '../../../sim/models/cooling/pump.js';

const pump = { ratedFlowM3PerS: 0.05, ratedHeadPa: 179352, efficiency: 0.78, minFlowFraction: 0.3 };

describe('pumpPower', () => {
  it('rated power V * dp / eta and the affinity cube', () => {
    // 0.05 * 179352 / 0.78 = 11496.92 W; half flow: / 8 = 1437.12 W
    expect(pumpPower(pump, { flowKgPerS: 0.05 * 997 }).powerW).toBeCloseTo(11496.92, 1);
    expect(pumpPower(pump, { flowKgPerS: 0.025 * 997 }).powerW).toBeCloseTo(1437.12, 1);
  });
  it('holds its minimum flow, runs out 10 % past its rating, flags more', () => {
    expect(pumpPower(pump, { flowKgPerS: 1 }).flowFraction).toBe(0.3);
    expect(pumpPower(pump, { flowKgPerS: 0.052 * 997 }).clamped).toBe(false);
    expect(pumpPower(pump, { flowKgPerS: 100 })).toMatchObject({ clamped: true, flowFraction: 1.1 });
  });
  it('flow for a heat: 1 MW at 5 K is 1e6 / (4179 * 5) = 47.858 kg/s', () => {
    expect(waterFlowKgPerS(1e6, 5)).toBeCloseTo(47.858, 3);
    expect(sizePump(47.858, 2e5, 0.6, 0.3).ratedFlowM3PerS).toBeCloseTo(0.048002, 6);
  });
  it('power is monotone in flow', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }), (a, b) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      expect(pumpPower(pump, { flowKgPerS: hi }).powerW).toBeGreaterThanOrEqual(pumpPower(pump, { flowKgPerS: lo }).powerW);
    }));
  });
});
