/**
 * Iman–Conover against a published worked example: Mildenhall (2006), CAS Forum
 * Winter 2006, "Simple Example of Iman-Conover" (data and source in
 * data/mildenhall-2006-iman-conover-example.csv). Given the paper's shuffled
 * score matrix M and target S, dctwin's correlatedScores must give the paper's
 * reference matrix T, and reorderLike the paper's output Y.
 *
 * Tolerance: T within 2e-4 per element: M and T are printed to 5 decimals, so
 * the inputs carry up to 5e-6 rounding and the published T another 5e-6; 2e-4
 * leaves room for that rounding through F^-1 (entries up to ~1.2) without
 * hiding a wrong step (a transposed or upper/lower mix-up moves entries by > 0.1).
 * Y must match exactly (it is a permutation of X's integers).
 * Known difference: Mildenhall writes rows (T = M F^-1 C, C upper triangular);
 * dctwin writes columns (R* = R S', S = P Q^-1, P lower): the same matrix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correlatedScores, correlationMatrix, reorderLike } from '../../sim/tco/imanConover.js';

const rows = readFileSync(new URL('./data/mildenhall-2006-iman-conover-example.csv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).slice(1).map((l) => l.split(',').map(Number));
const column = (offset: number, k: number) => rows.map((r) => r[offset + k]);
const block = (offset: number) => [0, 1, 2, 3].map((k) => column(offset, k));
const [X, M, T, Y] = [0, 4, 8, 12].map(block);
const S = [[1, 0.8, 0.4, 0], [0.8, 1, 0.3, -0.2], [0.4, 0.3, 1, 0.1], [0, -0.2, 0.1, 1]];

describe('Iman–Conover vs Mildenhall (2006) worked example', () => {
  it('has the published 20 rows of 4 inputs', () => {
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.length === 16 && r.every(Number.isFinite))).toBe(true);
  });

  const tStar = correlatedScores(M, S)!;

  it('the reference scores match the published T within 2e-4 per element', () => {
    let worst = 0;
    tStar.forEach((c, k) => c.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - T[k][i])))));
    console.log(`Mildenhall T vs dctwin: largest difference ${worst.toExponential(2)} (tolerance 2e-4)`);
    expect(worst).toBeLessThan(2e-4);
  });

  it('the reference scores have Pearson correlation S (the method\'s defining step; unit check)', () => {
    correlationMatrix(tStar).forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(S[i][j], 10)));
  });

  it('the re-ordered inputs are the published Y exactly', () => {
    const out = X.map((x, k) => reorderLike(x, tStar[k]));
    expect(out).toEqual(Y);
  });
});
