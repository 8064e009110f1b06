import { describe, expect, it } from 'vitest';
import { poolGroupSummaries } from '../../sim/metrics/poolSummary.js';
import type { NodeGroupParams } from '../../sim/models/workload/nodeGroup.js';
import type { PoolGroupStats } from '../../sim/models/workload/poolMeters.js';

const group = (over: Partial<NodeGroupParams>): NodeGroupParams => ({
  id: 'g', count: 1, gpusPerNode: 8, memoryBytes: 0, speed: [1, 1, 1], powerDownIdle: false, powerOnDelayS: 0,
  power: { idlePowerW: 2000, peakPowerW: 10_000, shape: { kind: 'linear' } }, ...over,
});
const noStats: PoolGroupStats = { started: 0, completed: 0, meanWaitS: 0, p95WaitS: 0, allocatedGpuS: 0, busyGpuS: 0, inferenceBusyGpuS: 0, computeEnergyJ: 0, workGpuS: 0 };

describe('poolGroupSummaries (hand-computed two-group case)', () => {
  // Window T = 10 h = 36000 s; facility / IT = 1.2.
  // a: 2 nodes x 8 GPUs = 16, 1000 tokens/s per GPU; allocated 288000 GPU-s, busy 144000, inference 36000; 200 kWh (7.2e8 J):
  //   allocation 288000 / (16 * 36000) = 0.5; busyFraction 144000 / 576000 = 0.25; gpuHours 288000 / 3600 = 80;
  //   per GPU-hour 200 / 80 = 2.5 kWh; facility 2.5 * 1.2 = 3 kWh; per job 200 / 4 = 50 kWh;
  //   inference share 200 * 36000 / 144000 = 50 kWh over 36000 GPU-s * 1000 tokens/s / 1000 = 36000 k tokens: 50 / 36000 kWh.
  // b: 1 node x 4 GPUs, no catalogue record, no work at all, 36 kWh of idle draw (1.296e8 J): every per-unit ratio null.
  const groups = [group({ id: 'a', accelerator: 'b200', count: 2, tokensPerSecondPerGpu: 1000 }), group({ id: 'b', gpusPerNode: 4 })];
  const stats: PoolGroupStats[] = [
    { started: 5, completed: 4, meanWaitS: 10, p95WaitS: 20, allocatedGpuS: 288_000, busyGpuS: 144_000, inferenceBusyGpuS: 36_000, computeEnergyJ: 6e8, workGpuS: 2e5 },
    noStats,
  ];

  it('every field of both groups', () => {
    const [a, b] = poolGroupSummaries(groups, stats, Float64Array.of(7.2e8, 1.296e8), 1.2, 36_000);
    expect(a).toEqual({
      id: 'a', accelerator: 'b200', nodes: 2, gpus: 16, started: 5, completed: 4, meanWaitS: 10, p95WaitS: 20,
      allocation: 0.5, busyFraction: 0.25, gpuHours: 80, energyKWh: 200, energyPerGpuHourKWh: 2.5,
      facilityEnergyPerGpuHourKWh: 3, energyPerJobKWh: 50, energyPer1kTokensKWh: expect.closeTo(50 / 36_000, 15),
      workHours: 2e5 / 3600, energyPerWorkHourKWh: expect.closeTo(200 / (2e5 / 3600), 12), // 3.6 kWh per reference hour
    });
    expect(b).toEqual({
      id: 'b', accelerator: null, nodes: 1, gpus: 4, started: 0, completed: 0, meanWaitS: 0, p95WaitS: 0,
      allocation: 0, busyFraction: 0, gpuHours: 0, energyKWh: 36, energyPerGpuHourKWh: null,
      facilityEnergyPerGpuHourKWh: null, energyPerJobKWh: null, energyPer1kTokensKWh: null, workHours: 0, energyPerWorkHourKWh: null,
    });
  });

  it('tokens: null when the group has a throughput but served no inference', () => {
    const [a] = poolGroupSummaries(groups, [{ ...stats[0], inferenceBusyGpuS: 0 }, noStats], Float64Array.of(7.2e8, 0), 1.2, 36_000);
    expect(a.energyPer1kTokensKWh).toBeNull();
    expect(a.energyPerGpuHourKWh).toBe(2.5);
  });

  it('a design without per-group energy reads 0 kWh, never NaN', () => {
    const [a, b] = poolGroupSummaries(groups, stats, new Float64Array(0), 1.2, 36_000);
    expect([a.energyKWh, b.energyKWh, a.energyPerGpuHourKWh, a.energyPerJobKWh]).toEqual([0, 0, 0, 0]);
  });
});
