import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { airFlowFractionFor, approachK, newFanSearch, counterflowEffectiveness, counterflowNtu, UA_AIR_FLOW_EXPONENT } from '../../../sim/models/cooling/effectiveness.js';

describe('counterflow effectiveness-NTU', () => {
  it('Incropera eq. 11.29a known values', () => {
    // (1 - e^-0.5) / (1 - 0.5 e^-0.5) = 0.564733; r = 1: 2 / 3; r = 2 (other side): eps(2, 0.5) / 2 = 0.387300
    expect(counterflowEffectiveness(1, 0.5)).toBeCloseTo(0.564733, 6);
    expect(counterflowEffectiveness(2, 1)).toBeCloseTo(2 / 3, 12);
    expect(counterflowEffectiveness(1, 2)).toBeCloseTo(0.3873002, 6);
  });

  it('the UA exponent is implied by EnergyPlus two-speed defaults (0.6 UA at 0.5 flow)', () => {
    expect(0.5 ** UA_AIR_FLOW_EXPONENT).toBeCloseTo(0.6, 12);
  });

  it('ntu round trip (compared on effectiveness: ntu is ill-conditioned where effectiveness saturates)', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 8, noNaN: true }), fc.double({ min: 0.05, max: 5, noNaN: true }), (ntu, r) => {
      const eff = counterflowEffectiveness(ntu, r);
      expect(counterflowEffectiveness(counterflowNtu(eff, r), r)).toBeCloseTo(eff, 10);
    }));
  });

  it('approach falls as air flow rises, and the fan search meets the allowed approach', () => {
    const hx = { uaWPerK: 2e5, airCapacityWPerK: 1e5, waterCapacityWPerK: 2e5 };
    fc.assert(fc.property(fc.double({ min: 0.2, max: 0.99, noNaN: true }), (f) => {
      expect(approachK(hx, 1e6, f + 0.01)).toBeLessThan(approachK(hx, 1e6, f));
    }));
    const allowed = approachK(hx, 1e6, 0.6);
    expect(airFlowFractionFor(hx, 1e6, allowed, 0.2, newFanSearch())).toBeCloseTo(0.6, 6);
  });
});
