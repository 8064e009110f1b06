import { describe, expect, it } from 'vitest';
import { designConditions, designPointOf, exceededValue, meanCoincident } from '../../../sim/models/climate/designConditions.js';
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

describe('designPointOf (issue 12 item 7: the scenario chooses the design basis)', () => {
  const w = readEpw(HANGZHOU_EPW);
  const d = designConditions(w);

  it("'file-extreme' is the hottest and the most humid hour, each with its coincident value, nothing above", () => {
    const p = designPointOf(d, 'file-extreme');
    expect(p).toMatchObject({ dryBulbC: d.maxDryBulb.tempC, wetBulbC: d.maxWetBulb.tempC, hoursAboveDryBulb: 0, hoursAboveWetBulb: 0 });
    expect(p.meanCoincidentWetBulbC).toBe(w.wetBulbC[d.maxDryBulb.hourOfYear]);
  });

  it('a percentile basis takes dry bulb from the cooling and wet bulb from the evaporation condition of that percentile', () => {
    const p = designPointOf(d, '1%');
    expect(p.dryBulbC).toBe(d.cooling1.dryBulbC);
    expect(p.wetBulbC).toBe(d.evaporation1.wetBulbC);
    expect(p.meanCoincidentDryBulbC).toBe(d.evaporation1.meanCoincidentDryBulbC);
    // 1 % of 8760 h = the 88th-highest value: fewer than 88 hours lie strictly above it
    expect(p.hoursAboveDryBulb).toBeLessThan(88);
    expect(p.hoursAboveDryBulb).toBeGreaterThan(40);
  });

  it("'station-…' bases take the ASHRAE station values of the EPW header (Hangzhou 2009: 0.4 % 36.1 degC, WB 28.2; 20-year 40.1)", () => {
    expect(designPointOf(d, 'station-0.4%')).toMatchObject({ dryBulbC: 36.1, meanCoincidentWetBulbC: 26.8, wetBulbC: 28.2, meanCoincidentDryBulbC: 32.9 });
    const n20 = designPointOf(d, 'station-20-year');
    expect(n20).toMatchObject({ dryBulbC: 40.1, wetBulbC: 28.2, hoursAboveDryBulb: 0 });
    // the typical year is milder than the long-term statistics: fewer of its hours lie above the station's 0.4 % value
    expect(designPointOf(d, 'station-0.4%').hoursAboveDryBulb).toBeLessThan(35);
  });

  it('a station basis without station values (synthetic, .mos, a bare EPW) is an input error naming the field', () => {
    const { station: _s, ...bare } = d;
    expect(() => designPointOf(bare, 'station-1%')).toThrow(/site\.designBasis: 'station-1%' needs the ASHRAE design conditions/);
  });

  it('milder bases are not hotter', () => {
    const t = (['file-extreme', '0.4%', '1%', '2%'] as const).map((b) => designPointOf(d, b));
    for (let i = 1; i < t.length; i++) {
      expect(t[i].dryBulbC).toBeLessThanOrEqual(t[i - 1].dryBulbC);
      expect(t[i].wetBulbC).toBeLessThanOrEqual(t[i - 1].wetBulbC);
    }
  });
});
