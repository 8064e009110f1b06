/**
 * The scenario schema with stand-ins for the domain fragments, so the loader's
 * message tests do not change whenever a domain's fields do. The weather
 * stand-in is the real kind of field a weather path is: filePath().
 */
import { z } from 'zod';
import { ScenarioError, InputError } from '../../sim/errors.js';
import { quantity } from '../../sim/scenario/fields.js';
import { filePath } from '../../sim/scenario/filePath.js';
import { validateText } from '../../sim/scenario/load.js';
import { currencyProblems } from '../../sim/scenario/normalize.js';
import { makeScenarioSchema } from '../../sim/scenario/schema.js';
import { readFileSync } from 'node:fs';

const any = z.unknown();
export const standInScenarioSchema = makeScenarioSchema({
  weather: filePath('weather file'),
  workload: any,
  racks: any,
  it: any,
  power: any,
  cooling: any,
  costs: any,
  uncertainty: any,
});

// A small schema for what the site block does not have: a K difference, an enum, unions, a list.
export const plantSchema = z.strictObject({
  approach: quantity('K', { min: 0 }).optional(),
  architecture: z.enum(['air', 'liquid', 'hybrid']).optional(),
  rejection: z
    .union([z.literal('none'), z.strictObject({ dryCooler: z.strictObject({ approach: quantity('K'), fanPower: quantity('W').optional() }) })])
    .optional(),
  racks: z.discriminatedUnion('type', [z.strictObject({ type: z.literal('air') }), z.strictObject({ type: z.literal('liquid-pod') })]).optional(),
  pumps: z.array(z.strictObject({ head: quantity('Pa') })).min(1).optional(),
  sizes: z.record(z.string().regex(/^[1-9]\d*$/, 'expected a whole GPU count like 8'), z.number()).optional(),
});

/** The error lines `file` gets from `schema` (empty when it validates), with the file named as given. */
export function errorLines(file: string, schema: z.ZodType = standInScenarioSchema, overrides: string[] = []): string[] {
  try {
    validateText(schema, readFileSync(file, 'utf8'), file, { overrides, extraChecks: currencyProblems });
    return [];
  } catch (err) {
    if (err instanceof ScenarioError || err instanceof InputError) return err.lines;
    throw err;
  }
}
