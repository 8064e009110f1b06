import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedJobEnergyJ, jobClassName, memoryFits, runTimeS, totalGpus, totalNodes, type NodeGroupParams } from '../../../sim/models/workload/nodeGroup.js';

/** A node group with a linear power curve idle..peak W (nodePower.ts: P(u) = idle + (peak - idle) u). */
const group = (over: Partial<NodeGroupParams> = {}): NodeGroupParams => ({
  id: 'g', count: 1, gpusPerNode: 8, memoryBytes: 0, speed: [1, 1, 1], powerDownIdle: false, powerOnDelayS: 0,
  power: { idlePowerW: 2000, peakPowerW: 10_000, shape: { kind: 'linear' } }, ...over,
});

describe('nodeGroup', () => {
  it('runTimeS = durationS / speed for the class', () => {
    const g = group({ speed: [2, 4, 0.5] });
    expect(runTimeS(g, 3600, 0)).toBe(1800); // 3600 / 2
    expect(runTimeS(g, 3600, 1)).toBe(900); // 3600 / 4
    expect(runTimeS(g, 3600, 2)).toBe(7200); // 3600 / 0.5
  });

  it('expectedJobEnergyJ: the @example (8-GPU nodes, 10 kW at full load, speed 2)', () => {
    // (gpus / gpusPerNode) * P(1) * durationS / speed = (4 / 8) * 10000 * 3600 / 2 = 9e6 J
    const g = group({ speed: [2, 2, 2] });
    expect(expectedJobEnergyJ(g, { gpus: 4, durationS: 3600, utilization: 1, jobClass: 0 })).toBe(9e6);
    // half utilization: P(0.5) = 2000 + 8000 * 0.5 = 6000 W -> 0.5 * 6000 * 1800 = 5.4e6 J
    expect(expectedJobEnergyJ(g, { gpus: 4, durationS: 3600, utilization: 0.5, jobClass: 0 })).toBe(5.4e6);
    // utilization above 1 is read as 1 (the curve's domain)
    expect(expectedJobEnergyJ(g, { gpus: 4, durationS: 3600, utilization: 1.7, jobClass: 0 })).toBe(9e6);
    // a caller-supplied curve is used as given: constant 1000 W -> 0.5 * 1000 * 1800 = 9e5 J
    expect(expectedJobEnergyJ(g, { gpus: 4, durationS: 3600, utilization: 1, jobClass: 0 }, () => 1000)).toBe(9e5);
  });

  it('expected energy scales linearly with duration and inversely with speed (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16 }), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }),
      (gpus, durationS, speed) => {
        const job = { gpus, durationS, utilization: 0.7, jobClass: 1 };
        const slow = expectedJobEnergyJ(group(), job), fast = expectedJobEnergyJ(group({ speed: [1, speed, 1] }), job);
        expect(fast * speed).toBeCloseTo(slow, 6 - Math.ceil(Math.log10(slow)));
      }));
  });

  it('memoryFits: 0 on either side means not stated (fits); else need <= capacity', () => {
    const g80 = group({ memoryBytes: 80e9 });
    expect(memoryFits(g80, 0)).toBe(true);
    expect(memoryFits(g80, 80e9)).toBe(true); // equality fits
    expect(memoryFits(g80, 80e9 + 1)).toBe(false);
    expect(memoryFits(group({ memoryBytes: 0 }), 1e15)).toBe(true);
  });

  it('totalGpus and totalNodes sum over the groups', () => {
    const gs = [group({ count: 20, gpusPerNode: 8 }), group({ count: 60, gpusPerNode: 8 }), group({ count: 40, gpusPerNode: 4 })];
    expect(totalNodes(gs)).toBe(120); // 20 + 60 + 40
    expect(totalGpus(gs)).toBe(800); // 160 + 480 + 160
    expect(totalGpus([])).toBe(0);
  });

  it('jobClassName names the classes and falls back for unknown ones', () => {
    expect([0, 1, 2, 7].map(jobClassName)).toEqual(['training', 'inference', 'batch', 'class 7']);
  });
});
