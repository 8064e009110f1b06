/**
 * The XPU pool's sweep columns (sim/studies/sweep/poolKpis.ts): present only when the grid says pool, their
 * values from summary.json (effective compute as is, waits s -> h), null for a design without groups; sweep.json
 * keeps `pool: true` through a write and read (merge and `dctwin report` read it back) and a one-group grid has
 * no pool key, so its sweep.json is as before; the Parquet file reads back in DuckDB with the same values.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeHourly } from '../../fixtures/run/fakeHourly.js';
import { fakeSummary } from '../../fixtures/run/fakeRun.js';
import { caseAt, parseAxes } from '../../../sim/studies/sweep/grid.js';
import { poolKpis } from '../../../sim/studies/sweep/poolKpis.js';
import { readSweepJson, sweepJson } from '../../../sim/studies/sweep/files.js';
import { caseRows, emptyTable, gridDefinition } from '../../../sim/studies/sweep/table.js';
import { sweepTidyTable } from '../../../reports/tables/sweepTable.js';
import { tidyParquet } from '../../../reports/tables/parquet.js';
import { queryTable } from '../../fixtures/tables/readTable.js';
import type { DesignSummary, PoolGroupSummary } from '../../../sim/types/summary.js';

const base = fakeSummary(fakeHourly(2));
// The first design an XPU pool (waits 1.5 h mean, 6 h p95; effective compute 0.42), the second without groups.
const oneGroup = [{ id: 'a' }] as unknown as PoolGroupSummary[]; // only the presence of groups matters here
const summary = {
  ...base,
  designs: base.designs.map((d, i): DesignSummary => (i > 0 ? d : {
    ...d, jobs: { ...d.jobs, meanWaitS: 5400, p95WaitS: 21_600, policy: 'pooled', effectiveCompute: 0.42, groups: oneGroup },
  })),
};

function table(pool: boolean) {
  const axes = parseAxes(['workload.policy=siloed,pooled']);
  const grid = gridDefinition({ scenario: 'fake', file: 'fake.yaml', scenarioText: 'name: fake\n', seed: null, generator: 'dctwin test', pool }, axes, 2);
  const t = emptyTable(grid);
  for (const id of [1, 2]) t.rows.push(...caseRows(grid, caseAt(axes, id), summary));
  return t;
}
const tmp = mkdtempSync(join(tmpdir(), 'dctwin-pool-sweep-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the pool columns of a sweep', () => {
  it('converts waits to hours and leaves a design without groups null', () => {
    expect(poolKpis(summary.designs[0])).toEqual({ effectiveCompute: 0.42, meanWaitH: 1.5, p95WaitH: 6 });
    expect(poolKpis(summary.designs[1])).toEqual({ effectiveCompute: null, meanWaitH: null, p95WaitH: null });
  });

  it('are added after currency only when the grid has a pool', () => {
    const names = table(true).columns.map((c) => c.name);
    expect(names.slice(-4)).toEqual(['currency', 'effectiveCompute_fraction', 'meanWait_h', 'p95Wait_h']);
    expect(table(true).rows[0]).toMatchObject({ effectiveCompute_fraction: 0.42, meanWait_h: 1.5, p95Wait_h: 6 });
    expect(table(true).rows[1]).toMatchObject({ effectiveCompute_fraction: null, meanWait_h: null });
    expect(table(false).columns.map((c) => c.name).at(-1)).toBe('currency');
    expect(table(false).grid).not.toHaveProperty('pool');
    expect(sweepJson(table(false))).not.toContain('"pool"');
  });

  it('survive sweep.json written and read back (the grid keeps pool: true)', () => {
    const back = readSweepJson(sweepJson(table(true)), 'sweep.json');
    expect(back.grid.pool).toBe(true);
    expect(back.columns).toEqual(table(true).columns);
    expect(back.rows).toEqual(table(true).rows);
  });

  it('read back from sweep.parquet in DuckDB', async () => {
    const path = join(tmp, 'sweep.parquet');
    writeFileSync(path, tidyParquet(sweepTidyTable(table(true))));
    const rows = await queryTable(path, 'SELECT "case", effectiveCompute_fraction AS e, meanWait_h AS w FROM {table} ORDER BY "case", design');
    expect(rows.map((r) => [r.e, r.w])).toContainEqual([0.42, 1.5]);
    expect(rows.map((r) => r.e)).toContain(null);
  }, 60_000);
});
