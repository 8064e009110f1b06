/** `liquid.rejection: { chilledWater: {} }` (sim/scenario/schema/chilledWaterCdus.ts): CDUs on the air plant's chilled water. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { coolingSchema } from '../../../sim/scenario/schema/cooling.js';

const parse = (text: string) => coolingSchema.safeParse(parseYaml(text));
const messages = (text: string) => {
  const r = parse(text);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const air = '{ supplyAir: 25 degC, returnAir: 37 degC, chilledWaterSupply: 7.2 degC, chilledWaterReturn: 13.2 degC, chiller: { type: air-cooled-screw }, economizer: none }';

describe('CDUs on the chilled-water plant (scenario)', () => {
  it('becomes chilledWaterCdus (no liquid plant), with the CDU fields and class; defaults as the liquid plant\'s', () => {
    const r = parse(`{ air: ${air}, liquid: { facilitySupplyClass: W17, cdu: { approach: 4 K }, rejection: { chilledWater: {} } } }`);
    expect(r.success).toBe(true);
    expect(r.data!.liquid).toBeUndefined();
    expect(r.data!.chilledWaterCdus).toEqual({
      facilitySupplyClass: 'W17', cdu: { approachK: 4, tcsDeltaTK: 5, pump: { headPa: 200e3, efficiency: 0.6, minFlowFraction: 0.3 } },
    });
    expect(r.data!.air!.chilledWaterSupplyC).toBe(7.2);
  });

  it('chilled water warmer than the class allows: names the field, the limit and the value', () => {
    expect(messages(`{ air: { chilledWaterSupply: 18 degC, chilledWaterReturn: 24 degC }, liquid: { facilitySupplyClass: W17, rejection: { chilledWater: {} } } }`)).toEqual([
      "liquid.facilitySupplyClass: expected the air plant's chilled-water supply at most 17 degC for class W17 (it is the CDUs' facility water), got 18 degC",
    ]);
  });

  it('needs an air plant; facility-water fields of a separate loop are refused', () => {
    expect(messages(`{ liquid: { rejection: { chilledWater: {} } } }`)).toEqual([
      'liquid.rejection: expected an `air` plant whose chilled water feeds the CDUs (rejection chilledWater), got none',
    ]);
    expect(messages(`{ air: ${air}, liquid: { facilitySupply: 20 degC, trimChiller: {}, rejection: { chilledWater: {} } } }`)).toEqual([
      'liquid.facilitySupply: expected no facilitySupply with rejection chilledWater (the facility water is the air plant\'s chilled water), got one',
      'liquid.trimChiller: expected no trimChiller with rejection chilledWater (the facility water is the air plant\'s chilled water), got one',
    ]);
  });
});
