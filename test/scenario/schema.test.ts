import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { scenarioJsonSchema } from '../../sim/scenario/schema.js';
import { scenarioJsonSchemaText } from '../../sim/cli/schemaFile.js';

const SHIPPED = 'scenarios/scenario.schema.json';
const minimal = () => parse(readFileSync('test/fixtures/scenarios/minimal.yaml', 'utf8')) as Record<string, unknown>;

describe('scenario JSON Schema', () => {
  it('the shipped copy is current', () => {
    const shipped = readFileSync(SHIPPED, 'utf8');
    expect(shipped, `${SHIPPED} is stale: regenerate it with  npx dctwin schema --out ${SHIPPED}`).toBe(scenarioJsonSchemaText());
  });

  it('is a draft-07 schema of the input, which ajv compiles', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'currency', 'workload', 'designs']));
    // One site, or several (sites:, where site: holds the defaults): one of the two is required.
    expect(schema.anyOf).toEqual([{ required: ['site'] }, { required: ['sites'] }]);
    expect(() => new Ajv({ strict: false }).compile(schema)).not.toThrow();
  });

  it('accepts what the loader accepts, and rejects unknown keys like it', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(scenarioJsonSchema());
    expect(validate(minimal()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...minimal(), $schema: 'scenario.schema.json' })).toBe(true);
    expect(validate({ ...minimal(), desings: [] })).toBe(false);
    const site = { ...(minimal().site as object), contrlStep: '15 min' };
    expect(validate({ ...minimal(), site })).toBe(false);
    expect(validate({ ...minimal(), designs: [] })).toBe(false);
  });
});
