import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { coolingSchema } from '../../../sim/scenario/schema/cooling.js';
import { describeIssues } from '../../../sim/scenario/messages.js';

const parse = (text: string) => coolingSchema.safeParse(parseYaml(text));
const messages = (text: string) => {
  const r = parse(text);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('coolingSchema', () => {
  it('the default air shape converts to SI with cited defaults filled in', () => {
    const r = parse(`{ air: { supplyAir: 24 degC, returnAir: 36 degC, chilledWaterSupply: 15 degC, chilledWaterReturn: 21 degC,
      chiller: { type: water-cooled-centrifugal, redundancy: N+1 }, tower: { approach: 4 K, cycles: 4 }, economizer: waterside } }`);
    expect(r.success).toBe(true);
    const air = r.data!.air!;
    expect(air).toMatchObject({ supplyAirC: 24, returnAirC: 36, chilledWaterSupplyC: 15, chilledWaterReturnC: 21 });
    expect(air.tower).toMatchObject({ approachK: 4, cyclesOfConcentration: 4, rangeK: 5.56, driftFraction: 0.00008 });
    expect(air.economizer).toEqual({ type: 'waterside', approachK: 3 });
    expect(r.data!.liquid).toBeUndefined();
  });

  it('the default liquid shape: class maximum as setpoint, adiabatic dry cooler, air-cooled trim chiller', () => {
    const r = parse(`{ liquid: { facilitySupplyClass: W32, rejection: { dryCooler: { approach: 6 K, adiabatic: { above: 28 degC, effectiveness: 70 % } } },
      trimChiller: { type: air-cooled-screw } }, air: { supplyAir: 27 degC } }`);
    expect(r.success).toBe(true);
    const liquid = r.data!.liquid!;
    expect(liquid.facilitySupplyC).toBe(32);
    expect(liquid.rejection).toMatchObject({ kind: 'dryCooler', approachK: 6, adiabatic: { aboveC: 28, effectiveness: 0.7, cyclesOfConcentration: 3 } });
    expect(liquid.trimChiller?.type).toBe('air-cooled-screw');
    expect(r.data!.air!.returnAirC).toBe(39);
  });

  it('a tower for the liquid plant', () => {
    const r = parse(`{ liquid: { facilitySupplyClass: W27, rejection: { tower: { approach: 4 K } } } }`);
    expect(r.data!.liquid!.rejection).toMatchObject({ kind: 'tower', approachK: 4 });
  });

  it('field errors: a difference in degC, an unknown key', () => {
    expect(messages(`{ air: { tower: { approach: 4 degC, cyclez: 3 } } }`)).toEqual([
      "air.tower.approach: expected a temperature difference in K (a difference of 6 degC is '6 K'; degC converts to absolute kelvin), got '4 degC'",
      'air.tower: Unrecognized key: "cyclez"',
    ]);
  });

  it('cross-field errors', () => {
    expect(messages(`{ air: { supplyAir: 24 degC, returnAir: 20 degC, chiller: { type: air-cooled-screw }, economizer: waterside } }`)).toEqual([
      'air.returnAir: expected a return air warmer than the supply air (24 degC), got 20 degC',
      "air.economizer: expected 'none' with an air-cooled chiller (a waterside economizer needs a cooling tower), got 'waterside'",
    ]);
    expect(messages(`{ liquid: { facilitySupplyClass: W27, facilitySupply: 30 degC, trimChiller: { type: water-cooled-screw } } }`)).toEqual([
      'liquid.facilitySupply: expected at most 27 degC for class W27, got 30 degC',
      // a water-cooled trim chiller is allowed since issue 12 (item 9), but needs a tower when the loop has dry coolers
      "liquid.trimChiller.tower: expected a tower for the water-cooled trim chiller ('water-cooled-screw') when the loop has none, got none",
    ]);
    expect(messages('{}')).toEqual([': expected an `air` plant, a `liquid` plant or both, got neither']);
  });

  it('an airside economizer: the short form takes the cited defaults; the long form converts to SI (enthalpy in J/kg)', () => {
    const short = parse(`{ air: { chiller: { type: air-cooled-screw }, economizer: airside } }`);
    expect(short.success).toBe(true);
    expect(short.data!.air!.economizer).toEqual({
      type: 'airside', approachK: 3, airside: { maxDewPointC: 15, maxRelativeHumidity: 0.6, minDewPointC: -9, humidification: 'adiabatic',
        evaporativeEffectiveness: 0, extraPressurePa: 150, cyclesOfConcentration: 3 },
    });
    const long = parse(`{ air: { economizer: { type: airside, maxDewPoint: 17 degC, maxHumidity: 80 %, minDewPoint: -12 degC, humidification: none,
      evaporative: { effectiveness: 85 % }, extraPressure: 200 Pa, cycles: 5, highLimit: { dryBulb: 24 degC, enthalpy: 66 kJ/kg } } } }`);
    expect(long.data!.air!.economizer.airside).toEqual({ maxDewPointC: 17, maxRelativeHumidity: 0.8, minDewPointC: -12, humidification: 'none',
      evaporativeEffectiveness: 0.85, extraPressurePa: 200, cyclesOfConcentration: 5, highLimitDryBulbC: 24, highLimitEnthalpyJPerKg: 66000 });
  });

  it('airside errors name the field: a dew-point band upside down', () => {
    expect(messages(`{ air: { economizer: { type: airside, maxDewPoint: 10 degC, minDewPoint: 12 degC } } }`)).toEqual([
      'air.economizer.minDewPoint: expected a dew point below maxDewPoint (10 degC), got 12 degC',
    ]);
    // chosen by `type`: the errors are about the airside fields, not about the waterside variant
    const input = parseYaml(`{ air: { economizer: { type: airside, maxDewpoint: 15 degC, evaporative: { effectiveness: 170 % } } } }`);
    const r = coolingSchema.safeParse(input);
    expect(describeIssues(r.error!.issues, coolingSchema, input).map((p) => p.text)).toEqual([
      "air.economizer.evaporative.effectiveness: expected a fraction between 0 and 1 (or 0 % to 100 %), got '170 %'",
      "air.economizer: unknown field 'maxDewpoint' (did you mean 'maxDewPoint'?)",
    ]);
  });

  it('converts to a JSON Schema of its input for editors (dctwin schema)', () => {
    const json = z.toJSONSchema(coolingSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as { properties?: Record<string, unknown> };
    expect(Object.keys(json.properties ?? {})).toEqual(['air', 'liquid']);
  });
});
