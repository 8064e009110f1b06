import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goldenJson, roundNumbers } from './roundJson.js';

describe('golden rounding serializer', () => {
  it('rounds to 6 significant digits, keeps integers, strings, nesting and key order', () => {
    expect(roundNumbers({ b: 1.23456789, a: [123456.789, 0.000123456789, 42, 'x', null, true], c: { d: -0 } }))
      .toEqual({ b: 1.23457, a: [123457, 0.000123457, 42, 'x', null, true], c: { d: 0 } });
    expect(goldenJson({ pue: 1.1076542387274995 })).toBe('{"pue":1.10765}\n');
    expect(Object.keys(roundNumbers({ z: 1, a: 2 }) as object)).toEqual(['z', 'a']);
  });

  it('rounding is idempotent and moves a number by at most half a unit in its 6th digit', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
      const once = roundNumbers(x) as number;
      expect(roundNumbers(once)).toBe(once);
      expect(Math.abs(once - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-6);
    }));
  });
});
