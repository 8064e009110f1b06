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

describe('water-cooled trim chiller (issue 12 item 9)', () => {
  const messages = (text: string) => {
    const r = parse(text);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('with a tower loop: its condenser rejects to cells like the loop tower (approach from the loop, range from the defaults)', () => {
    const r = parse(`{ liquid: { facilitySupplyClass: W27, rejection: { tower: { approach: 4 K } }, trimChiller: { type: water-cooled-screw } } }`);
    expect(r.success).toBe(true);
    expect(r.data!.liquid!.trimChiller?.type).toBe('water-cooled-screw');
    expect(r.data!.liquid!.trimCondenserTower).toMatchObject({ approachK: 4, rangeK: 5.56, minCondenserWaterC: 15.56 });
  });

  it('with dry coolers: its own tower, or a field error naming trimChiller.tower', () => {
    const own = parse(`{ liquid: { rejection: { dryCooler: {} }, trimChiller: { type: water-cooled-centrifugal, tower: { approach: 3 K } } } }`);
    expect(own.data!.liquid!.trimCondenserTower).toMatchObject({ approachK: 3 });
    expect(messages(`{ liquid: { rejection: { dryCooler: {} }, trimChiller: { type: water-cooled-screw } } }`)).toEqual([
      "liquid.trimChiller.tower: expected a tower for the water-cooled trim chiller ('water-cooled-screw') when the loop has none, got none",
    ]);
    expect(messages(`{ liquid: { trimChiller: { type: air-cooled-screw, tower: {} } } }`)).toEqual([
      "liquid.trimChiller.tower: expected no tower for an air-cooled trim chiller ('air-cooled-screw'), got one",
    ]);
  });
});
