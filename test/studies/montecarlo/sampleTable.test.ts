/** Unit tests of monte-carlo.csv's text (sampleTable.ts): layout, exact numbers, empty cells, quoting. */
import { describe, expect, it } from 'vitest';
import { KPI_NAMES } from '../../../sim/studies/montecarlo/kpis.js';
import { sampleTableCsv } from '../../../sim/studies/montecarlo/sampleTable.js';

const kpis = (first: number) => Float64Array.from(KPI_NAMES, (_, k) => (k === 0 ? first : k === 1 ? Number.NaN : k));
const table = (designs = ['a']) => sampleTableCsv({
  seed: 5, inputs: [{ path: 'designs[0].costs.water', unit: 'CNY/m^3' }, { path: 'site.x', unit: '' }],
  values: [[0.1 + 0.2, 3], [4.5, -1e-7]], designs, kpis: KPI_NAMES, vectors: [kpis(1 / 3), kpis(2)], moneyOnly: true,
});

describe('sampleTableCsv', () => {
  it('writes one header line (no comments) with units in brackets and <design>:<kpi>, then one row per sample in order', () => {
    const lines = table().trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(0);
    const header = lines[0].split(',');
    expect(header.slice(0, 4)).toEqual(['sample', 'designs[0].costs.water [CNY/m^3]', 'site.x', `a:${KPI_NAMES[0]}`]);
    expect(header).toHaveLength(3 + KPI_NAMES.length);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['0', '1']);
  });

  it('prints the exact doubles (shortest round-trip form) and leaves a missing KPI empty', () => {
    const row = table().trimEnd().split('\n')[1].split(',');
    expect(Number(row[1])).toBe(0.1 + 0.2);
    expect(Number(row[3])).toBe(1 / 3);
    expect(row[4]).toBe('');
    expect(table().split('\n')[2].split(',')[2]).toBe('-1e-7');
  });

  it('quotes a design id holding a comma (RFC 4180)', () => {
    expect(table(['a,b']).split('\n')[0]).toContain(`"a,b:${KPI_NAMES[0]}"`);
  });

  it('rejects a KPI row of the wrong width (a bug upstream)', () => {
    expect(() => table(['a', 'b'])).toThrow(RangeError);
  });
});
