/**
 * Zod fragment of a design's `loads`: named constant loads, each its own meter (sim/models/power/constantLoads.ts).
 *
 *   loads:
 *     - { name: tower-filter-pump, power: 5 kW, heat: outdoors }
 *     - { name: offices, power: 20 kW, heat: room }
 *
 * Names are lowercase words joined by '-' (they become meter names and hourly.csv columns), unique in the
 * design, and never the name of another meter.
 */
import { z } from 'zod';
import { quantity } from '../fields.js';
import type { ConstantLoad } from '../../models/power/constantLoads.js';
import { EXCLUDABLE_METERS } from './boundary.js';

const RESERVED = new Set(['it', ...EXCLUDABLE_METERS]);

const loadSchema = z.strictObject({
  name: z.string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "expected lowercase letters, digits and '-', like 'tower-filter-pump'" })
    .refine((n) => !RESERVED.has(n), { error: (i) => `expected a name that is not already a meter (${[...RESERVED].join(', ')}), got '${String(i.input)}'` })
    .meta({ description: "meter name of the load, e.g. 'tower-filter-pump'" }),
  power: quantity('W', { min: 0 }).meta({ description: "constant electrical power, e.g. '5 kW'" }),
  heat: z.enum(['room', 'outdoors']).meta({ description: "'room' (the air plant removes its heat) or 'outdoors'" }),
});

/** Adds an issue on every repeated load name. */
function checkUniqueNames(loads: Array<{ name: string }>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  loads.forEach((l, i) => {
    if (seen.has(l.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `expected a unique load name, got '${l.name}' again` });
    seen.add(l.name);
  });
}

export const loadsSchema = z.array(loadSchema).superRefine(checkUniqueNames)
  .transform((loads): ConstantLoad[] => loads.map((l) => ({ name: l.name, powerW: l.power, heat: l.heat })))
  .meta({ description: 'named constant loads (filter pumps, trace heaters, offices), each its own meter' });
