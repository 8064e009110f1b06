import { describe, expect, it } from 'vitest';
import { DEFAULT_POWER_CHAIN, powerChainSchema } from '../../../sim/scenario/schema/power.js';

describe('powerChainSchema', () => {
  it('defaults: double conversion N+1 500 kW modules, PDU 2 %, ASHRAE lighting, misc 1 %, pf 0.95', () => {
    expect(DEFAULT_POWER_CHAIN.ups).toMatchObject({ moduleRatingW: 500_000, redundancy: 'N+1' });
    expect(DEFAULT_POWER_CHAIN.ups.coefficients.name).toBe('double-conversion');
    expect(DEFAULT_POWER_CHAIN.distribution.designLossFraction).toBe(0.02);
    expect(DEFAULT_POWER_CHAIN.lighting).toEqual({ densityWPerM2: 18.4, areaM2: undefined, onFraction: 1 });
    expect(DEFAULT_POWER_CHAIN.misc).toEqual({ fraction: 0.01 });
    expect(DEFAULT_POWER_CHAIN.transformer).toMatchObject({ powerFactor: 0.95, redundancy: 'N+1' });
  });

  it('parses the planner sketch', () => {
    const p = powerChainSchema.parse({
      transformer: { rating: '2500 kVA' },
      ups: { mode: 'eco', redundancy: '2N', moduleRating: '400 kW' },
      distribution: 'busbar',
      lighting: { density: '8 W/m^2', area: '600 m^2' },
      misc: '20 kW',
      mechanicalOnUps: '30 %',
    });
    expect(p.transformer.ratedVA).toBe(2.5e6);
    expect(p.ups).toMatchObject({ moduleRatingW: 400_000, redundancy: '2N' });
    expect(p.ups.coefficients.name).toBe('eco');
    expect(p.distribution.designLossFraction).toBe(0.01);
    expect(p.lighting).toEqual({ densityWPerM2: 8, areaM2: 600, onFraction: 1 });
    expect(p.misc).toEqual({ powerW: 20_000 });
    expect(p.mechanicalOnUpsFraction).toBeCloseTo(0.3, 12);
  });

  it('UPS loss overrides replace single coefficients', () => {
    const p = powerChainSchema.parse({ ups: { noLoadLoss: '0.5 %' }, distribution: { kind: 'pdu', designLoss: '3 %' } });
    expect(p.ups.coefficients).toMatchObject({ name: 'double-conversion (adjusted)', noLoad: 0.005, proportional: 0.009 });
    expect(p.distribution.designLossFraction).toBeCloseTo(0.03, 12);
  });

  it('one message per problem, in the project grammar', () => {
    const r = powerChainSchema.safeParse({ transformer: { rating: '1800 kVA' }, misc: 'lots' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'transformer.rating: expected a Tier 2 table rating (630, 800, 1000, 1250, 1600, 2000, 2500 or 3150 kVA) or noLoadLoss and loadLoss, got 1800 kVA without losses',
      "misc: expected a share of design IT power like '1 %' (at most 20 %) or a power like '20 kW', got 'lots'",
    ]);
    expect(powerChainSchema.safeParse({ transformer: { rating: '1800 kVA', noLoadLoss: '1.2 kW', loadLoss: '14 kW' } }).success).toBe(true);
    expect(powerChainSchema.safeParse({ transformer: { rating: '2 MW' } }).error!.issues[0].message)
      .toBe("expected an apparent power with a unit like '2500 kVA' (transformers are rated in apparent power: VA, not W), got '2 MW'");
  });
});
