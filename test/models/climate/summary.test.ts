import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { climateSummary, isFreeCoolingHour } from '../../../sim/models/climate/summary.js';
import { syntheticWeather } from '../../../sim/models/climate/synthetic.js';

const weather = syntheticWeather({
  meanDryBulbC: 15, annualAmplitudeK: 10, diurnalAmplitudeK: 5, hottestDayOfYear: 200, hottestHour: 14, dewPointDepressionK: 6, elevationM: 0,
});

describe('isFreeCoolingHour', () => {
  it('compares outdoor + approach with the supply temperature on the chosen basis', () => {
    // wet bulb 24 + 6 K = 30 <= 32: free; dry bulb 30 + 6 = 36 > 32: not free
    expect(isFreeCoolingHour(30, 24, { supplyC: 32, approachK: 6, basis: 'wetbulb' })).toBe(true);
    expect(isFreeCoolingHour(30, 24, { supplyC: 32, approachK: 6, basis: 'drybulb' })).toBe(false);
    expect(isFreeCoolingHour(26, 20, { supplyC: 32, approachK: 6, basis: 'drybulb' })).toBe(true); // equality counts
  });
});

describe('climateSummary', () => {
  it('counts the hours of each month and of the year', () => {
    const s = climateSummary(weather);
    expect(s.months.map((m) => m.hours)).toEqual([744, 672, 744, 720, 744, 720, 744, 744, 720, 744, 720, 744]);
    expect(s.year.hours).toBe(8760);
    expect(s.year.freeCoolingHours).toBeUndefined();
  });

  it('gives the synthetic climate its mean and extremes', () => {
    const s = climateSummary(weather);
    expect(s.year.meanDryBulbC).toBeCloseTo(15, 9);
    expect(s.year.maxDryBulbC).toBeCloseTo(30, 9);
    expect(s.months[6].maxDryBulbC).toBeCloseTo(30, 9); // July holds day 200
  });

  it('counts hours strictly above thresholds: all hours are above the minimum, none above the maximum', () => {
    const s = climateSummary(weather, { aboveDryBulbC: [-100, 30, 29], aboveWetBulbC: [100] });
    expect(s.year.hoursAboveDryBulb[0]).toBe(8760);
    expect(s.year.hoursAboveDryBulb[1]).toBe(0);
    expect(s.year.hoursAboveDryBulb[2]).toBeGreaterThan(0);
    expect(s.year.hoursAboveWetBulb).toEqual([0]);
  });

  it('free-cooling hours never fall as the supply temperature rises, and months add up to the year', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.constantFrom('wetbulb' as const, 'drybulb' as const), (supplyC, rise, basis) => {
        const a = climateSummary(weather, { freeCooling: { supplyC, approachK: 5, basis } });
        const b = climateSummary(weather, { freeCooling: { supplyC: supplyC + rise, approachK: 5, basis } });
        const monthSum = a.months.reduce((n, m) => n + (m.freeCoolingHours ?? 0), 0);
        return (b.year.freeCoolingHours ?? 0) >= (a.year.freeCoolingHours ?? 0) && monthSum === a.year.freeCoolingHours;
      }),
      { numRuns: 30 },
    );
  });

  it('wet-bulb basis gives at least the dry-bulb basis hours (wet bulb <= dry bulb)', () => {
    const fc32 = (basis: 'wetbulb' | 'drybulb') => climateSummary(weather, { freeCooling: { supplyC: 25, approachK: 5, basis } }).year.freeCoolingHours ?? 0;
    expect(fc32('wetbulb')).toBeGreaterThan(fc32('drybulb'));
  });
});
