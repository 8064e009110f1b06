/**
 * The utilization-profile workload (a measured profile or a diurnal curve) on
 * the engine: every node follows the profile, one event per step. Helper of
 * workloadProcess.ts, which also uses meteredGpuS() for the job queue.
 */
import type { Env } from '../engine/env.js';
import type { ClusterPower } from '../models/workload/clusterPower.js';
import type { UtilizationSource } from '../models/workload/profile.js';
import type { WorkloadRun, WorkloadStats } from './workloadProcess.js';

/** Every node follows the profile's utilization; one event per step. */
export function startProfile(env: Env, cluster: ClusterPower, source: UtilizationSource,
  window: { startS: number; endS: number }, onChange: (nowS: number) => void, sourceKind: 'profile' | 'diurnal'): WorkloadRun {
  const step = { startS: 0, utilization: 0 };
  const busy = meteredGpuS(window.endS, () => cluster.totalBusy);
  const pull = () => {
    if (source.next(step) && window.startS + step.startS < window.endS) env.at(window.startS + step.startS, kind);
  };
  const kind = env.on('utilization step', (nowS) => {
    busy.advance(nowS);
    cluster.setAll(step.utilization);
    onChange(nowS);
    pull();
  });
  pull();
  const stats = (): WorkloadStats => {
    const mean = busy.total() / (cluster.nodeCount * cluster.gpusPerNode * window.endS); // the profile's mean utilization: all it asks, all it gets
    return { source: sourceKind, submitted: 0, completed: 0, rejected: 0, allocation: mean, offeredLoad: mean, meanWaitS: 0, p95WaitS: 0,
      skippedLines: source.skippedLines, started: 0, waited: 0, ignoredRows: 0, queuedAtEnd: 0 };
  };
  return {
    computePowerW: () => cluster.totalW,
    poweredNodes: () => cluster.powered,
    busyGpus: () => cluster.totalBusy,
    meanUtilization: () => cluster.meanUtilization(),
    stats,
  };
}

/** GPU-seconds of gpus() over the metered window [0, endS]; advance(nowS) before each change of gpus(). stats() is read at endS. */
export function meteredGpuS(endS: number, gpus: () => number): { advance(nowS: number): void; total(): number } {
  const state = new Float64Array(2); // [0] GPU-seconds so far, [1] the time they reach, s (in place: no allocation per event)
  const advance = (nowS: number) => {
    const tS = Math.min(Math.max(nowS, 0), endS);
    state[0] += gpus() * (tS - state[1]);
    state[1] = tS;
  };
  return { advance, total: () => (advance(endS), state[0]) };
}
