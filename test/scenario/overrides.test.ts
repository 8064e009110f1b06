import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyOverrides, formatPath, getPath, parsePath, setPath } from '../../sim/scenario/overrides.js';
import { InputError } from '../../sim/errors.js';

const scenario = () => ({
  site: { name: 'Hangzhou', weather: 'w.epw' },
  designs: [
    { id: 'air-cw', racks: { count: 10 } },
    { id: 'liquid-pod', racks: { count: 4 } },
  ],
});
const messageOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  return 'no error';
};

describe('parsePath / formatPath', () => {
  it('reads the path syntax messages print', () => {
    expect(parsePath('designs[0].cooling.chiller.ratedCop')).toEqual(['designs', 0, 'cooling', 'chiller', 'ratedCop']);
    expect(parsePath('designs[id=liquid-pod].racks.count')).toEqual(['designs', { id: 'liquid-pod' }, 'racks', 'count']);
    expect(parsePath('costs["odd key"]')).toEqual(['costs', 'odd key']);
  });

  it('rejects malformed paths with the example', () => {
    for (const bad of ['designs[x', 'designs..racks', '[0]', '', 'a b', 'designs[-1]']) {
      expect(parsePath(bad)).toBe(`expected a path like 'designs[0].racks.count', got '${bad}'`);
    }
  });

  it('formatPath and parsePath are inverse', () => {
    const segment = fc.oneof(fc.nat({ max: 99 }), fc.stringMatching(/^[a-z][A-Za-z0-9-]{0,8}$/), fc.string({ minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/), fc.array(segment, { maxLength: 5 }), (head, rest) => {
        const path = [head, ...rest];
        expect(parsePath(formatPath(path))).toEqual(path);
      }),
    );
  });
});

describe('getPath / setPath on plain objects', () => {
  it('sets by index and by id, and reads it back', () => {
    const s = scenario();
    expect(setPath(s, 'designs[id=liquid-pod].racks.count', 40)).toEqual(['designs', 1, 'racks', 'count']);
    expect(s.designs[1].racks.count).toBe(40);
    expect(getPath(s, 'designs[1].racks.count')).toBe(40);
    expect(getPath(s, 'designs[5].racks')).toBeUndefined();
    expect(getPath(s, 'site.name.x')).toBeUndefined();
  });

  it('creates missing intermediate maps', () => {
    const s = scenario();
    setPath(s, 'designs[0].cooling.chiller.ratedCop', 6);
    expect(s.designs[0]).toEqual({ id: 'air-cw', racks: { count: 10 }, cooling: { chiller: { ratedCop: 6 } } });
  });

  it('refuses paths that cannot exist, saying why', () => {
    const s = scenario();
    const expected = (path: string, why: string) => `expected a path like 'designs[0].racks.count', got '${path}' (${why})`;
    expect(messageOf(() => setPath(s, 'site.name.x', 1))).toBe(expected('site.name.x', "site.name is 'Hangzhou', not a map"));
    expect(messageOf(() => setPath(s, 'designs.racks', 1))).toBe(expected('designs.racks', 'designs is a list, not a map'));
    expect(messageOf(() => setPath(s, 'site[0]', 1))).toBe(expected('site[0]', 'site is a map, not a list'));
    expect(messageOf(() => setPath(s, 'designs[2].id', 'x'))).toBe(expected('designs[2].id', 'designs has 2 items'));
    expect(messageOf(() => setPath(s, 'designs[id=nope].id', 'x'))).toBe(expected('designs[id=nope].id', "no item of designs has id 'nope'"));
  });

  it('never reaches Object.prototype', () => {
    const s = scenario();
    expect(messageOf(() => setPath(s, '__proto__.polluted', 1))).toContain("'__proto__' is not a scenario field");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('applyOverrides (--set)', () => {
  it('parses values as the file would', () => {
    const { data, setPaths } = applyOverrides(scenario(), [
      'designs[id=air-cw].racks.count=40',
      'designs[0].racks.power=105 kW',
      'site.weather={ synthetic: { meanTemp: 20 degC } }',
      'designs[1].racks.enabled=true',
    ]);
    expect(getPath(data, 'designs[0].racks')).toEqual({ count: 40, power: '105 kW' });
    expect(getPath(data, 'site.weather')).toEqual({ synthetic: { meanTemp: '20 degC' } });
    expect(getPath(data, 'designs[1].racks.enabled')).toBe(true);
    expect(setPaths).toEqual([
      ['designs', 0, 'racks', 'count'],
      ['designs', 0, 'racks', 'power'],
      ['site', 'weather'],
      ['designs', 1, 'racks', 'enabled'],
    ]);
  });

  it('names the --set argument in every error', () => {
    expect(messageOf(() => applyOverrides(scenario(), ['designs[x=1']))).toBe(
      "--set designs[x=1: expected a path like 'designs[0].racks.count', got 'designs[x'",
    );
    expect(messageOf(() => applyOverrides(scenario(), ['site.name']))).toBe(
      "--set site.name: expected path=value like 'designs[0].racks.count=40', got 'site.name'",
    );
    expect(messageOf(() => applyOverrides(scenario(), ['designs[x].id=1']))).toBe(
      "--set designs[x].id=1: expected a path like 'designs[0].racks.count', got 'designs[x].id'",
    );
    expect(messageOf(() => applyOverrides(scenario(), ['site.name.x=1']))).toBe(
      "--set site.name.x=1: expected a path like 'designs[0].racks.count', got 'site.name.x' (site.name is 'Hangzhou', not a map)",
    );
    expect(messageOf(() => applyOverrides(scenario(), ['site.name=[1, 2']))).toBe(
      "--set site.name=[1, 2: expected a YAML value like 40, 105 kW, true or [1, 2], got '[1, 2'",
    );
  });

  it('starts from an empty map when the file is empty', () => {
    expect(applyOverrides(null, ['name=x']).data).toEqual({ name: 'x' });
  });
  it('refuses YAML aliases in a value: an unresolved one and an alias bomb, naming the flag', () => {
    expect(messageOf(() => applyOverrides(scenario(), ['site.gridCarbon=*a']))).toBe(
      "--set site.gridCarbon=*a: expected a plain value (YAML aliases are not allowed in --set), got '*a'",
    );
    // 2^20 leaves if expanded; refused before toJS expands anything.
    const bomb = `[&a [x, x], ${Array.from({ length: 19 }, (_, i) => `&${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join(', ')}]`;
    expect(messageOf(() => applyOverrides(scenario(), [`site.name=${bomb}`]))).toBe(
      `--set site.name=${bomb}: expected a plain value (YAML aliases are not allowed in --set), got '${bomb}'`,
    );
    // An anchor without an alias is harmless and keeps its value.
    expect(getPath(applyOverrides(scenario(), ['site.name=&n Ulanqab']).data, 'site.name')).toBe('Ulanqab');
  });

  it('returns the value set by each override, in order', () => {
    const { values } = applyOverrides(scenario(), ['designs[id=liquid-pod].racks.count=40', 'site.weather={ synthetic: {} }']);
    expect(values).toEqual([40, { synthetic: {} }]);
  });
});
