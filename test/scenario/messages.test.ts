/**
 * Each message is specified by a pair: a fixture in test/fixtures/bad/ and the
 * exact lines it must produce (conventions.md, "Bad scenario input").
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { z } from 'zod';
import { showFound } from '../../sim/scenario/messages.js';
import { errorLines, plantSchema } from './standIn.js';


// The weather stand-in resolves its path against the fixture's folder.
const looked = resolve('test/fixtures/bad/weather/not-there.epw');

const CASES: { case: string; fixture: string; schema?: z.ZodType; lines: string[] }[] = [
  {
    case: 'unknown key, with the closest known key as a hint',
    fixture: 'unknown-key.yaml',
    lines: [
      "test/fixtures/bad/unknown-key.yaml:7: site: unknown field 'contrlStep' (did you mean 'controlStep'?)",
    ],
  },
  {
    case: 'wrong unit',
    fixture: 'wrong-unit.yaml',
    lines: [
      "test/fixtures/bad/wrong-unit.yaml:6: site.gridCarbon: expected an emission factor with a unit like '0.58 kg/kWh' of at least 0 kg/J, got '5 kW'",
    ],
  },
  {
    case: 'degC given for a temperature difference, with the reason',
    fixture: 'degc-difference.yaml',
    schema: plantSchema,
    lines: [
      "test/fixtures/bad/degc-difference.yaml:2: approach: expected a temperature difference in K (a difference of 6 degC is '6 K'; degC converts to absolute kelvin), got '6 degC'",
    ],
  },
  {
    case: 'negative count',
    fixture: 'negative-count.yaml',
    lines: [
      'test/fixtures/bad/negative-count.yaml:7: site.years: expected a whole number between 1 and 30, got -1',
    ],
  },
  {
    case: 'missing weather file, resolved against the scenario folder',
    fixture: 'missing-weather-file.yaml',
    lines: [
      `test/fixtures/bad/missing-weather-file.yaml:5: site.weather: expected an existing weather file, got 'weather/not-there.epw' (looked for ${looked})`,
    ],
  },
  {
    case: 'bad enum value, with a hint',
    fixture: 'bad-enum.yaml',
    schema: plantSchema,
    lines: [
      "test/fixtures/bad/bad-enum.yaml:2: architecture: expected one of 'air', 'liquid', 'hybrid', got 'liquidd' (did you mean 'liquid'?)",
    ],
  },
  {
    case: 'bad currency code',
    fixture: 'bad-currency.yaml',
    lines: [
      "test/fixtures/bad/bad-currency.yaml:2: currency: expected an ISO 4217 currency code like 'CNY', 'USD' or 'EUR', got 'RMB'",
    ],
  },
  {
    case: 'missing required field: the line of its parent',
    fixture: 'missing-field.yaml',
    lines: [
      "test/fixtures/bad/missing-field.yaml:3: site: missing required field 'name'",
    ],
  },
  {
    case: 'several problems at once, in file order',
    fixture: 'two-problems.yaml',
    lines: [
      "test/fixtures/bad/two-problems.yaml:1: name: expected lowercase letters, digits and '-', like 'hangzhou-default', got 'Hangzhou Default'",
      "test/fixtures/bad/two-problems.yaml:6: site.gridCarbon: expected an emission factor with a unit like '0.58 kg/kWh' of at least 0 kg/J, got '5 kW'",
      "test/fixtures/bad/two-problems.yaml:7: site: unknown field 'gridLimt' (did you mean 'gridLimit'?)",
    ],
  },
  {
    case: 'YAML syntax error',
    fixture: 'yaml-syntax.yaml',
    lines: [
      'test/fixtures/bad/yaml-syntax.yaml:6: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  },
  {
    case: 'duplicate design ids, naming the first',
    fixture: 'duplicate-ids.yaml',
    lines: [
      "test/fixtures/bad/duplicate-ids.yaml:13: designs[1].id: expected a unique design id, got 'liquid-pod' (also designs[0].id)",
    ],
  },
  {
    case: 'an empty design list, in a JSON file',
    fixture: 'no-designs.json',
    lines: [
      'test/fixtures/bad/no-designs.json:10: designs: expected a list of at least 1 item, got a list of 0 items',
    ],
  },
  {
    case: 'an expression is not evaluated: it is a bad quantity',
    fixture: 'mathjs-expression.yaml',
    lines: [
      "test/fixtures/bad/mathjs-expression.yaml:6: site.gridCarbon: expected an emission factor with a unit like '0.58 kg/kWh' of at least 0 kg/J, got '1 kW + eval(2)'",
    ],
  },
  {
    case: 'a typo inside a union option: one message, not unknown + missing',
    fixture: 'union-typo.yaml',
    schema: plantSchema,
    lines: ["test/fixtures/bad/union-typo.yaml:4: rejection.dryCooler: unknown field 'aproach' (did you mean 'approach'?)"],
  },
  {
    case: "zod's own codes: union of types, discriminator, list size, enum given null, record key",
    fixture: 'wrong-types.yaml',
    schema: plantSchema,
    lines: [
      "test/fixtures/bad/wrong-types.yaml:2: rejection: expected 'none' or a map, got 5",
      "test/fixtures/bad/wrong-types.yaml:3: racks.type: expected one of 'air', 'liquid-pod', got 'liquid' (did you mean 'liquid-pod'?)",
      'test/fixtures/bad/wrong-types.yaml:4: pumps: expected a list of at least 1 item, got a list of 0 items',
      "test/fixtures/bad/wrong-types.yaml:5: architecture: expected one of 'air', 'liquid', 'hybrid', got null",
      "test/fixtures/bad/wrong-types.yaml:6: sizes: key 'x': expected a whole GPU count like 8, got 'x'",
    ],
  },
];

describe('scenario messages, one fixture each', () => {
  it.each(CASES)('$case', ({ fixture, schema, lines }) => {
    expect(errorLines(`test/fixtures/bad/${fixture}`, schema)).toEqual(lines);
  });
});

describe('showFound', () => {
  it('shows values the way the grammar quotes them', () => {
    expect([showFound('abc'), showFound(30), showFound(null), showFound(true), showFound({}), showFound([1])]).toEqual([
      "'abc'",
      '30',
      'null',
      'true',
      'a map',
      'a list of 1 item',
    ]);
  });
});
