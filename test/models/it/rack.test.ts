import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heatSplit, rackCount, rackWarnings, whiteSpaceAreaM2, type RackParams } from '../../../sim/models/it/rack.js';

const pod: RackParams = { type: 'liquid-pod', nodesPerRack: 10, ratedPowerW: 105_000, liquidCaptureFraction: 1, psuHeatToLiquidFraction: 0, footprintM2: 1.2 };
const air: RackParams = { type: 'air', ratedPowerW: 40_000, liquidCaptureFraction: 0, psuHeatToLiquidFraction: 0, footprintM2: 0.72 };

describe('rackCount', () => {
  it('counts racks from nodes per rack (hand-computed)', () => {
    // 128 nodes / 10 per rack -> 13 racks; 10 x 10.5 kW = 105 kW, at the rating
    expect(rackCount(pod, { nodeCount: 128, nodeItPowerW: 10_500 })).toEqual({ nodesPerRack: 10, rackCount: 13, rackItPowerW: 105_000, overRating: false });
  });

  it('fills racks up to the rating when nodesPerRack is not given', () => {
    // floor(40 kW / 10.5 kW) = 3 nodes per rack; 128 / 3 -> 43 racks
    const s = rackCount(air, { nodeCount: 128, nodeItPowerW: 10_500 });
    expect(s.nodesPerRack).toBe(3);
    expect(s.rackCount).toBe(43);
    // a node larger than the rack still gets one rack each, and is reported over rating
    const big = rackCount({ ...air, ratedPowerW: 10_000 }, { nodeCount: 2, nodeItPowerW: 10_500 });
    expect(big).toMatchObject({ nodesPerRack: 1, rackCount: 2, overRating: true });
  });

  it('reports an overloaded rack as warning data, not an exception', () => {
    const s = rackCount({ ...pod, nodesPerRack: 12 }, { nodeCount: 24, nodeItPowerW: 10_500 });
    expect(s.overRating).toBe(true);
    const w = rackWarnings(pod, s);
    expect(w).toEqual(['racks: 12 nodes per rack draw 126 kW at design, over the rated 105 kW']);
    expect(rackWarnings(air, rackCount(air, { nodeCount: 8, nodeItPowerW: 10_000 }))).toEqual([]);
  });
});

describe('heatSplit', () => {
  it('cold plates take the captured share of compute; PSU loss and fans go to air by default', () => {
    // hybrid 60 %: liquid = 0.6 x 100 kW = 60 kW; air = 40 + 3 + 5 = 48 kW
    const hybrid = { ...pod, type: 'hybrid' as const, liquidCaptureFraction: 0.6 };
    const h = heatSplit(hybrid, { computePowerW: 100_000, psuLossW: 3_000, fanPowerW: 5_000 });
    expect(h.liquidHeatW).toBeCloseTo(60_000, 9);
    expect(h.airHeatW).toBeCloseTo(48_000, 9);
    // a liquid-cooled shelf moves its loss to the liquid side
    const shelf = heatSplit({ ...pod, psuHeatToLiquidFraction: 1 }, { computePowerW: 100_000, psuLossW: 3_000, fanPowerW: 0 });
    expect(shelf).toEqual({ liquidHeatW: 103_000, airHeatW: 0 });
  });

  it('property: liquid + air = compute + PSU loss + fans, both >= 0', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }),
      (capture, psuShare, computePowerW, psuLossW, fanPowerW) => {
        const h = heatSplit({ ...pod, liquidCaptureFraction: capture, psuHeatToLiquidFraction: psuShare }, { computePowerW, psuLossW, fanPowerW });
        expect(h.liquidHeatW).toBeGreaterThanOrEqual(0);
        expect(h.airHeatW).toBeGreaterThanOrEqual(-1e-6);
        expect(h.liquidHeatW + h.airHeatW).toBeCloseTo(computePowerW + psuLossW + fanPowerW, 3);
      },
    ));
  });
});

describe('whiteSpaceAreaM2', () => {
  it('racks x footprint x white-space factor', () => {
    expect(whiteSpaceAreaM2(pod, 13)).toBeCloseTo(13 * 1.2 * 2.5, 9); // 39 m^2
  });
});
