/** sweep.csv / sweep.json text: columns, quoting, missing values, and reading sweep.json back. */
import { describe, expect, it } from 'vitest';
import { inputErrorLines } from './inputErrorLines.js';
import { readSweepJson, sweepCsv, sweepJson } from '../../../sim/studies/sweep/files.js';
import { caseAt, parseAxes } from '../../../sim/studies/sweep/grid.js';
import { columnsOf, gridDefinition, type SweepTable } from '../../../sim/studies/sweep/table.js';
import { fakeTable } from './fakeTable.js';

describe('sweepCsv', () => {
  it('writes case, axes, currency, weather, then each design KPI, one row per case', () => {
    const table = fakeTable(['a=1,2', 'b=x,"y,z"']);
    const lines = sweepCsv(table).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^case,a,b,currency,weather,air-chw\.pue,air-chw\.tue,.*,liquid-pod\.tcoSavingsVsFirst$/);
    expect(lines[0].split(',')).toHaveLength(5 + 2 * 10);
    // the value `"y,z"` is quoted as typed; the CSV doubles its quotes and wraps it
    expect(lines[2].startsWith('2,1,"""y,z""",CNY,')).toBe(true);
  });

  it('leaves cells empty for missing and non-finite values, and writes numbers exactly', () => {
    const axes = parseAxes(['a=1,2']);
    const grid = gridDefinition({ scenario: 's', file: 'f', scenarioText: '', seed: 3, generator: 'g' }, axes, 2);
    const table: SweepTable = {
      grid,
      rows: [
        { ...caseAt(axes, 1).parameters, case: 1, currency: null, weather: 'w', 'd.pue': 0.1 + 0.2 },
        { ...caseAt(axes, 2).parameters, case: 2, currency: null, weather: 'w', 'd.pue': Infinity, 'e.pue': 1e21 },
      ],
    };
    expect(columnsOf(grid, table.rows)).toEqual(['case', 'a', 'currency', 'weather', 'd.pue', 'e.pue']);
    expect(sweepCsv(table)).toBe('case,a,currency,weather,d.pue,e.pue\n1,1,,w,0.30000000000000004,\n2,2,,w,,1e+21\n');
  });
});

describe('sweepJson and readSweepJson', () => {
  it('round-trips to the same bytes, with and without a shard', () => {
    for (const table of [fakeTable(['a=1,2,3']), fakeTable(['a=1,2,3'], { index: 2, count: 2 })]) {
      const text = sweepJson(table);
      expect(sweepJson(readSweepJson(text, 'x.json'))).toBe(text);
      expect(text.includes('"shard"')).toBe(table.shard !== undefined);
    }
  });

  it('refuses what is not a sweep file, in one line', () => {
    const lines = (text: string) => inputErrorLines(() => readSweepJson(text, 'd/sweep.json'));
    expect(lines('{')[0]).toMatch(/^d\/sweep\.json: expected a sweep\.json written by dctwin sweep, got invalid JSON/);
    expect(lines('{"format":"other"}')).toHaveLength(1);
    expect(lines('{"format":"other"}')[0]).toMatch(/^d\/sweep\.json: expected a sweep\.json written by dctwin sweep \(format dctwin-sweep\/1\), got at format: /);
  });
});
