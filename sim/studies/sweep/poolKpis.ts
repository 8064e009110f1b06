/**
 * The XPU pool's columns of a sweep (sweep.csv, sweep.parquet, sweep.json), added only when case 1's workload
 * has several node groups (GridDefinition.pool), so a sweep of one-group scenarios keeps its columns:
 *
 *   effectiveCompute_fraction   summary designs[i].jobs.effectiveCompute (useful work delivered / installed
 *                               capacity, both in reference-accelerator hours; 0-1)
 *   meanWait_h, p95Wait_h       the design's job waits over all groups (jobs.meanWaitS, p95WaitS), hours
 *
 * A case whose design has no pool results (an axis that leaves one group) gets nulls.
 */
import type { DesignSummary } from '../../types/summary.js';
import { hoursFromS } from '../../units.js';

export interface PoolKpis {
  effectiveCompute: number | null;
  meanWaitH: number | null;
  p95WaitH: number | null;
}

/** Each pool KPI and its tidy column name, in output order (after the KPI columns and currency). */
export const POOL_COLUMNS: readonly (readonly [keyof PoolKpis, string])[] = [
  ['effectiveCompute', 'effectiveCompute_fraction'],
  ['meanWaitH', 'meanWait_h'],
  ['p95WaitH', 'p95Wait_h'],
];

export function poolKpis(design: DesignSummary): PoolKpis {
  const j = design.jobs;
  if (!j.groups?.length) return { effectiveCompute: null, meanWaitH: null, p95WaitH: null };
  return { effectiveCompute: j.effectiveCompute ?? null, meanWaitH: hoursFromS(j.meanWaitS), p95WaitH: hoursFromS(j.p95WaitS) };
}
