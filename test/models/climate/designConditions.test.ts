import { describe, expect, it } from 'vitest';
import { designConditions, exceededValue, meanCoincident } from '../../../sim/models/climate/designConditions.js';
import { readEpw } from '../../../sim/models/climate/epw.js';
import { HANGZHOU_EPW } from './weatherFiles.js';

describe('exceededValue', () => {
  it('is the k-th highest value, k = round(p * N)', () => {
    const values = Array.from({ length: 8760 }, (_, i) => i + 1);
    // 0.4 % of 8760 = 35.04 -> 35th highest = 8726; 1 % -> 88th = 8673; 2 % -> 175th = 8586 (ASHRAE: 35, 88, 175 h)
    expect(exceededValue(values, 0.004)).toBe(8726);
    expect(exceededValue(values, 0.01)).toBe(8673);
    expect(exceededValue(values, 0.02)).toBe(8586);
    expect(exceededValue([3, 1, 2], 0.0001)).toBe(3); // at least the maximum
  });
});

describe('meanCoincident', () => {
  it('averages the other variable over the hours within +-0.5 K of the design value', () => {
    expect(meanCoincident([30, 30.4, 30.6, 20], [20, 22, 99, 99], 30)).toBe(21);
  });
});

describe('designConditions on the Hangzhou file', () => {
  const d = designConditions(readEpw(HANGZHOU_EPW));

  it('orders the cooling percentiles and states its basis', () => {
    expect(d.cooling04.dryBulbC).toBeGreaterThanOrEqual(d.cooling1.dryBulbC);
    expect(d.cooling1.dryBulbC).toBeGreaterThanOrEqual(d.cooling2.dryBulbC);
    expect(d.maxDryBulb.tempC).toBeGreaterThanOrEqual(d.cooling04.dryBulbC);
    expect(d.maxWetBulb.tempC).toBeGreaterThanOrEqual(d.evaporation04.wetBulbC);
    expect(d.basis).toContain('not the ASHRAE station table');
  });

  it('is near the ASHRAE 2009 station values in the file header, within the typical-year difference', () => {
    // DESIGN CONDITIONS header: 0.4 % 36.1 / MCWB 26.8; 1 % 35.1 / 26.7; 2 % 33.8 / 26.5; evaporation 0.4 % WB 28.2.
    // A typical year is built from typical months, so its extremes sit below the 20-30-year
    // statistics; 1.5 K is the spread we accept (the file's own values: 35.5, 34.3, 33.2; WB 27.8).
    expect(Math.abs(d.cooling04.dryBulbC - 36.1)).toBeLessThan(1.5);
    expect(Math.abs(d.cooling04.meanCoincidentWetBulbC - 26.8)).toBeLessThan(1.0);
    expect(Math.abs(d.cooling1.dryBulbC - 35.1)).toBeLessThan(1.5);
    expect(Math.abs(d.cooling2.dryBulbC - 33.8)).toBeLessThan(1.5);
    expect(Math.abs(d.evaporation04.wetBulbC - 28.2)).toBeLessThan(1.0);
  });
});
