/**
 * Per-group accounting of the XPU pool over the metered window [0, endS]: time integrals of allocated GPUs,
 * busy GPU-equivalents (all jobs and inference jobs) and compute power, plus job counts and waits.
 *
 * Equation (per group g, integrals over [0, endS], piecewise constant between changes):
 *   allocatedGpuS = ∫ allocatedGpus_g dt;  busyGpuS = ∫ Σ_jobs gpus * utilization dt;  computeEnergyJ = ∫ P_g dt
 *   workGpuS = ∫ Σ_jobs gpus * utilization * speed_g[class] dt   (work in reference-accelerator seconds)
 *   allocation_g = allocatedGpuS / (gpus_g * endS)
 *   effective compute = Σ_g workGpuS_g / Σ_g (gpus_g * endS * Σ_c w_c speed_g[c]),  w_c = class c's share of the
 *     offered work (gpus * utilization * duration of the jobs submitted in the window): useful accelerator-hours
 *     delivered / installed accelerator-hours, both in reference-accelerator hours for the jobs' class mix
 * Assumptions: `advance(g, nowS)` is called before every change of group g's state (the driver does); the
 *   values before t = 0 (warm-up) are not metered.
 * Validity: endS > 0.
 * References: ISO/IEC 30134-2 sec. 6 (energy as the integral of power over the period); Little's law for
 *   the offered load (trace.ts).
 * Validated by: test/models/workload/poolMeters.test.ts (hand integrals of piecewise-constant signals)
 * @example const m = new PoolMeters(1, 10); m.advance(0, 5); // nothing metered yet: the state was zero
 */
import { WaitHistogram } from './waitHistogram.js';

/** What the meters read of one group at an instant. */
export interface GroupState {
  allocatedGpus: number;
  busyGpus: number;
  inferenceBusyGpus: number;
  computePowerW: number;
  /** Σ over running jobs of gpus * utilization * the group's speed for the job's class. */
  workGpus: number;
}

export interface PoolGroupStats {
  /** Jobs that started on the group (waits are over these) and that finished in the window. */
  started: number;
  completed: number;
  meanWaitS: number;
  p95WaitS: number;
  allocatedGpuS: number;
  busyGpuS: number;
  inferenceBusyGpuS: number;
  computeEnergyJ: number;
  workGpuS: number;
}

const ALLOCATED = 0, BUSY = 1, INFERENCE = 2, COMPUTE = 3, WORK = 4, CHANNELS = 5;

export class PoolMeters {
  readonly waits: WaitHistogram[];
  readonly completed: Int32Array;
  /** Integrals so far, [group * CHANNELS + channel]. */
  private readonly sums: Float64Array;
  /** Values since the group's last advance, same layout. */
  private readonly now: Float64Array;
  private readonly lastS: Float64Array;

  constructor(readonly groupCount: number, readonly endS: number) {
    this.waits = Array.from({ length: groupCount }, () => new WaitHistogram());
    this.completed = new Int32Array(groupCount);
    this.sums = new Float64Array(groupCount * CHANNELS);
    this.now = new Float64Array(groupCount * CHANNELS);
    this.lastS = new Float64Array(groupCount);
  }

  /** Integrates group g's current values up to nowS (clamped to the window). */
  advance(g: number, nowS: number): void {
    const tS = nowS < 0 ? 0 : nowS > this.endS ? this.endS : nowS;
    const dt = tS - this.lastS[g];
    if (dt > 0) for (let c = 0, k = g * CHANNELS; c < CHANNELS; c++, k++) this.sums[k] += this.now[k] * dt;
    this.lastS[g] = tS;
  }

  /** Sets group g's values (after advance(g, nowS)). */
  set(g: number, s: GroupState): void {
    const k = g * CHANNELS;
    this.now[k + ALLOCATED] = s.allocatedGpus;
    this.now[k + BUSY] = s.busyGpus;
    this.now[k + INFERENCE] = s.inferenceBusyGpus;
    this.now[k + COMPUTE] = s.computePowerW;
    this.now[k + WORK] = s.workGpus;
  }

  stats(g: number): PoolGroupStats {
    this.advance(g, this.endS);
    const k = g * CHANNELS, w = this.waits[g];
    return {
      started: w.count, completed: this.completed[g], meanWaitS: w.meanS(), p95WaitS: w.quantile(0.95),
      allocatedGpuS: this.sums[k + ALLOCATED], busyGpuS: this.sums[k + BUSY],
      inferenceBusyGpuS: this.sums[k + INFERENCE], computeEnergyJ: this.sums[k + COMPUTE], workGpuS: this.sums[k + WORK],
    };
  }
}

/**
 * Effective compute of the pool (see the equation above): useful work delivered / installed capacity, both in
 * reference-accelerator seconds, the capacity weighting each group's speeds by the offered work per class.
 */
export function effectiveCompute(groups: readonly { count: number; gpusPerNode: number; speed: readonly number[] }[],
  perGroup: readonly { workGpuS: number }[], offeredWorkByClass: Float64Array, endS: number): number {
  const offered = offeredWorkByClass.reduce((a, w) => a + w, 0);
  let capacity = 0;
  for (const g of groups) {
    let speed = g.speed[0];
    if (offered > 0) {
      speed = 0;
      offeredWorkByClass.forEach((w, c) => (speed += (g.speed[c] * w) / offered));
    }
    capacity += g.count * g.gpusPerNode * endS * speed;
  }
  return capacity > 0 ? perGroup.reduce((a, s) => a + s.workGpuS, 0) / capacity : 0;
}
