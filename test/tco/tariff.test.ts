import { describe, expect, it } from 'vitest';
import { flatTariff, parseHourRanges, parseMonthRanges, tariffPricePerJ, timeOfUseTariff, type TariffProblem } from '../../sim/tco/tariff.js';
import type { EnergyTariff } from '../../sim/tco/costParams.js';

describe('hour and month ranges', () => {
  it('reads clock-hour ranges, end exclusive, wrapping past midnight', () => {
    expect(parseHourRanges('8-11,13-17')).toEqual([8, 9, 10, 13, 14, 15, 16]);
    expect(parseHourRanges('22-8')).toEqual([22, 23, 0, 1, 2, 3, 4, 5, 6, 7]);
    expect(parseHourRanges('0-24')).toHaveLength(24);
    expect(parseHourRanges('23')).toEqual([23]);
  });

  it('rejects malformed hours with the expected/got grammar', () => {
    expect(parseHourRanges('25-3')).toBe("expected hours of the day like '8-11,13-17' (start-end, clock hours 0-24, end exclusive), got '25-3'");
    expect(typeof parseHourRanges('8-8')).toBe('string');
    expect(typeof parseHourRanges('morning')).toBe('string');
  });

  it('reads inclusive month ranges, wrapping past December', () => {
    expect(parseMonthRanges('2-6,9-11')).toEqual([2, 3, 4, 5, 6, 9, 10, 11]);
    expect(parseMonthRanges('12-1')).toEqual([12, 1]);
    expect(parseMonthRanges('13')).toBe("expected months like '2-6,9-11' (inclusive, 1-12), got '13'");
  });
});

describe('timeOfUseTariff', () => {
  const peak = { hours: '8-11,13-17', pricePerJ: 3 };
  const flat = { hours: '11-13,17-22', pricePerJ: 2 };
  const valley = { hours: '22-8', pricePerJ: 1 };

  it('maps every (month, hour) to its period price', () => {
    const t = timeOfUseTariff([peak, flat, valley]) as EnergyTariff;
    expect(t.kind).toBe('timeOfUse');
    expect(tariffPricePerJ(t, 1, 9)).toBe(3);
    expect(tariffPricePerJ(t, 12, 12)).toBe(2);
    expect(tariffPricePerJ(t, 6, 23)).toBe(1);
    expect(tariffPricePerJ(flatTariff(5), 3, 3)).toBe(5);
  });

  it('reports uncovered and doubly covered hours', () => {
    const gaps = timeOfUseTariff([peak, valley]) as TariffProblem[];
    expect(gaps).toEqual([{ path: [], message: 'expected periods covering every hour of every month, got no price for month 1 hour 11, month 1 hour 12, month 1 hour 17 and 81 more' }]);
    const overlaps = timeOfUseTariff([peak, flat, valley, { hours: '9', months: '7', pricePerJ: 5 }]) as TariffProblem[];
    expect(overlaps).toEqual([{ path: [], message: 'expected each hour in exactly one period, got several prices for month 7 hour 9' }]);
  });

  it('points at the malformed period', () => {
    const bad = timeOfUseTariff([peak, { hours: 'x', months: '0', pricePerJ: 1 }]) as TariffProblem[];
    expect(bad.map((p) => p.path)).toEqual([[1, 'hours'], [1, 'months']]);
  });
});
