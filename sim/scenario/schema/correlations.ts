/**
 * `uncertainty.correlations`: rank correlations the user states between
 * inputs of the block, `[{ between: [pathA, pathB], rank: 0.8 }]`. Each pair
 * is stored on the input that sorts first (`rankWith`); the plan induces them
 * with Iman–Conover (sim/tco/imanConover.ts). Unstated pairs are 0.
 */
import { cholesky } from '../../tco/imanConover.js';
import type { UncertaintySpec } from '../../tco/uncertainty.js';

export const CORRELATIONS_KEY = 'correlations';

export interface CorrelationProblem {
  path: Array<string | number>;
  message: string;
}

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : (JSON.stringify(v) ?? String(v)));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The correlated paths (sorted) and their target matrix, 1 on the diagonal. */
export function correlationTarget(spec: UncertaintySpec): { paths: string[]; matrix: number[][] } {
  const involved = new Set<string>();
  for (const [a, input] of Object.entries(spec)) {
    for (const b of Object.keys(input.rankWith ?? {})) involved.add(a).add(b);
  }
  const paths = [...involved].sort();
  const matrix = paths.map((a) => paths.map((b) => (a === b ? 1 : (spec[a].rankWith?.[b] ?? spec[b].rankWith?.[a] ?? 0))));
  return { paths, matrix };
}

/** Validates the list and records each pair in `spec` (in place); returns every problem found. */
export function parseCorrelations(raw: unknown, spec: UncertaintySpec): CorrelationProblem[] {
  if (!Array.isArray(raw)) return [{ path: [], message: `expected a list like [{ between: [pathA, pathB], rank: 0.8 }], got ${show(raw)}` }];
  const problems: CorrelationProblem[] = [];
  raw.forEach((item: unknown, i) => {
    const bad = (message: string, ...path: Array<string | number>) => problems.push({ path: [i, ...path], message });
    if (!isRecord(item) || Object.keys(item).some((k) => k !== 'between' && k !== 'rank')) {
      return bad(`expected { between: [pathA, pathB], rank: 0.8 }, got ${show(item)}`);
    }
    const { between, rank } = item;
    if (!Array.isArray(between) || between.length !== 2 || !between.every((p) => typeof p === 'string')) {
      return bad(`expected two paths of this uncertainty block, got ${show(between)}`, 'between');
    }
    const [a, b] = [...(between as string[])].sort();
    for (const path of [a, b]) {
      if (!(path in spec)) return bad(`expected a path of this uncertainty block, got '${path}'`, 'between');
      if (spec[path].shared !== undefined) {
        return bad(`expected an input without shared: (correlate one designs[*] path instead), got '${path}' (shared: ${spec[path].shared})`, 'between');
      }
    }
    if (a === b) return bad(`expected two different paths, got '${a}' twice`, 'between');
    if (typeof rank !== 'number' || !(rank > -1 && rank < 1)) return bad(`expected a rank correlation between -1 and 1 (exclusive), got ${show(rank)}`, 'rank');
    if (spec[a].rankWith?.[b] !== undefined) return bad(`expected each pair once, got '${a}' and '${b}' again`, 'between');
    spec[a].rankWith = { ...spec[a].rankWith, [b]: rank };
  });
  if (problems.length > 0) return problems;
  const { paths, matrix } = correlationTarget(spec);
  if (paths.length > 0 && cholesky(matrix) === undefined) {
    problems.push({ path: [], message: `expected correlations that can hold together (a positive-definite matrix over ${paths.join(', ')}), got ${JSON.stringify(matrix)}` });
  }
  return problems;
}
