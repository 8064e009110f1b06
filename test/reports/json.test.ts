/** reports/json.ts: plain and compact JSON; Infinity is never written as null (issue 10, item 9). */
import { describe, expect, it } from 'vitest';
import { compactJson, jsonText } from '../../reports/json.js';

describe('jsonText', () => {
  it('writes 2-space JSON with a final newline; NaN is null as in JSON', () => {
    expect(jsonText({ a: 1, b: [2, Number.NaN] })).toBe('{\n  "a": 1,\n  "b": [\n    2,\n    null\n  ]\n}\n');
  });

  it('refuses an infinite number (a bug: results are checked before writing)', () => {
    expect(() => jsonText({ designs: [{ metrics: { cueKgPerKWh: Infinity } }] })).toThrow(
      new RangeError("JSON output: 'cueKgPerKWh' is Infinity, which JSON would write as null"),
    );
    expect(() => jsonText([-Infinity])).toThrow(RangeError);
  });

  it('compactJson writes flat rows on one line', () => {
    expect(compactJson({ rows: [{ a: 1 }, { a: 2 }] })).toBe('{\n  "rows": [\n    {"a":1},\n    {"a":2}\n  ]\n}\n');
  });
});
