/**
 * The one place that connects jobs and the scheduler to the engine (a helper of
 * simulate.ts). Jobs are pulled lazily from their source: only the next arrival
 * is ever scheduled, so memory grows with the jobs in the system, not with the
 * jobs in the trace. `onChange(nowS)` is called after every change of cluster
 * power (job start or end, profile step, node power-on/off): once per event that
 * changed it, after all its changes (a finish whose node the queue head takes at
 * the same instant notifies once; the power in between lasted 0 s and adds no energy).
 *
 * Queue discipline: one FIFO queue with head-of-line blocking: when the oldest
 * waiting job does not fit, no later job starts (no backfilling), as SimPy's Resource.
 * Power: each node draws nodePower(busy GPU-equivalents / gpusPerNode); a node with no job
 * is powered down at once when powerDownIdle (standby power), and a job placed on a
 * powered-down node starts powerOnDelayS later (the node draws idle power while booting).
 */
import type { Env } from '../engine/env.js';
import type { RandomStreams } from '../engine/random.js';
import { nodePowerCurve } from '../models/it/nodePower.js';
import { newJobRecord, type JobSource } from '../models/workload/job.js';
import { Scheduler } from '../models/workload/scheduler.js';
import { SlotQueue } from '../models/workload/jobTable.js';
import { WaitHistogram } from '../models/workload/waitHistogram.js';
import { openTrace } from '../models/workload/trace.js';
import type { WorkloadParams } from '../scenario/schema/workload.js';
import { ClusterPower } from '../models/workload/clusterPower.js';
import { openProfile, type UtilizationSource } from '../models/workload/profile.js';
import { diurnalProfile, poissonJobs } from '../models/workload/generators.js';
import { meteredGpuS, startProfile } from './profileProcess.js';
import { startPool } from './poolProcess.js';
import type { PoolPolicy } from '../models/workload/poolPolicy.js';
import type { PoolGroupStats } from '../models/workload/poolMeters.js';

export type { WorkloadParams } from '../scenario/schema/workload.js';
import type { JobStats } from '../types/summary.js';

/** The summary's job statistics plus what the workload knows besides. */
export interface WorkloadStats extends JobStats {
  /** Jobs that started (waits are over these). */
  started: number;
  /** Started jobs whose wait was > 0. */
  waited: number;
  /** Trace rows that are not GPU jobs (0 GPUs) or outside the trace window. */
  ignoredRows: number;
  /** Jobs still queued at the end of the window (cut off). */
  queuedAtEnd: number;
  /** Several node groups (poolProcess.ts): the policy, per-group figures in group order, and effective compute. */
  pool?: { policy: PoolPolicy; groups: PoolGroupStats[]; effectiveCompute: number };
}

export interface WorkloadRun {
  /** Sum over nodes of node power (W), design-independent. */
  computePowerW(): number;
  poweredNodes(): number;
  /** GPUs allocated to jobs (booting or running); in profile mode utilization * all GPUs. */
  busyGpus(): number;
  /** Mean GPU utilization over powered nodes, 0-1. */
  meanUtilization(): number;
  /** Several node groups: per group g, out[3g] compute power W, out[3g + 1] powered nodes, out[3g + 2] busy GPU-equivalents / GPUs per node. */
  groupState?(out: Float64Array): void;
  /** Jobs running now (started, not finished); absent for utilization profiles (no jobs). */
  runningJobs?(): number;
  stats(): WorkloadStats;
}

/** Optional hooks for tests and traces of single jobs (not needed by simulate). */
export interface WorkloadObserver {
  jobStarted?(submitS: number, startS: number, gpus: number, group?: number): void;
}

export function startWorkload(env: Env, params: WorkloadParams, streams: RandomStreams,
  window: { startS: number; endS: number }, onChange: (nowS: number) => void, observer?: WorkloadObserver): WorkloadRun {
  const { count: nodeCount, gpusPerNode, powerDownIdle, powerOnDelayS } = params.groups[0];
  const curve = nodePowerCurve(params.groups[0].power);
  const standbyW = params.groups[0].power.standbyPowerW ?? 0;
  const j = params.jobs;
  if (j.kind === 'profile' || j.kind === 'diurnal') {
    const cluster = new ClusterPower(nodeCount, gpusPerNode, curve, standbyW, false);
    const source = j.kind === 'profile' ? openProfile(j.profile) : diurnalProfile(j.diurnal);
    return startProfile(env, cluster, source, window, onChange, j.kind);
  }
  const source: JobSource = j.kind === 'trace'
    ? openTrace(j.trace)
    : poissonJobs(j.poisson, {
        arrivals: streams.stream('arrivals'), durations: streams.stream('durations'), sizes: streams.stream('sizes'),
      });
  if (params.groups.length > 1) return startPool(env, params, source, window, onChange, observer);
  const cluster = new ClusterPower(nodeCount, gpusPerNode, curve, standbyW, powerDownIdle);
  const sched = new Scheduler({ nodeCount, gpusPerNode, policy: params.scheduler });
  const jobs = sched.jobs;
  const queue = new SlotQueue();
  const waits = new WaitHistogram();
  const readyS = new Float64Array(nodeCount).fill(-Infinity);
  let submitted = 0, completed = 0, rejected = 0, waited = 0;
  const offeredGpuS = new Float64Array(1); // a typed array, not a `let` double: no allocation per write (generators.ts)
  const allocated = meteredGpuS(window.endS, () => sched.allocatedGpus);

  const record = newJobRecord();
  const arriveKind = env.on('job arrival', (nowS) => {
    submitted++;
    allocated.advance(nowS);
    if (!sched.everFits(record.gpus)) rejected++;
    else {
      if (nowS >= 0) offeredGpuS[0] += record.gpus * record.durationS;
      const slot = jobs.add(record, nowS);
      // Fast path: nobody waiting and the job fits (FIFO order is kept: the queue is empty).
      if (queue.length === 0 && !powerDownIdle && sched.place(slot)) {
        run(slot, nowS);
        onChange(nowS);
      } else {
        queue.push(slot);
        if (dispatch(nowS)) onChange(nowS);
      }
    }
    pullNext();
  });
  const startKind = env.on('job start', (nowS, slot) => {
    run(slot, nowS);
    onChange(nowS);
  });
  const finishKind = env.on('job end', (nowS, slot) => {
    completed++;
    allocated.advance(nowS);
    sched.release(slot);
    const share = -(jobs.gpus[slot] * jobs.utilization[slot]);
    if (jobs.nodeCount[slot] === 1) release(jobs.node[slot], share);
    else for (const node of jobs.nodes[slot] ?? []) release(node, share / jobs.nodeCount[slot]);
    jobs.remove(slot);
    dispatch(nowS);
    onChange(nowS);
  });

  function release(node: number, share: number): void {
    const empty = sched.freeGpus[node] === gpusPerNode;
    cluster.addBusy(node, share, empty);
    if (empty && powerDownIdle) cluster.powerOff(node);
  }

  function pullNext(): void {
    if (!source.next(record)) return;
    const atS = window.startS + record.submitS;
    if (atS < window.endS) env.at(atS, arriveKind);
  }

  /** Starts queued jobs in FIFO order until the head does not fit (head-of-line blocking); true if power changed. */
  function dispatch(nowS: number): boolean {
    let changed = false;
    while (queue.length > 0 && sched.place(queue.peek())) {
      const slot = queue.shift();
      let startS = nowS;
      let switched = false;
      if (powerDownIdle) {
        const n = jobs.nodeCount[slot];
        const nodes = n > 1 ? jobs.nodes[slot] : undefined;
        for (let k = 0; k < n; k++) {
          const node = nodes === undefined ? jobs.node[slot] : nodes[k];
          if (cluster.on[node] === 0) {
            cluster.powerOn(node);
            readyS[node] = nowS + powerOnDelayS;
            switched = true;
          }
          if (readyS[node] > startS) startS = readyS[node];
        }
      }
      if (startS > nowS) {
        env.at(startS, startKind, slot);
        if (switched) changed = true;
      } else {
        run(slot, nowS);
        changed = true;
      }
    }
    return changed;
  }

  function run(slot: number, nowS: number): void {
    const waitS = nowS - jobs.submitS[slot];
    waits.add(waitS);
    if (waitS > 0) waited++;
    observer?.jobStarted?.(jobs.submitS[slot], nowS, jobs.gpus[slot]);
    const busy = jobs.gpus[slot] * jobs.utilization[slot];
    if (jobs.nodeCount[slot] === 1) cluster.addBusy(jobs.node[slot], busy, false);
    else for (const node of jobs.nodes[slot] ?? []) cluster.addBusy(node, busy / jobs.nodeCount[slot], false);
    const endS = nowS + jobs.durationS[slot];
    if (endS < window.endS) env.at(endS, finishKind, slot);
  }

  pullNext();
  return {
    computePowerW: () => cluster.totalW,
    poweredNodes: () => cluster.powered,
    busyGpus: () => sched.allocatedGpus,
    runningJobs: () => waits.count - completed,
    meanUtilization: () => cluster.meanUtilization(),
    stats: (): WorkloadStats => ({
      source: j.kind, submitted, completed, rejected,
      allocation: allocated.total() / (nodeCount * gpusPerNode * window.endS),
      offeredLoad: offeredGpuS[0] / (nodeCount * gpusPerNode * window.endS),
      meanWaitS: waits.meanS(),
      p95WaitS: waits.quantile(0.95),
      skippedLines: source.skippedLines,
      started: waits.count, waited,
      ignoredRows: source.ignoredRows,
      queuedAtEnd: queue.length,
    }),
  };
}
