/**
 * The XPU pool's driver (a helper of workloadProcess.ts, used when the workload has several node groups):
 * one job stream, one engine clock, a scheduler and a cluster power per group, and the matching policy
 * (poolPolicy.ts) choosing each job's group. Same event kinds and order as the single cluster: arrival,
 * start (after a power-on delay), end; plus, under energy-aware, a job's wait limit.
 *
 * Queue discipline: FIFO with head-of-line blocking per group. Jobs wait in one queue per feasible set
 * (poolQueues.ts); a dispatch takes the oldest head whose willing groups are not blocked, places it on the
 * first of them (policy order) with room, or, if none has room, blocks its willing groups for every later
 * job of this dispatch. With one group this is workloadProcess.ts's FIFO exactly; with one group per job
 * (siloed) it is one FIFO per group.
 * Power and metering: as workloadProcess.ts per group; run time on group g = duration / speed_g[class].
 */
import type { Env } from '../engine/env.js';
import { newJobRecord, type JobSource } from '../models/workload/job.js';
import { JobTable } from '../models/workload/jobTable.js';
import { Scheduler } from '../models/workload/scheduler.js';
import { ClusterPower } from '../models/workload/clusterPower.js';
import { WaitHistogram } from '../models/workload/waitHistogram.js';
import { groupCurve, totalGpus } from '../models/workload/nodeGroup.js';
import { PoolPolicyMatcher, waitedUntil } from '../models/workload/poolPolicy.js';
import { effectiveCompute, PoolMeters } from '../models/workload/poolMeters.js';
import { PoolQueues } from '../models/workload/poolQueues.js';
import type { WorkloadParams } from '../scenario/schema/workload.js';
import type { WorkloadObserver, WorkloadRun, WorkloadStats } from './workloadProcess.js';

const INFERENCE = 1;

export function startPool(env: Env, params: WorkloadParams, source: JobSource, window: { startS: number; endS: number },
  onChange: (nowS: number) => void, observer?: WorkloadObserver): WorkloadRun {
  const groups = params.groups;
  const jobs = new JobTable();
  const scheds = groups.map((g) => new Scheduler({ nodeCount: g.count, gpusPerNode: g.gpusPerNode, policy: params.scheduler, jobs }));
  const clusters = groups.map((g) => new ClusterPower(g.count, g.gpusPerNode, groupCurve(g), g.power.standbyPowerW ?? 0, g.powerDownIdle));
  const readyS = groups.map((g) => new Float64Array(g.count).fill(-Infinity));
  const inferenceBusy = new Float64Array(groups.length);
  const workRate = new Float64Array(groups.length);
  const offeredWorkByClass = new Float64Array(3);
  const matcher = new PoolPolicyMatcher(groups, params.policy, params.typeConstraint ?? 'preferred', (g, gpus) => scheds[g].everFits(gpus));
  const queues = new PoolQueues(jobs);
  const meters = new PoolMeters(groups.length, window.endS);
  const waits = new WaitHistogram();
  const groupOf: number[] = [];
  const feasibleOf: number[] = [];
  /** Queue of each waiting job: its feasible set, and under energy-aware also its cheapest groups (PoolQueues.keyOf). */
  const queueOf: number[] = [];
  const installedGpus = totalGpus(groups);
  let submitted = 0, completed = 0, rejected = 0, waited = 0, offeredGpuS = 0;
  const maxWaitS = params.maxWaitS;
  const energyAware = params.policy === 'energy-aware';

  const meter = (g: number, nowS: number) => meters.advance(g, nowS);
  const settle = (g: number) => meters.set(g, {
    allocatedGpus: scheds[g].allocatedGpus, busyGpus: clusters[g].totalBusy, inferenceBusyGpus: inferenceBusy[g], computePowerW: clusters[g].totalW,
    workGpus: workRate[g],
  });

  const record = newJobRecord();
  const arriveKind = env.on('job arrival', (nowS) => {
    submitted++;
    const feasible = matcher.feasible(record);
    if (feasible === 0) rejected++;
    else {
      if (nowS >= 0) {
        offeredGpuS += record.gpus * record.durationS;
        offeredWorkByClass[record.jobClass] += record.gpus * record.utilization * record.durationS;
      }
      const slot = jobs.add(record, nowS);
      feasibleOf[slot] = feasible;
      queueOf[slot] = energyAware ? queues.keyOf(feasible, matcher.willing(record, feasible, 0, maxWaitS)) : feasible;
      queues.push(queueOf[slot], slot);
      if (energyAware && maxWaitS > 0) env.at(nowS + maxWaitS, waitLimitKind);
      if (dispatch(nowS)) onChange(nowS);
    }
    pullNext();
  });
  const startKind = env.on('job start', (nowS, slot) => {
    run(slot, nowS);
    onChange(nowS);
  });
  const finishKind = env.on('job end', (nowS, slot) => {
    completed++;
    const g = groupOf[slot], sched = scheds[g], cluster = clusters[g];
    meter(g, nowS);
    if (nowS <= window.endS && nowS >= 0) meters.completed[g]++;
    sched.release(slot);
    const share = -(jobs.gpus[slot] * jobs.utilization[slot]);
    if (jobs.jobClass[slot] === INFERENCE) inferenceBusy[g] += share;
    workRate[g] += share * groups[g].speed[jobs.jobClass[slot]];
    const n = jobs.nodeCount[slot];
    for (let k = 0; k < n; k++) {
      const node = n === 1 ? jobs.node[slot] : (jobs.nodes[slot] as Int32Array)[k];
      const empty = sched.freeGpus[node] === groups[g].gpusPerNode;
      cluster.addBusy(node, share / n, empty);
      if (empty && groups[g].powerDownIdle) cluster.powerOff(node);
    }
    // A group with no job left is exactly idle: rounding of repeated +/- shares never leaves a phantom load.
    if (sched.allocatedGpus === 0) inferenceBusy[g] = workRate[g] = 0;
    settle(g);
    jobs.remove(slot);
    dispatch(nowS);
    onChange(nowS);
  });
  const waitLimitKind = env.on('job wait limit', (nowS) => {
    if (dispatch(nowS)) onChange(nowS);
  });

  function pullNext(): void {
    if (!source.next(record)) return;
    const atS = window.startS + record.submitS;
    if (atS < window.endS) env.at(atS, arriveKind);
  }

  /** Places the job at the head of the queues as the header says, until every head is blocked; true if power changed. */
  function dispatch(nowS: number): boolean {
    let changed = false, blocked = 0;
    for (;;) {
      const slot = queues.oldestHead((s) => matcher.willing(jobOf(s), feasibleOf[s], waitedS(s, nowS), maxWaitS) & ~blocked);
      if (slot < 0) return changed;
      const willing = matcher.willing(jobOf(slot), feasibleOf[slot], waitedS(slot, nowS), maxWaitS) & ~blocked;
      const n = matcher.rank(jobOf(slot), willing);
      const order = matcher.preferenceOrder();
      let placedOn = -1;
      for (let i = 0; i < n && placedOn < 0; i++) {
        const g = order[i];
        meter(g, nowS);
        if (scheds[g].place(slot)) placedOn = g;
      }
      if (placedOn < 0) {
        blocked |= willing;
        continue;
      }
      queues.shift(queueOf[slot]);
      groupOf[slot] = placedOn;
      if (start(slot, placedOn, nowS)) changed = true;
    }
  }

  const shape = newJobRecord();
  const jobOf = (slot: number) => jobs.read(slot, shape);
  const waitedS = (slot: number, nowS: number) => waitedUntil(nowS, jobs.submitS[slot], maxWaitS);

  /** Powers on what the job needs, then runs it now or after the power-on delay; true if power changed now. */
  function start(slot: number, g: number, nowS: number): boolean {
    const group = groups[g], cluster = clusters[g];
    let startS = nowS, switched = false;
    if (group.powerDownIdle) {
      const n = jobs.nodeCount[slot];
      for (let k = 0; k < n; k++) {
        const node = n === 1 ? jobs.node[slot] : (jobs.nodes[slot] as Int32Array)[k];
        if (cluster.on[node] === 0) {
          cluster.powerOn(node);
          readyS[g][node] = nowS + group.powerOnDelayS;
          switched = true;
        }
        if (readyS[g][node] > startS) startS = readyS[g][node];
      }
      settle(g);
    }
    if (startS > nowS) {
      env.at(startS, startKind, slot);
      return switched;
    }
    run(slot, nowS);
    return true;
  }

  function run(slot: number, nowS: number): void {
    const g = groupOf[slot], cluster = clusters[g];
    meter(g, nowS);
    const waitS = nowS - jobs.submitS[slot];
    waits.add(waitS);
    meters.waits[g].add(waitS);
    if (waitS > 0) waited++;
    observer?.jobStarted?.(jobs.submitS[slot], nowS, jobs.gpus[slot], g);
    const busy = jobs.gpus[slot] * jobs.utilization[slot];
    if (jobs.jobClass[slot] === INFERENCE) inferenceBusy[g] += busy;
    workRate[g] += busy * groups[g].speed[jobs.jobClass[slot]];
    const n = jobs.nodeCount[slot];
    for (let k = 0; k < n; k++) cluster.addBusy(n === 1 ? jobs.node[slot] : (jobs.nodes[slot] as Int32Array)[k], busy / n, false);
    settle(g);
    const endS = nowS + jobs.durationS[slot] / groups[g].speed[jobs.jobClass[slot]];
    if (endS < window.endS) env.at(endS, finishKind, slot);
  }

  groups.forEach((_, g) => settle(g));
  pullNext();
  const sum = (f: (g: number) => number) => { let s = 0; for (let g = 0; g < groups.length; g++) s += f(g); return s; };
  return {
    computePowerW: () => sum((g) => clusters[g].totalW),
    poweredNodes: () => sum((g) => clusters[g].powered),
    groupState: (out) => {
      for (let g = 0; g < groups.length; g++) {
        out[3 * g] = clusters[g].totalW;
        out[3 * g + 1] = clusters[g].powered;
        out[3 * g + 2] = clusters[g].totalBusy / groups[g].gpusPerNode;
      }
    },
    busyGpus: () => sum((g) => scheds[g].allocatedGpus),
    runningJobs: () => waits.count - completed,
    meanUtilization: () => {
      const poweredGpus = sum((g) => clusters[g].powered * groups[g].gpusPerNode);
      return poweredGpus > 0 ? sum((g) => clusters[g].totalBusy) / poweredGpus : 0;
    },
    stats: (): WorkloadStats => {
      const perGroup = groups.map((_, g) => meters.stats(g));
      const allocatedGpuS = perGroup.reduce((a, s) => a + s.allocatedGpuS, 0);
      const installedS = installedGpus * window.endS;
      return {
        source: params.jobs.kind as 'trace' | 'poisson', submitted, completed, rejected,
        allocation: allocatedGpuS / installedS,
        offeredLoad: offeredGpuS / installedS,
        meanWaitS: waits.meanS(), p95WaitS: waits.quantile(0.95),
        skippedLines: source.skippedLines, started: waits.count, waited, ignoredRows: source.ignoredRows,
        queuedAtEnd: queues.length,
        pool: { policy: params.policy, groups: perGroup, effectiveCompute: effectiveCompute(groups, perGroup, offeredWorkByClass, window.endS) },
      };
    },
  };
}
