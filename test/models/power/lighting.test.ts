import { describe, expect, it } from 'vitest';
import { lightingW, miscW } from '../../../sim/models/power/lighting.js';

describe('lighting and misc', () => {
  it('density x area x on share (hand-computed)', () => {
    expect(lightingW({ densityWPerM2: 18.4, areaM2: 1000, onFraction: 1 })).toBeCloseTo(18_400, 9);
    expect(lightingW({ densityWPerM2: 18.4, areaM2: 1000, onFraction: 0.25 })).toBeCloseTo(4_600, 9);
    expect(() => lightingW({ densityWPerM2: 10, areaM2: 1, onFraction: 2 })).toThrow(RangeError);
  });

  it('misc as a share of design IT power or a fixed power', () => {
    expect(miscW({ fraction: 0.01 }, 2e6)).toBe(20_000);
    expect(miscW({ powerW: 15_000 }, 2e6)).toBe(15_000);
  });
});
