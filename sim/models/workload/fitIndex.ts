/**
 * Index of nodes by free GPUs for first-fit placement: for every threshold k
 * (1..gpusPerNode) a bitset of the nodes with at least k free GPUs, a summary
 * bitset of its non-zero 32-bit words, and the count of its nodes.
 *
 * Equation: bit i of set k is 1 iff free_i >= k;  count_k = #{i : free_i >= k}
 *   first(k) = min { i : free_i >= k } = 32 * w + ctz(word_w) with w = the first non-zero word,
 *   found as 32 * s + ctz(summary_s) from the first non-zero summary word s;
 *   ctz(x) = 31 - clz32(x & -x) (index of the lowest set bit).
 * Assumptions: free GPUs per node are whole numbers 0..gpusPerNode.
 * Validity: first(k) costs O(1 + nodeCount / 1024) word reads (a scan of the summary); a change of
 *   free_i from a to b costs O(|a - b|) bit flips; memory 2 * gpusPerNode * nodeCount / 32 words.
 * References: Garey & Johnson, "Computers and Intractability" (1979) sec. 6.1 (first-fit bin
 *   packing); Warren, "Hacker's Delight" 2nd ed. (2013) sec. 5-4 (counting trailing zeros from
 *   clz of x & -x); Linux kernel find_first_bit() (lib/find_bit.c), the same word-scan idea.
 * Validated by: test/models/workload/fitIndex.test.ts (first(k) equals a linear scan, property test)
 * @example const f = new FitIndex(40, 8); f.update(0, 8, 3); f.first(4) // => 1, f.first(3) === 0
 */

export class FitIndex {
  /** Nodes with at least k free GPUs, at [k] (k = 1..gpusPerNode; [0] unused). */
  readonly count: Int32Array;
  private readonly words: number;
  private readonly summaryWords: number;
  private readonly bits: Int32Array;
  private readonly summary: Int32Array;

  /** Starts with every node completely free. */
  constructor(readonly nodeCount: number, readonly gpusPerNode: number) {
    const words = (this.words = (nodeCount + 31) >>> 5);
    const summaryWords = (this.summaryWords = (words + 31) >>> 5);
    this.bits = new Int32Array(gpusPerNode * words);
    this.summary = new Int32Array(gpusPerNode * summaryWords);
    this.count = new Int32Array(gpusPerNode + 1);
    for (let k = 1; k <= gpusPerNode; k++) {
      for (let i = 0; i < nodeCount; i++) this.set(k, i);
    }
  }

  /** Lowest-numbered node with at least k (1..gpusPerNode) free GPUs; -1 when none. */
  first(k: number): number {
    if (this.count[k] === 0) return -1;
    const summary = this.summary;
    let s = (k - 1) * this.summaryWords;
    while (summary[s] === 0) s++;
    const sw = summary[s];
    const w = ((s - (k - 1) * this.summaryWords) << 5) + 31 - Math.clz32(sw & -sw);
    const word = this.bits[(k - 1) * this.words + w];
    return (w << 5) + 31 - Math.clz32(word & -word);
  }

  /** Records that node's free GPUs went from `before` to `after`. */
  update(node: number, before: number, after: number): void {
    if (after > before) for (let k = before + 1; k <= after; k++) this.set(k, node);
    else for (let k = after + 1; k <= before; k++) this.clear(k, node);
  }

  private set(k: number, node: number): void {
    const w = node >>> 5;
    const at = (k - 1) * this.words + w;
    const old = this.bits[at];
    this.bits[at] = old | (1 << (node & 31));
    this.count[k]++;
    if (old === 0) this.summary[(k - 1) * this.summaryWords + (w >>> 5)] |= 1 << (w & 31);
  }

  private clear(k: number, node: number): void {
    const w = node >>> 5;
    const at = (k - 1) * this.words + w;
    const now = this.bits[at] & ~(1 << (node & 31));
    this.bits[at] = now;
    this.count[k]--;
    if (now === 0) this.summary[(k - 1) * this.summaryWords + (w >>> 5)] &= ~(1 << (w & 31));
  }
}
