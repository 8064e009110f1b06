import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fanPowerFraction, itPower, ratedItPowerW, type ItParams } from '../../../sim/models/it/itPower.js';
import { FAN_FLOW_GPU_DEFAULT, FAN_POWER_LAWS, PSU_80PLUS_TITANIUM_230V_REDUNDANT, PSU_ORV3_SHELF } from '../../../sim/models/it/curves.js';
import type { RackParams } from '../../../sim/models/it/rack.js';

const airRacks: RackParams = { type: 'air', ratedPowerW: 40_000, liquidCaptureFraction: 0, psuHeatToLiquidFraction: 0, footprintM2: 0.72 };
const podRacks: RackParams = { type: 'liquid-pod', nodesPerRack: 10, ratedPowerW: 105_000, liquidCaptureFraction: 1, psuHeatToLiquidFraction: 0, footprintM2: 1.2 };

const airParams: ItParams = {
  psu: { kind: 'server', curve: PSU_80PLUS_TITANIUM_230V_REDUNDANT, sizingFactor: 2 },
  fans: { designPowerFraction: undefined, flowCurve: FAN_FLOW_GPU_DEFAULT, powerLaw: FAN_POWER_LAWS.cube },
  designInletAirTempC: 25,
  racks: airRacks,
  nodeCount: 10,
  nodePeakPowerW: 9000,
};
const podParams: ItParams = { ...airParams, psu: { kind: 'rack-shelf', curve: PSU_ORV3_SHELF, sizingFactor: 1.2 }, racks: podRacks };

describe('itPower', () => {
  it('air-cooled node at design (hand-computed, the @example)', () => {
    // fan share 10 % -> 1000 W per node at full load and 25 degC; PSU output 10 kW on 20 kW installed -> 50 % -> 96 %
    const out = itPower({ ...airParams, nodeCount: 1 }, { computePowerW: 9000, poweredNodes: 1, meanUtilization: 1, inletAirTempC: 25 });
    expect(out.fanPowerW).toBeCloseTo(1000, 6);
    expect(out.psuLossW).toBeCloseTo(10_000 * (1 / 0.96 - 1), 6); // 416.67
    expect(out.itPowerW).toBeCloseTo(10_416.6667, 3);
    expect(out.liquidHeatW).toBe(0);
    expect(out.airHeatW).toBeCloseTo(out.itPowerW, 6);
    expect(out.clamped).toBe(false);
  });

  it('server PSUs see per-node load; idle nodes run at low PSU load', () => {
    // 5 of 10 nodes powered, idle (u = 0), 2000 W each: fans 1000 x 0.6^3 = 216 W/node;
    // per node output 2216 W on 20 kW -> 11.08 % -> eff = 0.90 + (0.0108/0.1) x 0.04 = 0.904320
    const out = itPower(airParams, { computePowerW: 10_000, poweredNodes: 5, meanUtilization: 0, inletAirTempC: 25 });
    expect(out.fanPowerW).toBeCloseTo(1080, 6);
    expect(out.psuLossW).toBeCloseTo(11_080 * (1 / 0.90432 - 1), 3);
  });

  it('liquid PoD with rack shelf: no fans by default, shelf loss to room air', () => {
    // liquid capture 1 -> fan share 0; shelf installed 1.2 x 10 x 9000 = 108 kW; output 54 kW -> 50 % -> 97.5 %
    expect(fanPowerFraction(podParams)).toBe(0);
    const out = itPower(podParams, { computePowerW: 54_000, poweredNodes: 10, meanUtilization: 0.5, inletAirTempC: 30 });
    expect(out.fanPowerW).toBe(0);
    expect(out.psuLossW).toBeCloseTo(54_000 * (1 / 0.975 - 1), 6); // 1384.6 W
    expect(out.liquidHeatW).toBe(54_000);
    expect(out.airHeatW).toBeCloseTo(out.psuLossW, 9);
  });

  it('hybrid rack keeps a residual fan share proportional to its air heat', () => {
    expect(fanPowerFraction({ ...airParams, racks: { ...airRacks, type: 'hybrid', liquidCaptureFraction: 0.6 } })).toBeCloseTo(0.04, 12);
    expect(fanPowerFraction({ ...airParams, fans: { ...airParams.fans, designPowerFraction: 0.15 } })).toBe(0.15);
  });

  it('ratedItPowerW is itPower at full load, all nodes, design inlet', () => {
    // 10 nodes x 10.4167 kW (first case) = 104.167 kW
    expect(ratedItPowerW(airParams, 10, 9000)).toBeCloseTo(104_166.667, 2);
  });

  it('property: energy balance, losses >= 0, ITUE >= 1, IT power non-decreasing in compute', () => {
    fc.assert(fc.property(
      fc.constantFrom(airParams, podParams), fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 15, max: 40, noNaN: true }),
      (params, poweredNodes, u, extra, inletAirTempC) => {
        const base = poweredNodes * (2000 + 7000 * u);
        const a = itPower(params, { computePowerW: base, poweredNodes, meanUtilization: u, inletAirTempC });
        const b = itPower(params, { computePowerW: base * (1 + extra), poweredNodes, meanUtilization: u, inletAirTempC });
        expect(a.psuLossW).toBeGreaterThanOrEqual(0);
        expect(a.fanPowerW).toBeGreaterThanOrEqual(0);
        expect(a.itPowerW).toBeCloseTo(a.computePowerW + a.psuLossW + a.fanPowerW, 6);
        expect(a.liquidHeatW + a.airHeatW).toBeCloseTo(a.itPowerW, 6);
        expect(a.itPowerW).toBeGreaterThanOrEqual(a.computePowerW);
        expect(b.itPowerW + 1e-6).toBeGreaterThanOrEqual(a.itPowerW);
      },
    ));
  });
});
