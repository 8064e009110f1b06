import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { closest, didYouMean, knownKeys, levenshtein } from '../../sim/scenario/didYouMean.js';
import { quantity } from '../../sim/scenario/fields.js';

describe('levenshtein', () => {
  it('known distances', () => {
    // the textbook example (Levenshtein 1966; Wagner & Fischer 1974): kitten -> sitting is 3 edits
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('capcity', 'capacity')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', 'abc')).toBe(0);
  });

  it('is a metric: zero only on equal words, symmetric, triangle inequality', () => {
    const word = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(levenshtein(a, b) === 0).toBe(a === b);
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
        expect(levenshtein(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('closest / didYouMean', () => {
  it('suggests a near word and nothing for a far one', () => {
    expect(didYouMean('capcity', ['count', 'capacity', 'power'])).toBe(" (did you mean 'capacity'?)");
    expect(didYouMean('CONTROLSTEP', ['controlStep'])).toBe(" (did you mean 'controlStep'?)");
    expect(closest('zzzzzz', ['capacity', 'power'])).toBeUndefined();
    expect(didYouMean('name', [])).toBe('');
  });
});

describe('knownKeys walks the schema through wrappers', () => {
  const schema = z.strictObject({
    site: z.strictObject({ name: z.string(), gridLimit: quantity('W').optional() }).transform((s) => ({ siteName: s.name })),
    designs: z
      .array(
        z.strictObject({
          cooling: z.union([z.strictObject({ chiller: z.strictObject({ ratedCop: z.number() }) }), z.strictObject({ dryCooler: z.object({}) })]),
        }),
      )
      .min(1),
    extra: z.strictObject({ a: z.number() }).default({ a: 1 }).optional(),
    table: z.record(z.string(), z.strictObject({ price: z.number() })),
  });

  it('objects behind transforms, arrays, unions, defaults and records', () => {
    expect(knownKeys(schema, [])).toEqual(['site', 'designs', 'extra', 'table']);
    expect(knownKeys(schema, ['site'])).toEqual(['name', 'gridLimit']);
    expect(knownKeys(schema, ['designs', 3, 'cooling'])).toEqual(['chiller', 'dryCooler']);
    expect(knownKeys(schema, ['designs', 0, 'cooling', 'chiller'])).toEqual(['ratedCop']);
    expect(knownKeys(schema, ['extra'])).toEqual(['a']);
    expect(knownKeys(schema, ['table', 'anything'])).toEqual(['price']);
    expect(knownKeys(schema, ['site', 'name'])).toEqual([]);
    expect(knownKeys(schema, ['nope', 'deeper'])).toEqual([]);
  });
});
