/**
 * Per-group results of the XPU pool for one design's summary: the workload's per-group meters
 * (poolMeters.ts) joined with the energy of each group's nodes in this design (designRun.ts).
 *
 * Equation (group g, metered window T):
 *   allocation_g = allocatedGpuS_g / (gpus_g * T);  busyFraction_g = busyGpuS_g / (gpus_g * T)
 *   energyKWh_g = IT energy of the group's nodes in this design (compute + their fans + PSU losses)
 *   energyPerGpuHourKWh_g = energyKWh_g / (allocatedGpuS_g / 3600)   (node energy per GPU-hour served, idle share included)
 *   facilityEnergyPerGpuHourKWh_g = energyPerGpuHourKWh_g * facility energy / IT energy of the design (PUE attribution)
 *   energyPerJobKWh_g = energyKWh_g / completed_g
 *   workHours_g = workGpuS_g / 3600 (reference-accelerator hours of work delivered: busy GPU-hours x speed)
 *   energyPerWorkHourKWh_g = energyKWh_g / workHours_g   (compares accelerators per unit of work, not of time held)
 *   energyPer1kTokensKWh_g = energyKWh_g * (inferenceBusyGpuS_g / busyGpuS_g) / (inferenceBusyGpuS_g * tokens/s per GPU / 1000)
 *   (effectiveCompute is not computed here: the driver's work-based ratio, poolMeters.ts, is passed through)
 * Assumptions: facility overhead is shared by IT energy (no per-group cooling meter); tokens scale with
 *   busy GPU-equivalents at the catalogue's reference throughput.
 * Validity: T > 0; a ratio with a zero denominator is null.
 * References: ISO/IEC 30134-2 (PUE); MLPerf Inference v4.1 (tokens per second, accelerators.ts).
 * Validated by: test/metrics/poolSummary.test.ts (hand-computed two-group case)
 */
import type { PoolGroupSummary } from '../types/pool.js';
import { SECONDS_PER_HOUR, kWhFromJ } from '../units.js';

// What is read of a node group (models/workload/nodeGroup.ts) and of its meters (poolMeters.ts), stated here
// structurally: metrics reads a run through its types, never a model (conventions rule 2).
interface GroupInfo { id: string; accelerator?: string; count: number; gpusPerNode: number; tokensPerSecondPerGpu?: number }
interface GroupStats { started: number; completed: number; meanWaitS: number; p95WaitS: number; allocatedGpuS: number; busyGpuS: number; inferenceBusyGpuS: number; workGpuS: number }

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function poolGroupSummaries(groups: readonly GroupInfo[], stats: readonly GroupStats[], groupItEnergyJ: Float64Array,
  facilityPerIt: number, windowS: number): PoolGroupSummary[] {
  return groups.map((g, i) => {
    const s = stats[i];
    const gpus = g.count * g.gpusPerNode;
    const energyKWh = kWhFromJ(groupItEnergyJ[i] ?? 0);
    const gpuHours = s.allocatedGpuS / SECONDS_PER_HOUR;
    const perGpuHour = ratio(energyKWh, gpuHours);
    const tokensPerS = g.tokensPerSecondPerGpu;
    const inferenceKWh = s.busyGpuS > 0 ? (energyKWh * s.inferenceBusyGpuS) / s.busyGpuS : 0;
    return {
      id: g.id,
      accelerator: g.accelerator ?? null,
      nodes: g.count,
      gpus,
      started: s.started,
      completed: s.completed,
      meanWaitS: s.meanWaitS,
      p95WaitS: s.p95WaitS,
      allocation: s.allocatedGpuS / (gpus * windowS),
      busyFraction: s.busyGpuS / (gpus * windowS),
      gpuHours,
      energyKWh,
      energyPerGpuHourKWh: perGpuHour,
      facilityEnergyPerGpuHourKWh: perGpuHour === null ? null : perGpuHour * facilityPerIt,
      energyPerJobKWh: ratio(energyKWh, s.completed),
      workHours: s.workGpuS / SECONDS_PER_HOUR,
      energyPerWorkHourKWh: ratio(energyKWh, s.workGpuS / SECONDS_PER_HOUR),
      energyPer1kTokensKWh: tokensPerS === undefined ? null : ratio(inferenceKWh, (s.inferenceBusyGpuS * tokensPerS) / 1000),
    };
  });
}
