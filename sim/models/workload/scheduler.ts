/**
 * GPU placement: which nodes a job runs on. First-fit (lowest-numbered node with
 * enough free GPUs) or best-fit (the node whose free GPUs exceed the need least).
 * A job of g <= gpusPerNode GPUs runs on one node; a larger job takes
 * ceil(g / gpusPerNode) whole, completely free nodes (gang placement, as on DGX pods).
 * The FIFO queue and its head-of-line blocking live in the driver (sim/simulation/workloadProcess.ts).
 *
 * Equation: placement is feasible iff
 *   g <= gpusPerNode: max_i free_i >= g;   else: #{i : free_i = gpusPerNode} >= ceil(g / gpusPerNode)
 *   first-fit node = min { i : free_i >= g };  best-fit node = a node with min { free_i >= g }
 *   a job that could not fit an EMPTY cluster (g > nodeCount * gpusPerNode) is rejected.
 * Assumptions: GPUs of a node are interchangeable; no GPU sharing (a pod asking for a fraction
 *   of a GPU gets a whole one, its share becomes its utilization); no preemption or migration.
 * Validity: 1 <= g. Cost per operation O(1 + nodeCount / 1024) word reads (first-fit: bitsets of
 *   nodes by free GPUs, fitIndex.ts) plus O(gpusPerNode) (best-fit: one list of nodes per free-GPU
 *   count); no allocation per job except the node list of multi-node jobs.
 * References: Garey & Johnson, "Computers and Intractability" (1979) sec. 6.1, first-fit and
 *   best-fit bin packing; Weng et al., "Beware of Fragmentation", USENIX ATC 2023, sec. 2
 *   (best-fit as a packing baseline on the Alibaba GPU cluster); SimPy Resource (FIFO).
 * Validated by: test/models/workload/scheduler.test.ts (never over-allocates, first/best fit choices)
 * @example const s = new Scheduler({ nodeCount: 2, gpusPerNode: 8, policy: 'first-fit' });
 *   const slot = s.jobs.add({ submitS: 0, durationS: 60, gpus: 4, utilization: 1 }, 0);
 *   s.place(slot) // => true, s.jobs.node[slot] === 0, s.freeGpus[0] === 4
 */
import { FitIndex } from './fitIndex.js';
import { JobTable } from './jobTable.js';

export type PlacementPolicy = 'first-fit' | 'best-fit';

export interface SchedulerParams {
  nodeCount: number;
  gpusPerNode: number;
  policy: PlacementPolicy;
  /** The job table to place from; the XPU pool shares one table among its groups' schedulers (default: its own). */
  jobs?: JobTable;
}

export class Scheduler {
  readonly jobs: JobTable;
  readonly nodeCount: number;
  readonly gpusPerNode: number;
  readonly totalGpus: number;
  /** Free GPUs per node. */
  readonly freeGpus: Int32Array;
  /** GPUs allocated to jobs, all nodes. */
  allocatedGpus = 0;
  /** Nodes with every GPU free. */
  emptyNodes: number;
  private readonly bestFit: boolean;
  private readonly fit: FitIndex;
  private readonly bucketHead: Int32Array;
  private readonly nextInBucket: Int32Array;
  private readonly prevInBucket: Int32Array;

  constructor(p: SchedulerParams) {
    if (!(Number.isInteger(p.nodeCount) && p.nodeCount >= 1 && Number.isInteger(p.gpusPerNode) && p.gpusPerNode >= 1)) {
      throw new RangeError(`scheduler: need whole nodeCount and gpusPerNode >= 1, got ${p.nodeCount}, ${p.gpusPerNode}`);
    }
    this.jobs = p.jobs ?? new JobTable();
    const n = (this.nodeCount = p.nodeCount);
    const g = (this.gpusPerNode = p.gpusPerNode);
    this.totalGpus = n * g;
    this.emptyNodes = n;
    this.bestFit = p.policy === 'best-fit';
    this.freeGpus = new Int32Array(n).fill(g);
    this.fit = new FitIndex(n, g);
    this.bucketHead = new Int32Array(g + 1).fill(-1);
    this.nextInBucket = new Int32Array(n).fill(-1);
    this.prevInBucket = new Int32Array(n).fill(-1);
    // Insert in reverse so that each bucket lists nodes in increasing order.
    if (this.bestFit) for (let i = n - 1; i >= 0; i--) this.link(i, g);
  }

  /** False when the job could not run even on an empty cluster (to be rejected). */
  everFits(gpus: number): boolean {
    const g = this.gpusPerNode;
    return gpus <= g || Math.ceil(gpus / g) <= this.nodeCount;
  }

  /** Places job `slot` now if it fits (records its nodes in `jobs`); false otherwise. */
  place(slot: number): boolean {
    const jobs = this.jobs;
    const gpus = jobs.gpus[slot];
    const g = this.gpusPerNode;
    if (gpus <= g) {
      if (this.fit.count[gpus] === 0) return false;
      const node = this.bestFit ? this.bestFitNode(gpus) : this.fit.first(gpus);
      this.take(node, gpus);
      jobs.node[slot] = node;
      jobs.nodeCount[slot] = 1;
      return true;
    }
    const count = Math.ceil(gpus / g);
    if (this.emptyNodes < count) return false;
    const nodes = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const node = this.bestFit ? this.bucketHead[g] : this.fit.first(g);
      this.take(node, g);
      nodes[k] = node;
    }
    jobs.node[slot] = nodes[0];
    jobs.nodeCount[slot] = count;
    jobs.nodes[slot] = nodes;
    return true;
  }

  /** Frees the GPUs of placed job `slot` (the slot itself stays valid until jobs.remove). */
  release(slot: number): void {
    const jobs = this.jobs;
    if (jobs.nodeCount[slot] === 1) this.give(jobs.node[slot], jobs.gpus[slot]);
    else for (const node of jobs.nodes[slot] ?? []) this.give(node, this.gpusPerNode);
  }

  private bestFitNode(gpus: number): number {
    for (let free = gpus; free <= this.gpusPerNode; free++) if (this.bucketHead[free] >= 0) return this.bucketHead[free];
    throw new RangeError('scheduler: no node fits although the index said so');
  }

  private take(node: number, gpus: number): void {
    const before = this.freeGpus[node];
    if (before < gpus) throw new RangeError(`scheduler: node ${node} has ${before} free GPUs, asked ${gpus}`);
    if (before === this.gpusPerNode) this.emptyNodes--;
    this.setFree(node, before, before - gpus);
    this.allocatedGpus += gpus;
  }

  private give(node: number, gpus: number): void {
    const before = this.freeGpus[node];
    const after = before + gpus;
    if (after > this.gpusPerNode) throw new RangeError(`scheduler: node ${node} would have ${after} free GPUs`);
    if (after === this.gpusPerNode) this.emptyNodes++;
    this.setFree(node, before, after);
    this.allocatedGpus -= gpus;
  }

  private setFree(node: number, before: number, after: number): void {
    this.freeGpus[node] = after;
    if (this.bestFit) {
      this.unlink(node, before);
      this.link(node, after);
    }
    this.fit.update(node, before, after);
  }

  private link(node: number, free: number): void {
    const head = this.bucketHead[free];
    this.nextInBucket[node] = head;
    this.prevInBucket[node] = -1;
    if (head >= 0) this.prevInBucket[head] = node;
    this.bucketHead[free] = node;
  }

  private unlink(node: number, free: number): void {
    const prev = this.prevInBucket[node], next = this.nextInBucket[node];
    if (prev >= 0) this.nextInBucket[prev] = next;
    else this.bucketHead[free] = next;
    if (next >= 0) this.prevInBucket[next] = prev;
  }
}
