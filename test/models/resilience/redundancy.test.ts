import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RandomStreams } from '../../../sim/engine/random.js';
import { failureProcess, inServiceSteps } from '../../../sim/models/resilience/failureProcess.js';
import { SECONDS_PER_YEAR } from '../../../sim/units.js';
import {
  UPTIME_TIER_AVAILABILITY, capacityFraction, groupAvailability, kOutOfNAvailability, redundantGroup, timeInServiceAtLeastS, unitAvailability, uptimeTier,
} from '../../../sim/models/resilience/redundancy.js';

describe('redundancy', () => {
  it('units needed and installed, and the capacity in service (hand-computed)', () => {
    // 1.5 MW of chillers of 600 kW: 3 needed; N+1 installs 4, 2N 6
    expect(redundantGroup(1.5e6, 6e5, 'N+1')).toEqual({ needed: 3, installed: 4, unitCapacityW: 6e5, designLoadW: 1.5e6 });
    expect(redundantGroup(1.5e6, 6e5, '2N').installed).toBe(6);
    expect(capacityFraction(2, 6e5, 1.5e6)).toBeCloseTo(0.8, 12);
    expect(capacityFraction(4, 6e5, 1.5e6)).toBe(1);
    expect(capacityFraction(0, 6e5, 0)).toBe(1);
    // a load a hair above 3 units (rounding noise): installedUnits sizes 3, and 3 carry it (found by the property below)
    expect(redundantGroup(1.8e6 * (1 + 1e-12), 6e5, 'N').installed).toBe(3);
    expect(capacityFraction(3, 6e5, 1.8e6 * (1 + 1e-12))).toBe(1);
  });

  it('N+1 with one unit out equals N in service (property)', () => {
    fc.assert(fc.property(
      fc.double({ min: 1, max: 1e7, noNaN: true }), fc.double({ min: 1e3, max: 2e6, noNaN: true }), fc.integer({ min: 0, max: 3 }),
      (designLoadW, unitCapacityW, alsoOut) => {
        const n = redundantGroup(designLoadW, unitCapacityW, 'N');
        const n1 = redundantGroup(designLoadW, unitCapacityW, 'N+1');
        expect(n1.installed - 1).toBe(n.installed);
        const inServiceN = Math.max(0, n.installed - alsoOut);
        const inServiceN1 = Math.max(0, n1.installed - 1 - alsoOut);
        expect(capacityFraction(inServiceN1, unitCapacityW, designLoadW)).toBe(capacityFraction(inServiceN, unitCapacityW, designLoadW));
        // and N alone, with every unit in service, carries the design load
        expect(capacityFraction(n.installed, unitCapacityW, designLoadW)).toBe(1);
        // and N with one unit out falls short
        expect(capacityFraction(n.installed - 1, unitCapacityW, designLoadW)).toBeLessThan(1);
      }));
    // loads at a multiple of the unit size, give or take rounding noise (where sizing and capacity could disagree)
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 1e3, max: 2e6, noNaN: true }), fc.double({ min: -1e-12, max: 1e-12, noNaN: true }),
      (units, unitCapacityW, noise) => {
        const designLoadW = units * unitCapacityW * (1 + noise);
        const n = redundantGroup(designLoadW, unitCapacityW, 'N');
        expect(capacityFraction(n.installed, unitCapacityW, designLoadW)).toBe(1);
        expect(capacityFraction(redundantGroup(designLoadW, unitCapacityW, 'N+1').installed - 1, unitCapacityW, designLoadW)).toBe(1);
      }));
  });

  it('k-out-of-n availability against hand-computed binomial sums', () => {
    expect(kOutOfNAvailability(2, 3, 0.9)).toBeCloseTo(3 * 0.81 * 0.1 + 0.729, 14); // 0.972
    // 3 of 4 at A = 0.99: 0.99^4 + 4 * 0.99^3 * 0.01 = 0.96059601 + 0.03881196
    expect(kOutOfNAvailability(3, 4, 0.99)).toBeCloseTo(0.99940797, 14);
    expect(kOutOfNAvailability(0, 5, 0.3)).toBeCloseTo(1, 14);
    expect(kOutOfNAvailability(4, 4, 0.9)).toBeCloseTo(0.6561, 14);
    expect(() => kOutOfNAvailability(5, 4, 0.9)).toThrow(RangeError);
  });

  it('group availability: N, N+1 and 2N (system + system) at A = 0.9 with 2 needed', () => {
    expect(groupAvailability(2, 'N', 0.9)).toBeCloseTo(0.81, 14);
    expect(groupAvailability(2, 'N+1', 0.9)).toBeCloseTo(0.972, 14);
    expect(groupAvailability(2, '2N', 0.9)).toBeCloseTo(1 - 0.19 ** 2, 14); // 0.9639, below pooled 2-of-4
    expect(groupAvailability(2, '2N', 0.9)).toBeLessThan(kOutOfNAvailability(2, 4, 0.9));
  });

  it('unit availability from MTBF and MTTR: a chiller at 0.837 /yr and 12.3 h', () => {
    const mtbfH = 8760 / 0.837;
    expect(unitAvailability(mtbfH, 12.3)).toBeCloseTo(mtbfH / (mtbfH + 12.3), 14); // 0.998826
    expect(unitAvailability(Infinity, 4)).toBe(1);
  });

  it('time with at least k in service from a step function (hand case)', () => {
    const steps = { atS: [0, 100, 150, 200, 250], inService: [3, 2, 0, 1, 3] };
    expect(timeInServiceAtLeastS(steps, 3, 1000)).toBe(100 + 750);
    expect(timeInServiceAtLeastS(steps, 2, 1000)).toBe(150 + 750);
    expect(timeInServiceAtLeastS(steps, 0, 1000)).toBe(1000);
    expect(timeInServiceAtLeastS(steps, 3, 120)).toBe(100); // cut at untilS
  });

  it('maps topologies to the Uptime tiers', () => {
    expect(uptimeTier({ redundancy: 'N', distributionPaths: 1, activePaths: 1 })).toBe(1);
    expect(uptimeTier({ redundancy: 'N+1', distributionPaths: 1, activePaths: 1 })).toBe(2);
    expect(uptimeTier({ redundancy: '2N', distributionPaths: 1, activePaths: 1 })).toBe(2);
    expect(uptimeTier({ redundancy: 'N+1', distributionPaths: 2, activePaths: 1 })).toBe(3);
    expect(uptimeTier({ redundancy: '2N', distributionPaths: 2, activePaths: 2 })).toBe(4);
    expect(UPTIME_TIER_AVAILABILITY[3]).toBe(0.99982);
  });

  it('the simulated N+1 group is up (2 of 3 in service) as often as the binomial sum says', () => {
    // Exaggerated rates so the answer is far from 1: 50 failures/yr, 0.01 yr repairs -> A = 1 / 1.5.
    // Units are independent alternating renewal processes, so in steady state P(>= 2 of 3 up) = 20/27 = 0.7407 exactly.
    // Tolerance 0.01: about 5 standard deviations with ~1e5 independent up/down cycles over 2,000 years.
    const horizonS = 2000 * SECONDS_PER_YEAR;
    const streams = new RandomStreams(17);
    const { atS, inService } = inServiceSteps(failureProcess({
      componentClass: 'exaggerated', units: 3, failuresPerYear: 50, weibullShape: 1, meanRepairS: 0.01 * SECONDS_PER_YEAR,
      repair: { kind: 'lognormal', logStdDev: 0.8 },
    }, (name) => streams.stream(name)), horizonS);
    const enoughS = timeInServiceAtLeastS({ atS, inService }, 2, horizonS);
    const a = unitAvailability(SECONDS_PER_YEAR / 50, 0.01 * SECONDS_PER_YEAR);
    expect(kOutOfNAvailability(2, 3, a)).toBeCloseTo(20 / 27, 12);
    expect(Math.abs(enoughS / horizonS - groupAvailability(2, 'N+1', a))).toBeLessThan(0.01);
  });
});
