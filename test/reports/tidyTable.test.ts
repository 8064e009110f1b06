import { describe, expect, it } from 'vitest';
import { tidyCsv, rowCount } from '../../reports/tables/tidyTable.js';

describe('tidyCsv', () => {
  it('writes one header line and typed cells (unit test: expected text written by hand)', () => {
    const csv = tidyCsv({
      columns: [
        { name: 'design', kind: 'string', values: ['a,b', 'c'] },
        { name: 'hour', kind: 'integer', values: [0, 1] },
        { name: 'facilityPower_kW', kind: 'number', values: [1.5, null] },
        { name: 'pass', kind: 'boolean', values: [true, false] },
      ],
    });
    expect(csv).toBe('design,hour,facilityPower_kW,pass\n"a,b",0,1.5,true\nc,1,,false\n');
  });
  it('refuses columns of different lengths', () => {
    expect(() => rowCount({ columns: [{ name: 'a', kind: 'integer', values: [1] }, { name: 'b', kind: 'integer', values: [] }] })).toThrow(/column b/);
  });
});
