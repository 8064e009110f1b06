/**
 * Iman–Conover: rearranges independent samples of several inputs so that their
 * rank correlations approach a stated target, each input keeping exactly the
 * values it drew (its marginal distribution is untouched).
 *
 * Equation (Iman & Conover 1982, §3; the same steps in Mildenhall 2006, §4):
 *   scores a_j = probit(j / (N + 1)), j = 1..N (van der Waerden scores);
 *   R (N x K): column k holds the scores in the rank order of input k's draws
 *     (the draws are independent, so this is the paper's random permutation of a);
 *   T = corr(R), Q Q' = T, P P' = C (Cholesky, lower), S = P Q^-1;
 *   R* = R S'  (corr(R*) = C exactly);
 *   input k's draws are re-ordered so that their ranks are the ranks of column k of R*.
 * Assumptions: N > K (T is then almost surely positive definite); C is positive definite.
 * Units: dimensionless (ranks and correlations); the inputs keep their own.
 * Validity: any marginal distributions; the induced rank correlation approaches C
 *   as N grows (Spearman of R* is close to, not equal to, its Pearson correlation C).
 * References: R. L. Iman, W. J. Conover (1982), "A distribution-free approach to
 *   inducing rank correlation among input variables", Commun. Statist.-Simula.
 *   Computa. 11(3), 311-334; S. J. Mildenhall (2006), "Correlation and aggregate
 *   loss distributions with an emphasis on the Iman-Conover method", CAS Forum
 *   Winter 2006, 103-204; Acklam (2003) probit (inverseNormal.ts).
 * Validated by: test/validation/imanConover.validation.test.ts (Mildenhall 2006's worked example),
 *   test/tco/imanConover.test.ts.
 * @example reorderLike([10, 30, 20], [0.7, -1, 0.2]) // => [30, 10, 20]
 */
import { inverseNormal } from './inverseNormal.js';

/** Lower Cholesky factor L (L L' = a), or undefined when `a` is not positive definite. */
export function cholesky(a: readonly (readonly number[])[]): number[][] | undefined {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 1e-12)) return undefined;
        l[i][i] = Math.sqrt(sum);
      } else l[i][j] = sum / l[j][j];
    }
  }
  return l;
}

/** Inverse of a lower-triangular matrix (forward substitution, column by column). */
function invertLower(l: number[][]): number[][] {
  const n = l.length;
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    for (let i = c; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = c; k < i; k++) sum -= l[i][k] * inv[k][c];
      inv[i][c] = sum / l[i][i];
    }
  }
  return inv;
}

/** Pearson correlation matrix of the columns. */
export function correlationMatrix(columns: readonly (readonly number[])[]): number[][] {
  const centred = columns.map((c) => {
    const mean = c.reduce((s, x) => s + x, 0) / c.length;
    return c.map((x) => x - mean);
  });
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
  return centred.map((a) => centred.map((b) => dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b))));
}

/** ranks[i] = position of values[i] in ascending order (0-based; ties by index, so it is a permutation). */
export function ranksOf(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j] || i - j);
  const ranks = new Array<number>(values.length);
  order.forEach((i, r) => (ranks[i] = r));
  return ranks;
}

/**
 * The reference scores R* = R S' with S = P Q^-1 (P P' = target, Q Q' = corr(R)): columns of `scores` made to
 * have Pearson correlation `target` exactly. Undefined when corr(scores) is not positive definite.
 */
export function correlatedScores(scores: readonly (readonly number[])[], target: readonly (readonly number[])[]): number[][] | undefined {
  const p = cholesky(target);
  if (p === undefined) throw new RangeError('imanConover: target correlation is not positive definite');
  const q = cholesky(correlationMatrix(scores));
  if (q === undefined) return undefined;
  const qInv = invertLower(q);
  const n = scores[0].length;
  // S = P Q^-1 (lower triangular); column m of R* is sum_j S[m][j] * column j of R.
  const s = p.map((row) => qInv[0].map((_, c) => row.reduce((sum, x, j) => sum + x * qInv[j][c], 0)));
  return s.map((row) => Array.from({ length: n }, (_, i) => row.reduce((sum, x, j) => sum + x * scores[j][i], 0)));
}

/** The values of `values` re-ordered to rank like `reference` (the smallest value where reference is smallest...). */
export function reorderLike(values: readonly number[], reference: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return ranksOf(reference).map((rank) => sorted[rank]);
}

/**
 * Re-orders each of the K columns (N draws each) so that their rank correlations approach `target` (K x K);
 * returns new columns, the same values in each. Deterministic: the scores' order comes from the draws.
 * Columns are returned unchanged when N <= K (too few samples to carry K correlated columns).
 */
export function imanConover(columns: readonly (readonly number[])[], target: readonly (readonly number[])[]): number[][] {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  if (n <= k) return columns.map((c) => [...c]);
  const scores = Array.from({ length: n }, (_, j) => inverseNormal((j + 1) / (n + 1)));
  const rStar = correlatedScores(columns.map((c) => ranksOf(c).map((rank) => scores[rank])), target);
  if (rStar === undefined) return columns.map((c) => [...c]);
  return columns.map((c, m) => reorderLike(c, rStar[m]));
}
