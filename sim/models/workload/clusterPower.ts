/**
 * Running total of the electrical power of a cluster of GPU nodes, updated in
 * O(1) per node change: the state behind WorkloadRun.computePowerW().
 *
 * Equation: totalW = sum_i nodePowerW(busy_i / gpusPerNode) over powered nodes
 *   + standbyPowerW * (powered-down nodes); busy_i = sum over jobs on node i of gpus * utilization
 *   (whole-node jobs spread evenly). Updated as totalW += newW_i - oldW_i with Neumaier's
 *   compensated summation, so rounding does not drift over millions of changes (with integer node
 *   powers, e.g. 2000 W and 10000 W, every partial sum is exact and the compensation stays 0).
 * Assumptions: node power depends only on its own utilization (see it/nodePower.ts).
 * Validity: 0 <= busy_i <= gpusPerNode (utilization clamped to 1); a node with no job is set to
 *   exactly zero busy, so rounding of repeated +/- utilization never leaves a phantom load.
 * References: it/nodePower.ts; Fan, Weber & Barroso, ISCA 2007, sec. 4 (cluster power as the sum
 *   of per-machine utilization models); Neumaier, ZAMM 54 (1974) 39-51 (improved Kahan summation).
 * Validated by: test/models/workload/clusterPower.test.ts
 * @example const c = new ClusterPower(2, 8, (u) => 2000 + 8000 * u, 0, false); c.addBusy(0, 4, false);
 *   c.totalW // => 2000 + 4000 + 2000 = 8000
 */

export class ClusterPower {
  totalW = 0;
  /** Sum of busy GPU-equivalents over all nodes. */
  totalBusy = 0;
  powered = 0;
  readonly busy: Float64Array;
  readonly nodeW: Float64Array;
  readonly on: Uint8Array;
  private sumW = 0;
  private compensationW = 0;

  constructor(
    readonly nodeCount: number,
    readonly gpusPerNode: number,
    private readonly curve: (utilization: number) => number,
    private readonly standbyW: number,
    startOff: boolean,
  ) {
    this.busy = new Float64Array(nodeCount);
    this.nodeW = new Float64Array(nodeCount);
    this.on = new Uint8Array(nodeCount);
    for (let i = 0; i < nodeCount; i++) {
      this.on[i] = startOff ? 0 : 1;
      this.nodeW[i] = startOff ? standbyW : curve(0);
      this.totalW += this.nodeW[i];
    }
    this.sumW = this.totalW;
    this.powered = startOff ? 0 : nodeCount;
  }

  /** Adds (or with a negative value removes) busy GPU-equivalents on a powered node; `empty` when no job is left on it. */
  addBusy(node: number, gpuEquivalents: number, empty: boolean): void {
    let b = this.busy[node] + gpuEquivalents;
    if (empty || b < 0) b = 0;
    this.totalBusy += b - this.busy[node];
    this.busy[node] = b;
    const u = b / this.gpusPerNode;
    this.set(node, this.curve(u > 1 ? 1 : u));
  }

  /** Every node at the same utilization (profile workloads). */
  setAll(utilization: number): void {
    const w = this.curve(utilization);
    for (let i = 0; i < this.nodeCount; i++) this.busy[i] = utilization * this.gpusPerNode;
    this.nodeW.fill(w);
    this.totalW = this.sumW = w * this.nodeCount;
    this.compensationW = 0;
    this.totalBusy = utilization * this.gpusPerNode * this.nodeCount;
  }

  powerOn(node: number): void {
    if (this.on[node] === 1) return;
    this.on[node] = 1;
    this.powered++;
    this.set(node, this.curve(0));
  }

  powerOff(node: number): void {
    if (this.on[node] === 0) return;
    this.on[node] = 0;
    this.powered--;
    this.totalBusy -= this.busy[node];
    this.busy[node] = 0;
    this.set(node, this.standbyW);
  }

  /** Mean utilization over powered nodes, 0-1. */
  meanUtilization(): number {
    return this.powered > 0 ? this.totalBusy / (this.powered * this.gpusPerNode) : 0;
  }

  private set(node: number, w: number): void {
    // Neumaier's compensated sum of the changes: the total stays within an ulp or so of the exact sum.
    const d = w - this.nodeW[node];
    this.nodeW[node] = w;
    const sum = this.sumW;
    const t = sum + d;
    this.compensationW += Math.abs(sum) >= Math.abs(d) ? sum - t + d : d - t + sum;
    this.sumW = t;
    this.totalW = t + this.compensationW;
  }
}
