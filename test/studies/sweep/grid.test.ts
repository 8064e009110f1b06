/** Grid expansion: value splitting, flag parsing and its messages, case order and ids. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inputErrorLines } from './inputErrorLines.js';
import { caseAt, caseCount, parseAxes, parseAxis, splitValues, type Axis } from '../../../sim/studies/sweep/grid.js';

const messageOf = inputErrorLines;

describe('splitValues', () => {
  it('splits at commas outside brackets, braces and quotes, trimming each value', () => {
    expect(splitValues('1, 2,3')).toEqual(['1', '2', '3']);
    expect(splitValues('[1, 2],[3, 4]')).toEqual(['[1, 2]', '[3, 4]']);
    expect(splitValues('{ a: 1, b: 2 },x')).toEqual(['{ a: 1, b: 2 }', 'x']);
    expect(splitValues(`'a,b',"c,\\"d",e`)).toEqual([`'a,b'`, `"c,\\"d"`, 'e']);
    expect(splitValues('105 kW')).toEqual(['105 kW']);
  });
});

describe('parseAxis and parseAxes', () => {
  it('reads the path as typed and as messages print it', () => {
    expect(parseAxis('designs[id=a].racks.count=20,40')).toEqual({
      flag: 'designs[id=a].racks.count=20,40',
      path: 'designs[id=a].racks.count',
      column: 'designs[id=a].racks.count',
      values: ['20', '40'],
    });
  });

  it('names the whole flag in each problem, all at once', () => {
    expect(messageOf(() => parseAxes(['a=', 'b=1,,2', 'c', 'designs[x].y=1', 'a=3']))).toEqual([
      '--set a=: expected one or more values separated by commas, got none',
      '--set b=1,,2: expected a value at position 2, got an empty one',
      "--set c: expected path=v1,v2,... like 'designs[0].racks.count=20,40', got no '='",
      "--set designs[x].y=1: expected a path like 'designs[0].racks.count', got 'designs[x].y'",
    ]);
    expect(messageOf(() => parseAxes(['a=1', 'a=2']))).toEqual(["--set a=2: expected each path once, got 'a' again"]);
    expect(messageOf(() => parseAxes([]))[0]).toMatch(/^--set: expected at least one path=v1,v2/);
  });

  it('refuses grids beyond a million cases', () => {
    const big = `x=${Array.from({ length: 1001 }, (_, i) => i).join(',')}`;
    expect(messageOf(() => parseAxes([big, big.replace('x', 'y')]))).toEqual(['--set: expected at most 1000000 cases in a grid, got 1002001']);
  });
});

describe('caseAt', () => {
  const axes = parseAxes(['a=1,2', 'b=x,y,z']);

  it('numbers cases 1.. in flag order, the last flag fastest', () => {
    // Written out by hand: nested loops over a then b.
    const expected = [['1', 'x'], ['1', 'y'], ['1', 'z'], ['2', 'x'], ['2', 'y'], ['2', 'z']];
    expect(caseCount(axes)).toBe(6);
    expected.forEach(([a, b], i) => {
      const c = caseAt(axes, i + 1);
      expect(c.overrides).toEqual([`a=${a}`, `b=${b}`]);
      expect(c.values).toEqual([a, b]);
    });
    expect(() => caseAt(axes, 7)).toThrow(RangeError);
  });

  it('keeps every value as typed text (sweep.csv makes numbers of them: axisColumn.ts)', () => {
    const c = caseAt(parseAxes(['p=105 kW', 'q=-1.5e3', 'r=true', 's=[1, 2]']), 1);
    expect(c.values).toEqual(['105 kW', '-1.5e3', 'true', '[1, 2]']);
  });

  it('visits every combination exactly once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }), (sizes) => {
        const grid: Axis[] = parseAxes(sizes.map((n, a) => `k${a}=${Array.from({ length: n }, (_, v) => `v${v}`).join(',')}`));
        const seen = new Set<string>();
        for (let id = 1; id <= caseCount(grid); id++) seen.add(caseAt(grid, id).overrides.join(' '));
        expect(seen.size).toBe(sizes.reduce((p, n) => p * n, 1));
      }),
    );
  });
});
