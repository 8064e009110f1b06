import { describe, expect, it } from 'vitest';
import { FAN_FLOW_CURVES, FAN_POWER_LAWS, PSU_CURVES } from '../../../sim/models/it/curves.js';

describe('IT curve sets', () => {
  it('PSU curves: increasing load fractions in (0, 1], efficiencies in (0, 1)', () => {
    for (const c of Object.values(PSU_CURVES)) {
      expect(c.loadFraction.length).toBe(c.efficiency.length);
      c.loadFraction.forEach((x, i) => {
        expect(x).toBeGreaterThan(i === 0 ? 0 : c.loadFraction[i - 1]);
        expect(x).toBeLessThanOrEqual(1);
        expect(c.efficiency[i]).toBeGreaterThan(0.5);
        expect(c.efficiency[i]).toBeLessThan(1);
      });
    }
  });

  it('ORV3 shelf points follow their stated derivation: Titanium losses x (1/0.975 - 1)/(1/0.96 - 1)', () => {
    const ti = PSU_CURVES['80plus-titanium'];
    const k = (1 / 0.975 - 1) / (1 / 0.96 - 1);
    ti.efficiency.forEach((e, i) => expect(PSU_CURVES['orv3-shelf'].efficiency[i]).toBeCloseTo(1 / (1 + (1 / e - 1) * k), 3));
  });

  it('fan flow curves are 1 at full load and their reference inlet; power laws are 1 at flow 1', () => {
    for (const c of Object.values(FAN_FLOW_CURVES)) {
      const [c1, c2, c3, c4, c5, c6] = c.coefficients;
      const y = c.referenceInletC;
      expect(c1 + c2 + c3 + c4 * y + c5 * y * y + c6 * y).toBeCloseTo(1, 12);
    }
    for (const p of Object.values(FAN_POWER_LAWS)) expect(p[0] + p[1] + p[2] + p[3]).toBe(1);
  });
});
