import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { designFanPowerW, fanFlowFraction, serverFanPowerW } from '../../../sim/models/it/serverFans.js';
import { FAN_FLOW_ENERGYPLUS_EXAMPLE as EPLUS, FAN_FLOW_GPU_DEFAULT as GPU, FAN_POWER_LAWS } from '../../../sim/models/it/curves.js';

const cube = FAN_POWER_LAWS.cube;

describe('fanFlowFraction', () => {
  it('reproduces the EnergyPlus example curve at its own design inlet (15 degC)', () => {
    // 1ZoneDataCenterCRAC_wApproachTemp.idf: -1.4 + 0.9 x + 0.1 y
    expect(fanFlowFraction(EPLUS, 15, 1, 15).flowFraction).toBeCloseTo(1.0, 12);
    expect(fanFlowFraction(EPLUS, 15, 0.5, 20).flowFraction).toBeCloseTo(-1.4 + 0.45 + 2.0, 12); // 1.05
  });

  it('re-references the curve to the design inlet', () => {
    // EnergyPlus curve used with a 25 degC design inlet: at 27 degC, y = 27 - 25 + 15 = 17 -> -1.4 + 0.9 + 1.7 = 1.2
    expect(fanFlowFraction(EPLUS, 25, 1, 27).flowFraction).toBeCloseTo(1.2, 12);
  });

  it('GPU default: 1 at design, 0.6 at idle, +0.065 per K, limited and flagged outside its range', () => {
    expect(fanFlowFraction(GPU, 25, 1, 25).flowFraction).toBeCloseTo(1, 12);
    expect(fanFlowFraction(GPU, 25, 0, 25).flowFraction).toBeCloseTo(0.6, 12);
    expect(fanFlowFraction(GPU, 25, 1, 27).flowFraction).toBeCloseTo(1.13, 12);
    // 10 degC is below the 15 degC validity: evaluated at 15 -> 0.6 + 0.4 - 0.65 = 0.35, flagged
    const cold = fanFlowFraction(GPU, 25, 1, 10);
    expect(cold.flowFraction).toBeCloseTo(0.35, 12);
    expect(cold.clamped).toBe(true);
    // idle at 15 degC: 0.6 - 0.65 < 0.3 -> held at the minimum flow 0.3 (not an input clamp)
    expect(fanFlowFraction(GPU, 25, 0, 15)).toEqual({ flowFraction: 0.3, clamped: false });
  });
});

describe('serverFanPowerW', () => {
  const params = { designPowerFraction: 0.1, flowCurve: GPU, powerLaw: cube, designInletC: 25 };

  it('design fan power is the EnergyPlus fan share of the design input', () => {
    // PFanDesign = PDesign f, PCPUDesign = PDesign (1 - f) = 9000 W -> PFanDesign = 9000 * 0.1 / 0.9 = 1000 W
    expect(designFanPowerW(0.1, 9000)).toBeCloseTo(1000, 9);
    expect(() => designFanPowerW(1, 9000)).toThrow(RangeError);
  });

  it('known values: cube law of the flow fraction, times powered nodes', () => {
    const at = (utilization: number, inletAirTempC: number, poweredNodes = 4) =>
      serverFanPowerW(params, { nodePeakPowerW: 9000, poweredNodes, utilization, inletAirTempC }).fanPowerW;
    expect(at(1, 25)).toBeCloseTo(4000, 6);
    expect(at(0, 25)).toBeCloseTo(4000 * 0.216, 6); // 0.6^3
    expect(at(1, 27)).toBeCloseTo(4000 * 1.13 ** 3, 6); // 1.4429 x
    expect(at(1, 29) / at(1, 25)).toBeCloseTo(1.26 ** 3, 9); // 23 -> 27 degC doubling rule over 4 K: 2.0004
    expect(at(1, 25, 0)).toBe(0);
  });

  it('a fully liquid-cooled node (fraction 0) has no fan power', () => {
    expect(serverFanPowerW({ ...params, designPowerFraction: 0 }, { nodePeakPowerW: 9000, poweredNodes: 10, utilization: 1, inletAirTempC: 35 }).fanPowerW).toBe(0);
  });

  it('property: fan power >= 0 and non-decreasing in utilization and in inlet temperature', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 10, max: 50, noNaN: true }), fc.double({ min: 10, max: 50, noNaN: true }),
      (u1, u2, t1, t2) => {
        const p = (u: number, t: number) => serverFanPowerW(params, { nodePeakPowerW: 9000, poweredNodes: 3, utilization: u, inletAirTempC: t }).fanPowerW;
        const [ulo, uhi] = u1 <= u2 ? [u1, u2] : [u2, u1];
        const [tlo, thi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        expect(p(ulo, tlo)).toBeGreaterThanOrEqual(0);
        expect(p(uhi, tlo) + 1e-9).toBeGreaterThanOrEqual(p(ulo, tlo));
        expect(p(ulo, thi) + 1e-9).toBeGreaterThanOrEqual(p(ulo, tlo));
      },
    ));
  });
});
