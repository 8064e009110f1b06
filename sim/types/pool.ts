/** summary.json's per-group figures of the XPU pool (designs[i].jobs.groups); equations in sim/metrics/poolSummary.ts. */
/** One node group of the XPU pool in a design (sim/metrics/poolSummary.ts gives each equation). */
export interface PoolGroupSummary {
  id: string;
  /** Catalogue id or label; null when the group names none. */
  accelerator: string | null;
  nodes: number;
  gpus: number;
  /** Jobs started on the group in the metered window or its warm-up (waits are over these), and finished in the window. */
  started: number;
  completed: number;
  meanWaitS: number;
  p95WaitS: number;
  /** GPU-seconds allocated / installed, and busy GPU-equivalents (x utilization) / installed, 0-1. */
  allocation: number;
  busyFraction: number;
  /** GPU-hours allocated to jobs in the window. */
  gpuHours: number;
  /** IT energy of the group's nodes in this design (compute, fans, PSU losses), kWh. */
  energyKWh: number;
  energyPerGpuHourKWh: number | null;
  /** energyPerGpuHourKWh x the design's facility / IT energy (its PUE), kWh. */
  facilityEnergyPerGpuHourKWh: number | null;
  energyPerJobKWh: number | null;
  /** Work delivered in reference-accelerator hours (busy GPU-hours x the group's speed), and IT energy per such hour, kWh. */
  workHours: number;
  energyPerWorkHourKWh: number | null;
  /** Inference jobs' share of the group's IT energy per 1,000 tokens at the catalogue's throughput; null without one. */
  energyPer1kTokensKWh: number | null;
}
