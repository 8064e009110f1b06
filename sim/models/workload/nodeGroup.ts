/**
 * A node group of the XPU pool: nodes of one accelerator type, their power model, memory and speed per
 * job class. A one-group workload is today's cluster; several groups serve one job stream under a
 * matching policy (poolPolicy.ts).
 *
 * Equation: run time of a job on group g = durationS / speed_g[class] (durationS is the job's length on
 *   the reference accelerator, speed 1); expected energy of a job on g (energy-aware policy) =
 *   (gpus / gpusPerNode_g) * nodePower_g(utilization) * durationS / speed_g[class]: the job's share of the
 *   nodes it occupies, idle share included (a node's idle draw is paid while the job holds it).
 * Assumptions: speed is a constant per (accelerator, class) ratio of work per second, independent of job
 *   size and of the model trained (real speedups are model-dependent: the catalogue's are reference figures).
 * Validity: 1-30 groups; speed > 0; memoryBytes 0 means not stated (every job fits).
 * References: Weng et al., "MLaaS in the Wild", NSDI 2022 (heterogeneous GPU types, constrained tasks);
 *   Narayanan et al., "Heterogeneity-Aware Cluster Scheduling Policies for Deep Learning Workloads"
 *   (Gavel), OSDI 2020, sec. 3 (throughput matrix of job type x accelerator type, the speed used here).
 * Validated by: test/models/workload/nodeGroup.test.ts
 * @example expectedJobEnergyJ(group, { gpus: 4, durationS: 3600, utilization: 1, jobClass: 0 })
 *   // 8-GPU nodes, 10 kW at full load, speed 2: 0.5 * 10000 * 1800 = 9e6 J
 */
import { nodePowerCurve, type NodePowerParams } from '../it/nodePower.js';
import { JOB_CLASSES } from './job.js';

export const MAX_NODE_GROUPS = 30;

export interface NodeGroupParams {
  /** The group's name in the scenario (`h100`), unique. */
  id: string;
  /** Catalogue record the defaults came from (sim/models/it/accelerators.ts), when one was named. */
  accelerator?: string;
  count: number;
  gpusPerNode: number;
  /** Component (compute) power of one node versus utilization, before server fans and PSU losses. */
  power: NodePowerParams;
  /** The figures as the scenario gave them, when they were wall input (converted into `power`). */
  wallInput?: NodePowerParams;
  powerDownIdle: boolean;
  powerOnDelayS: number;
  /** Accelerator memory per GPU, bytes; 0 = not stated (every job's need is met). */
  memoryBytes: number;
  /** Work per second relative to the reference accelerator, per JOB_CLASSES entry. */
  speed: readonly number[];
  /** Inference tokens per second per accelerator on the catalogue's reference workload, when stated. */
  tokensPerSecondPerGpu?: number;
}

/** GPUs installed in all groups. */
export const totalGpus = (groups: readonly NodeGroupParams[]): number => groups.reduce((a, g) => a + g.count * g.gpusPerNode, 0);

/** Nodes in all groups. */
export const totalNodes = (groups: readonly NodeGroupParams[]): number => groups.reduce((a, g) => a + g.count, 0);

/** True when group g can hold a job needing `memoryBytes` per GPU (0 = no stated need or capacity). */
export const memoryFits = (g: NodeGroupParams, memoryBytes: number): boolean => memoryBytes === 0 || g.memoryBytes === 0 || memoryBytes <= g.memoryBytes;

export interface JobShape {
  gpus: number;
  durationS: number;
  utilization: number;
  jobClass: number;
}

/** Run time of a job on group g, s. */
export const runTimeS = (g: NodeGroupParams, durationS: number, jobClass: number): number => durationS / g.speed[jobClass];

/** A group's node power curve (W at utilization 0-1), built once per group. */
export const groupCurve = (g: NodeGroupParams): ((u: number) => number) => nodePowerCurve(g.power);

/** Expected energy of a job on group g (see the equation), J; `curve` is groupCurve(g). */
export function expectedJobEnergyJ(g: NodeGroupParams, job: JobShape, curve = groupCurve(g)): number {
  const u = job.utilization > 1 ? 1 : job.utilization;
  return (job.gpus / g.gpusPerNode) * curve(u) * runTimeS(g, job.durationS, job.jobClass);
}

export const jobClassName = (k: number): string => JOB_CLASSES[k] ?? `class ${k}`;
