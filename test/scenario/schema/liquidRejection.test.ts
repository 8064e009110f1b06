// Tests the liquid plant's rejection arrangements in sim/scenario/schema/cooling.ts (issue 12 items 9-10).
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { coolingSchema } from '../../../sim/scenario/schema/cooling.js';

const parse = (text: string) => coolingSchema.safeParse(parseYaml(text));

describe('liquid rejection arrangements', () => {
  it('a dry cooler and a tower together: the dry cooler in series ahead of the towers, each with its own fields', () => {
    const r = parse(`{ liquid: { facilitySupplyClass: W27, rejection: { dryCooler: { approach: 8 K, units: 2 }, tower: { approach: 4 K } } } }`);
    expect(r.success).toBe(true);
    expect(r.data!.liquid!.rejection).toMatchObject({
      kind: 'series', dryCooler: { kind: 'dryCooler', approachK: 8, dutyUnits: 2 }, tower: { kind: 'tower', approachK: 4 },
    });
  });
});
