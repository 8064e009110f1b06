/**
 * A validator for Vega-Lite specs from the JSON Schema that ships with
 * vega-lite (draft-07, so ajv's default `Ajv` class, not Ajv2019/Ajv2020).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));

/** The schema's declared draft, checked by the test so a future vega-lite on a newer draft fails loudly. */
export const SCHEMA_DRAFT: string = schema.$schema;

// strict: false because the published schema uses keywords ajv's strict mode rejects; its only formats are
// uri and uri-reference (for $schema and data URLs), which these specs do not rely on.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
export const validateVegaLite = ajv.compile(schema);
