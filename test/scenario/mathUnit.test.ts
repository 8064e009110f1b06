/**
 * mathUnit.ts builds mathjs's unit() itself (so the CLI bundle can leave out what parsing never uses):
 * it must parse, convert, compare and print exactly as mathjs's default `unit` does.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unit as defaultUnit } from 'mathjs';
import { mathUnit } from '../../sim/scenario/mathUnit.js';

const TEXTS: [string, string][] = [
  ['105 kW', 'W'], ['40 degC', 'degC'], ['104 degF', 'degC'], ['6 K', 'K'], ['15 min', 's'], ['20 MWh', 'J'],
  ['0.58 kg/kWh', 'kg/J'], ['1.8 L/kWh', 'L/J'], ['12 m^3/s', 'm^3/s'], ['250 Pa', 'Pa'], ['2500 kVA', 'VA'], ['72 /h', 'Hz'],
  ['3 km^2', 'm^2'], ['5 cm^3/min', 'm^3/s'], ['2 kW h^-1', 'W/s'], // powers of prefixed units: mathjs's pow at work
];

describe('mathUnit', () => {
  it("converts every kind of scenario quantity to the same number as mathjs's default unit()", () => {
    for (const [text, to] of TEXTS) expect(mathUnit(text).toNumber(to), text).toBe(defaultUnit(text).toNumber(to));
  });

  it('compares and prints like mathjs (the functions it loads on first use)', () => {
    expect(mathUnit('5 kW').equals(mathUnit('5000 W'))).toBe(true);
    for (const [text] of TEXTS) expect(mathUnit(text).toString(), text).toBe(defaultUnit(text).toString());
    expect(mathUnit('1.5 h').splitUnit(['h', 'min']).map(String)).toEqual(defaultUnit('1.5 h').splitUnit(['h', 'min']).map(String));
  });

  it('rejects what mathjs rejects, with a value and unit where mathjs gives them', () => {
    for (const text of ['2 kW * 3', 'kW kW', '5 furlongs', '', 'evaluate(1)']) {
      const mine = (() => { try { return mathUnit(text).toString(); } catch (e) { return `throws ${(e as Error).message}`; } })();
      const theirs = (() => { try { return defaultUnit(text).toString(); } catch (e) { return `throws ${(e as Error).message}`; } })();
      expect(mine, text).toBe(theirs);
    }
  });

  it('any number with a unit converts identically (property)', () => {
    const units = fc.constantFrom('W', 'kW', 'MW', 'degC', 'degF', 'K', 'min', 'h', 'kWh', 'Pa', 'kPa', 'L', 'm^3');
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), units, (v, u) => {
        const text = `${v} ${u}`;
        expect(mathUnit(text).toSI().toString()).toBe(defaultUnit(text).toSI().toString());
      }),
    );
  });
});
