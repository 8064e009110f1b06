import { describe, expect, it } from 'vitest';
import { DEFAULT_IT, itSchema, racksSchema } from '../../../sim/scenario/schema/it.js';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('racksSchema', () => {
  it('converts units and fills type defaults', () => {
    expect(racksSchema.parse({ type: 'liquid-pod', nodesPerRack: 10, ratedPower: '105 kW', liquidCapture: '100 %', footprint: '1.2 m^2' }))
      .toEqual({ type: 'liquid-pod', nodesPerRack: 10, ratedPowerW: 105_000, liquidCaptureFraction: 1, psuHeatToLiquidFraction: 0, footprintM2: 1.2 });
    expect(racksSchema.parse({ type: 'air' })).toMatchObject({ ratedPowerW: 40_000, liquidCaptureFraction: 0, footprintM2: 0.72 });
    // hybrid: 60 % liquid, rating so that the air part is 40 kW: 40 / 0.4 = 100 kW
    expect(racksSchema.parse({ type: 'hybrid' }).ratedPowerW).toBeCloseTo(100_000, 6);
    expect(racksSchema.parse({ type: 'hybrid', liquidCapture: '90 %' }).ratedPowerW).toBe(105_000);
  });

  it('rejects a liquid share on an air rack, unknown keys and bad units', () => {
    expect(messages(racksSchema.safeParse({ type: 'air', liquidCapture: 0.5 }))[0]).toMatch(/liquidCapture/);
    expect(messages(racksSchema.safeParse({ type: 'liquid-pod', ratedPower: '105 degC' }))).toEqual([
      "ratedPower: expected a power with a unit like '105 kW' above 0 W, got '105 degC'",
    ]);
    expect(racksSchema.safeParse({ type: 'pod' }).success).toBe(false);
  });
});

describe('itSchema', () => {
  it('defaults: server Titanium PSUs sized 2x, GPU fan curve with cube law, 25 degC design inlet', () => {
    expect(DEFAULT_IT.psu.curve.name).toBe('80plus-titanium');
    expect(DEFAULT_IT.psu.sizingFactor).toBe(2);
    expect(DEFAULT_IT.fans.designPowerFraction).toBeUndefined();
    expect(DEFAULT_IT.fans.flowCurve.name).toBe('gpu-default');
    expect(DEFAULT_IT.fans.powerLaw).toEqual([0, 0, 0, 1]);
    expect(DEFAULT_IT.designInletAirTempC).toBe(25);
  });

  it('rack shelf gets the ORV3 curve and 5+1 sizing', () => {
    const it1 = itSchema.parse({ psu: { kind: 'rack-shelf' }, fans: { designPowerFraction: '0 %' }, designInletAir: '27 degC' });
    expect(it1.psu).toMatchObject({ kind: 'rack-shelf', sizingFactor: 1.2 });
    expect(it1.psu.curve.name).toBe('orv3-shelf');
    expect(it1.fans.designPowerFraction).toBe(0);
    expect(it1.designInletAirTempC).toBe(27);
  });

  it('rejects a fan share above 50 % and an unknown curve', () => {
    expect(itSchema.safeParse({ fans: { designPowerFraction: '60 %' } }).success).toBe(false);
    expect(itSchema.safeParse({ psu: { curve: 'gold' } }).success).toBe(false);
  });
});
