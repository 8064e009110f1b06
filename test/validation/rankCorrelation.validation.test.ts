/**
 * Spearman rank correlation (sim/studies/montecarlo/rankCorrelation.ts) against a published worked example:
 * IQ versus hours of television per week (test/validation/data/spearman-iq-tv-example.csv, source in its header),
 * published rho = -29/165 = -0.175757575...
 * Tolerance: 1e-12 absolute (the published value is exact; only floating-point rounding differs).
 * Known differences: none; the example has no ties, so the published shortcut 1 - 6 sum d^2 / (n (n^2 - 1))
 *   and the Pearson-on-midranks definition the code uses give the same number.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { spearman } from '../../sim/studies/montecarlo/rankCorrelation.js';

interface Row { iq: string; tv_hours_per_week: string }
const rows: Row[] = parse(readFileSync(new URL('./data/spearman-iq-tv-example.csv', import.meta.url), 'utf8'), { columns: true, comment: '#', skip_empty_lines: true });
const PUBLISHED_RHO = -29 / 165;

describe('Spearman rank correlation against a published worked example (IQ vs TV hours)', () => {
  it('the data file has the ten published pairs', () => {
    expect(rows.length).toBe(10);
  });

  it(`gives the published rho ${PUBLISHED_RHO.toFixed(9)} within 1e-12`, () => {
    const rho = spearman(rows.map((r) => Number(r.iq)), rows.map((r) => Number(r.tv_hours_per_week)))!;
    console.log(`Spearman IQ vs TV: model ${rho.toFixed(12)}, published ${PUBLISHED_RHO.toFixed(12)}`);
    expect(Math.abs(rho - PUBLISHED_RHO)).toBeLessThan(1e-12);
  });
});
