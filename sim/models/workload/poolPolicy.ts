/**
 * Matching policies of the XPU pool: which node groups a job may run on, and which one it takes when
 * several have room. The queue discipline stays FIFO with head-of-line blocking per group (poolQueues.ts).
 *
 * Equation (the rules; g ranges over the groups; own(j) = the groups the trace's accelerator column names for job j;
 * fits(g, j) = the group's memory per GPU meets j's need and j could fit g when empty):
 *   siloed:        feasible = own(j) ∩ fits; a job naming no type gets one home group at submit by smooth
 *                  weighted round-robin over the fitting groups, weights = installed GPUs x speed for j's class
 *                  (each silo's share of the capacity: a static split, blind to load). Among feasible groups
 *                  with room: the first in group order.
 *   pooled:        feasible = fits (∩ own(j) when the constraint is `required`). Preference: own(j) first,
 *                  then the fastest for j's class, then group order; the job takes the first with room.
 *   energy-aware:  feasible as pooled. The job waits for its lowest expected-energy groups (nodeGroup.ts)
 *                  until it has waited maxWaitS; after that it takes any feasible group, lowest energy first.
 * Assumptions: a job never spans groups (a gang runs on nodes of one type); the choice is made at dispatch
 *   with what is free now (no reservations, no preemption, no migration).
 * Validity: 1-30 groups (bit masks). With one group every policy is the single cluster's FIFO.
 * References: Weng et al., "MLaaS in the Wild", NSDI 2022 (type-constrained tasks on a shared GPU pool);
 *   Narayanan et al. (Gavel), OSDI 2020 (heterogeneity-aware allocation by throughput); nginx smooth
 *   weighted round-robin (ngx_http_upstream_round_robin.c, ngx_http_upstream_get_peer).
 * Validated by: test/models/workload/poolPolicy.test.ts (hand-checked small cases per policy)
 * @example new PoolPolicyMatcher(groups, 'pooled', 'preferred').feasible(job) // => mask of groups meeting its memory
 */
import { expectedJobEnergyJ, groupCurve, memoryFits, type JobShape, type NodeGroupParams } from './nodeGroup.js';

export const POOL_POLICIES = ['siloed', 'pooled', 'energy-aware'] as const;
export type PoolPolicy = (typeof POOL_POLICIES)[number];
/** `required`: the accelerator column binds every policy; `preferred`: only siloed is bound by it. */
export type TypeConstraint = 'required' | 'preferred';

/**
 * Time a job submitted at submitS has waited at nowS, exactly maxWaitS from its wait-limit event on: the event
 * fires at submitS + maxWaitS, and nowS - submitS may round just below maxWaitS there (0.7 + 0.1 - 0.7).
 */
export const waitedUntil = (nowS: number, submitS: number, maxWaitS: number): number =>
  nowS >= submitS + maxWaitS ? Math.max(maxWaitS, nowS - submitS) : nowS - submitS;

export interface PoolJob extends JobShape {
  groupMask: number;
  memoryBytes: number;
}

export class PoolPolicyMatcher {
  private readonly curves: ((u: number) => number)[];
  private readonly credit: Float64Array;
  /** Installed GPUs x speed, per group and class ([g * 3 + class]). */
  private readonly weight: Float64Array;
  private readonly all: number;
  /** Scratch: candidate groups in preference order (reused, no allocation per job). */
  private readonly order: Int32Array;
  /** Scratch: expected energy of the job being ranked, per group (energy-aware). */
  private readonly energyJ: Float64Array;
  /**
   * The last energy-aware `willing` answer and the job shape and feasible set it was for: the driver asks twice
   * for the same head (to find it, then to place it). Expected energy depends only on these, so reuse is exact.
   */
  private readonly lastShape = { gpus: NaN, durationS: NaN, utilization: NaN, jobClass: -1, feasible: -1, mask: 0 };
  /** The key of the order in `order` (pooled: it depends only on the candidates, the job's own types and its class). */
  private readonly lastRank = { mask: NaN, groupMask: NaN, jobClass: NaN, n: 0 };

  constructor(readonly groups: readonly NodeGroupParams[], readonly policy: PoolPolicy, readonly constraint: TypeConstraint,
    private readonly everFits: (group: number, gpus: number) => boolean) {
    this.curves = groups.map(groupCurve);
    this.credit = new Float64Array(3 * groups.length); // per group and class, like weight
    this.weight = Float64Array.from(groups.flatMap((g) => [0, 1, 2].map((c) => g.count * g.gpusPerNode * g.speed[c])));
    this.all = groups.length >= 31 ? -1 : (1 << groups.length) - 1;
    this.order = new Int32Array(groups.length);
    this.energyJ = new Float64Array(groups.length);
  }

  /** Groups the job may ever run on (0 = none: rejected). Siloed jobs naming no type get their home here (call once per job). */
  feasible(j: PoolJob): number {
    let fit = 0;
    for (let g = 0; g < this.groups.length; g++) if (memoryFits(this.groups[g], j.memoryBytes) && this.everFits(g, j.gpus)) fit |= 1 << g;
    const own = j.groupMask === 0 ? this.all : j.groupMask;
    if (this.policy === 'siloed') return j.groupMask === 0 ? this.home(fit, j.jobClass) : own & fit;
    return this.constraint === 'required' ? own & fit : fit;
  }

  /** Groups the job is willing to take now, within `feasible`, having waited `waitedS`. */
  willing(j: PoolJob, feasible: number, waitedS: number, maxWaitS: number): number {
    if (this.policy !== 'energy-aware' || waitedS >= maxWaitS) return feasible;
    const last = this.lastShape;
    if (last.feasible === feasible && last.gpus === j.gpus && last.durationS === j.durationS && last.utilization === j.utilization && last.jobClass === j.jobClass) return last.mask;
    let best = Infinity, mask = 0;
    for (let g = 0; g < this.groups.length; g++) {
      if ((feasible & (1 << g)) === 0) continue;
      const e = expectedJobEnergyJ(this.groups[g], j, this.curves[g]);
      if (e < best) { best = e; mask = 1 << g; } else if (e === best) mask |= 1 << g;
    }
    last.gpus = j.gpus; last.durationS = j.durationS; last.utilization = j.utilization; last.jobClass = j.jobClass;
    last.feasible = feasible; last.mask = mask;
    return mask;
  }

  /**
   * The groups of `mask` in the order the job tries them; returns how many were written to `preferenceOrder()`.
   * Siloed: group order; pooled: own types, then fastest for the class; energy-aware: lowest expected energy.
   */
  rank(j: PoolJob, mask: number): number {
    const r = this.lastRank;
    if (this.policy === 'pooled' && r.mask === mask && r.groupMask === j.groupMask && r.jobClass === j.jobClass) return r.n;
    const order = this.order;
    let n = 0;
    for (let g = 0; g < this.groups.length; g++) if ((mask & (1 << g)) !== 0) order[n++] = g;
    r.mask = mask; r.groupMask = j.groupMask; r.jobClass = j.jobClass; r.n = n;
    if (this.policy === 'siloed' || n < 2) return n;
    // Each group's expected energy once per ranking, not once per comparison (the same doubles).
    if (this.policy === 'energy-aware') for (let i = 0; i < n; i++) this.energyJ[order[i]] = expectedJobEnergyJ(this.groups[order[i]], j, this.curves[order[i]]);
    // Insertion sort on a handful of groups: stable, so ties keep group order.
    for (let i = 1; i < n; i++) {
      const g = order[i];
      let k = i - 1;
      while (k >= 0 && this.before(j, g, order[k])) { order[k + 1] = order[k]; k--; }
      order[k + 1] = g;
    }
    return n;
  }

  preferenceOrder(): Int32Array {
    return this.order;
  }

  /** True when group a is tried strictly before group b for job j. */
  private before(j: PoolJob, a: number, b: number): boolean {
    if (this.policy === 'energy-aware') return this.energyJ[a] < this.energyJ[b];
    const ownA = (j.groupMask & (1 << a)) !== 0, ownB = (j.groupMask & (1 << b)) !== 0;
    if (ownA !== ownB) return ownA;
    return this.groups[a].speed[j.jobClass] > this.groups[b].speed[j.jobClass];
  }

  /** Smooth weighted round-robin over the groups of `fit` by capacity for the class: one bit (0 when none fits). */
  private home(fit: number, jobClass: number): number {
    let total = 0, pick = -1;
    for (let g = 0; g < this.groups.length; g++) {
      if ((fit & (1 << g)) === 0) continue;
      const w = this.weight[3 * g + jobClass];
      this.credit[3 * g + jobClass] += w;
      total += w;
      if (pick < 0 || this.credit[3 * g + jobClass] > this.credit[3 * pick + jobClass]) pick = g;
    }
    if (pick < 0) return 0;
    this.credit[3 * pick + jobClass] -= total;
    return 1 << pick;
  }
}
