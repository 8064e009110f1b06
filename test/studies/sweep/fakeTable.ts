/**
 * Sweep tables without simulating: the rows come from the fake report run's
 * summary (test/fixtures/run), with each case's PUE shifted by case id / 1000
 * so that rows differ. For format and merge tests only.
 */
import { fakeHourly } from '../../fixtures/run/fakeHourly.js';
import { fakeSummary } from '../../fixtures/run/fakeRun.js';
import { caseAt, caseCount, parseAxes } from '../../../sim/studies/sweep/grid.js';
import { shardCaseIds, type Shard } from '../../../sim/studies/sweep/shard.js';
import { caseRows, emptyTable, gridDefinition, type SweepTable } from '../../../sim/studies/sweep/table.js';

const summary = fakeSummary(fakeHourly(2));

export function fakeTable(flags: string[], shard?: Shard, scenarioText = 'name: fake\n'): SweepTable {
  const axes = parseAxes(flags);
  const cases = caseCount(axes);
  const grid = gridDefinition({ scenario: 'fake', file: 'fake.yaml', scenarioText, seed: null, generator: 'dctwin test' }, axes, cases);
  const table = emptyTable(grid, shard);
  for (const id of shardCaseIds(cases, shard ?? { index: 1, count: 1 })) {
    for (const row of caseRows(grid, caseAt(axes, id), summary)) table.rows.push({ ...row, pue: (row.pue as number) + id / 1000 });
  }
  return table;
}
