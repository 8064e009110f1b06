import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as units from '../sim/units.js';

const EPS = Number.EPSILON; // 2^-52

/** Finite doubles away from overflow and the subnormal range, where x * c / c can lose bits. */
const magnitude = fc
  .double({ min: -1e250, max: 1e250, noNaN: true, noDefaultInfinity: true })
  .filter((x) => x === 0 || Math.abs(x) > 1e-250);

/** Multiplication then division by the same factor: each step rounds once, so <= 2 ulp relative. */
const pairs: Array<[string, (x: number) => number, (x: number) => number]> = [
  ['J -> kWh -> J', units.kWhFromJ, units.jFromKWh],
  ['kWh -> J -> kWh', units.jFromKWh, units.kWhFromJ],
  ['W -> kW -> W', units.kWFromW, units.wFromKW],
  ['kW -> W -> kW', units.wFromKW, units.kWFromW],
  ['s -> h -> s', units.hoursFromS, units.sFromHours],
  ['h -> s -> h', units.sFromHours, units.hoursFromS],
];

describe('units', () => {
  for (const [name, there, back] of pairs) {
    it(`round trip ${name} is the identity (to 2 ulp)`, () => {
      fc.assert(
        fc.property(magnitude, (x) => {
          expect(Math.abs(back(there(x)) - x)).toBeLessThanOrEqual(2 * EPS * Math.abs(x));
        }),
      );
    });
  }

  it('round trip degC -> K -> degC is the identity (to the rounding of the sum)', () => {
    fc.assert(
      fc.property(fc.double({ min: -273.15, max: 1e6, noNaN: true }), (tempC) => {
        const back = units.cFromKelvin(units.kelvinFromC(tempC));
        // Two roundings of a sum of magnitude <= |tempC| + 273.15: each at most half an ulp of that.
        expect(Math.abs(back - tempC)).toBeLessThanOrEqual(2 * EPS * (Math.abs(tempC) + units.KELVIN_AT_ZERO_C));
      }),
    );
  });

  it('is exact for the integers the simulation actually uses (hours, kW, whole kWh)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        expect(units.hoursFromS(units.sFromHours(n))).toBe(n);
        expect(units.kWFromW(units.wFromKW(n))).toBe(n);
        expect(units.kWhFromJ(units.jFromKWh(n))).toBe(n);
      }),
    );
  });

  it('has the known values of the SI definitions', () => {
    // 1 kWh = 1000 W x 3600 s (SI Brochure, 9th ed., Table 8: hour = 3600 s)
    expect(units.jFromKWh(1)).toBe(1000 * 3600);
    expect(units.kWhFromJ(1000 * 3600)).toBe(1);
    expect(units.mWhFromJ(1000 * 1000 * 3600)).toBe(1);
    // 0 degC = 273.15 K exactly (SI Brochure, 9th ed., 2.3.1: t/degC = T/K - 273.15)
    // 27315 / 100 is correctly rounded, so it is the double nearest 273.15 (no literal outside units.ts)
    expect(units.kelvinFromC(0)).toBe(27_315 / 100);
    expect(units.kelvinFromC(-units.KELVIN_AT_ZERO_C)).toBe(0);
    expect(units.kelvinFromC(100)).toBeCloseTo(373.15, 12);
    expect(units.cFromKelvin(300)).toBeCloseTo(26.85, 12);
    // A non-leap year: 365 d x 86 400 s = 31 536 000 s; 8760 h
    expect(units.SECONDS_PER_YEAR).toBe(365 * 86_400);
    expect(units.HOURS_PER_YEAR).toBe(365 * 24);
    expect(units.SECONDS_PER_DAY).toBe(24 * units.SECONDS_PER_HOUR);
    expect(units.hoursFromS(units.SECONDS_PER_YEAR)).toBe(8760);
    expect(units.wFromKW(105)).toBe(105_000);
    expect(units.litresFromM3(2.5)).toBe(2500);
  });
});
