/** sweep.csv / sweep.json: tidy rows (case x design), axis columns with units, case ids, and reading sweep.json back. */
import { describe, expect, it } from 'vitest';
import { inputErrorLines } from './inputErrorLines.js';
import { readSweepJson, sweepJson } from '../../../sim/studies/sweep/files.js';
import { caseAt, parseAxes } from '../../../sim/studies/sweep/grid.js';
import { caseId, emptyTable, gridDefinition, type SweepTable } from '../../../sim/studies/sweep/table.js';
import { sweepTidyTable } from '../../../reports/tables/sweepTable.js';
import { tidyCsv } from '../../../reports/tables/tidyTable.js';
import { fakeTable } from './fakeTable.js';

const csvOf = (table: SweepTable) => tidyCsv(sweepTidyTable(table));

describe('sweep.csv (tidy)', () => {
  it('writes one row per case and design: case, caseId, axes, design, weather, KPIs with units, currency', () => {
    const table = fakeTable(['a=1,2', 'b=x,"y,z"']);
    const lines = csvOf(table).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 4 * 2); // 4 cases x 2 designs
    expect(lines[0]).toBe(
      'case,caseId,a,b,design,weather,pue,tue,wue_L_per_kWh,cue_kg_per_kWh,facilityEnergy_MWh,itEnergy_MWh,peakFacility_kW,p95Facility_kW,' +
        'chiller_h,freeCooling_h,tcoTotal_currency,capex_currency,opex_currency,tcoSavingsVsFirst_currency,currency',
    );
    const [design1, design2] = [lines[5].split(','), lines[6].split(',')]; // case 3: a=2, b=x
    expect([design1[0], design1[2], design1[3], design1[4]]).toEqual(['3', '2', 'x', 'air-chw']);
    expect([design2[0], design2[4]]).toEqual(['3', 'liquid-pod']);
    // the value `"y,z"` is quoted as typed; the CSV doubles its quotes and wraps it
    expect(lines[3]).toContain(',1,"""y,z""",air-chw,');
    expect(lines[3].endsWith(',CNY')).toBe(true);
    // no units inside values: every KPI cell is a plain number
    for (const cell of design1.slice(6, 20)) expect(cell).toMatch(/^-?[\d.]+(e[-+]?\d+)?$/);
  });

  it('moves a unit every value carries into the column name, numbers as numbers; mixed units and text stay as typed', () => {
    const flags = ['designs[0].cooling.liquid.rejection.dryCooler.approach=4 K,8 K', 'costs.energy.flat=0.5 CNY/kWh,0.7 CNY/kWh', 'p=100 kW,0.1 MW', 'n=80,160', 'site.weather=w/a.epw,w/b.epw', 'currency=CNY,USD'];
    const table = fakeTable(flags);
    expect(table.grid.axes.map((a) => [a.column, a.unit])).toEqual([
      ['designs[0].cooling.liquid.rejection.dryCooler.approach_K', 'K'],
      ['costs.energy.flat_CNY_per_kWh', 'CNY/kWh'],
      ['p', null],
      ['n', null],
      ['site.weather', null],
      ['currency_swept', null], // a path named like a fixed column
    ]);
    expect(table.columns.slice(2, 8).map((c) => c.kind)).toEqual(['number', 'number', 'string', 'number', 'string', 'string']);
    const last = table.rows[table.rows.length - 1];
    expect([last['designs[0].cooling.liquid.rejection.dryCooler.approach_K'], last['costs.energy.flat_CNY_per_kWh'], last.p, last.n]).toEqual([8, 0.7, '0.1 MW', 160]);
  });

  it('gives a case the same caseId whatever its position in the grid or its shard', () => {
    const small = fakeTable(['a=1,2', 'b=x']);
    const large = fakeTable(['a=0,1,2', 'b=x'], { index: 3, count: 3 }); // case 3 (a=2) here, case 2 in `small`
    const idOf = (t: SweepTable, a: number) => t.rows.find((r) => r.a === a)!.caseId;
    expect(idOf(large, 2)).toBe(idOf(small, 2));
    expect(idOf(small, 1)).not.toBe(idOf(small, 2));
    expect(idOf(small, 1)).toMatch(/^[0-9a-f]{12}$/);
    const grid = gridDefinition({ scenario: 's', file: 'f', scenarioText: 'other', seed: null, generator: 'dctwin test' }, parseAxes(['a=1']), 1);
    expect(caseId(grid, ['a=1'])).not.toBe(idOf(small, 1)); // another scenario file
  });

  it('leaves cells empty for missing and non-finite values, and keeps sweep.json exact', () => {
    const axes = parseAxes(['a=1,2']);
    const grid = gridDefinition({ scenario: 's', file: 'f', scenarioText: '', seed: 3, generator: 'g' }, axes, 2);
    const table = emptyTable(grid);
    table.rows.push({ case: 1, a: 1, design: 'd', pue: 0.1 + 0.2 }, { case: 2, a: 2, design: 'd', pue: Infinity, tue: 1e21 });
    expect(caseAt(axes, 2).values).toEqual(['2']);
    const csv = csvOf(table).split('\n');
    const empty = (n: number) => Array<string>(n).fill('');
    expect(csv[1]).toBe(['1', '', '1', 'd', '', '0.3', ...empty(14)].join(','));
    expect(csv[2]).toBe(['2', '', '2', 'd', '', '', '1000000000000000000000', ...empty(13)].join(','));
    expect(sweepJson(table)).toContain('"pue":0.30000000000000004');
    expect(sweepJson(table)).toContain('"pue":null,"tue":1e+21');
  });
});

describe('sweepJson and readSweepJson', () => {
  it('round-trips to the same bytes, with and without a shard', () => {
    for (const table of [fakeTable(['a=1,2,3']), fakeTable(['a=1 K,2 K,3 K'], { index: 2, count: 2 })]) {
      const text = sweepJson(table);
      expect(sweepJson(readSweepJson(text, 'x.json'))).toBe(text);
      expect(text.includes('"shard"')).toBe(table.shard !== undefined);
    }
  });

  it('refuses what is not a sweep file, an older format, or columns its grid does not give, in one line', () => {
    const lines = (text: string) => inputErrorLines(() => readSweepJson(text, 'd/sweep.json'));
    expect(lines('{')[0]).toMatch(/^d\/sweep\.json: expected a sweep\.json written by dctwin sweep, got invalid JSON/);
    expect(lines('{"format":"dctwin-sweep/1"}')).toHaveLength(1);
    expect(lines('{"format":"dctwin-sweep/1"}')[0]).toMatch(/^d\/sweep\.json: expected a sweep\.json written by dctwin sweep \(format dctwin-sweep\/3\), got at format: /);
    const edited = sweepJson(fakeTable(['a=1,2'])).replace('"name":"pue"', '"name":"PUE"');
    expect(lines(edited)).toEqual(['d/sweep.json: columns: expected a sweep.json written by dctwin sweep (format dctwin-sweep/3), got columns that its grid does not give (another dctwin version, or an edited file)']);
  });
});
