import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDuration, formatKW, formatMWh, formatMoney, formatNumber, formatPercent, formatRatio, roundSignificant } from '../../reports/format.js';

describe('formatNumber', () => {
  it('groups thousands and fixes decimals', () => {
    expect(formatNumber(1234567.891, 1)).toBe('1,234,567.9');
    expect(formatNumber(999.5, 0)).toBe('1,000');
    expect(formatNumber(-1234.5, 2)).toBe('-1,234.50');
    expect(formatNumber(-0.0001, 2)).toBe('0.00');
    expect(formatNumber(Number.NaN)).toBe('n/a');
  });

  it('reads back as toFixed once the separators are removed', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const text = formatNumber(value, decimals);
        expect(Number(text.replace(/,/g, '')) === Number(value.toFixed(decimals))).toBe(true); // -0 and 0 alike
      }),
    );
  });
});

describe('unit formatters', () => {
  it('formats each quantity the one way the reports use', () => {
    expect(formatRatio(1.23456)).toBe('1.235');
    expect(formatKW(2586.4)).toBe('2,586');
    expect(formatKW(12.34)).toBe('12.3');
    expect(formatMWh(16_869_712)).toBe('16,869.7');
    expect(formatPercent(0.0832)).toBe('8.3 %');
    expect(formatMoney(41_230_000, 'CNY')).toBe('CNY 41.23 M');
    expect(formatMoney(-3_670_000, 'CNY')).toBe('CNY -3.67 M');
    expect(formatMoney(2_500_000_000, 'EUR')).toBe('EUR 2.50 B');
    expect(formatMoney(512, 'USD')).toBe('USD 512');
  });
});

describe('formatDuration', () => {
  it('prints a wait in s, min, h or d, whichever fits', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(2.54)).toBe('2.5 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(750)).toBe('12.5 min'); // 750 / 60
    expect(formatDuration(11_520)).toBe('3.2 h'); // 11,520 / 3,600
    expect(formatDuration(354_240)).toBe('4.1 d'); // 354,240 / 86,400
    expect(formatDuration(101 * 86_400)).toBe('101 d'); // the 101-day backlog of issue 10: whole days from 100
    expect(formatDuration(Number.NaN)).toBe('n/a');
  });
});

describe('roundSignificant', () => {
  it('keeps the requested significant digits', () => {
    expect(roundSignificant(1.234567, 4)).toBe(1.235);
    expect(roundSignificant(123456.7, 3)).toBe(123000);
    expect(roundSignificant(0.000123456, 2)).toBe(0.00012);
    expect(roundSignificant(0)).toBe(0);
  });

  it('is within half a unit of the last kept digit', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (value) => {
        expect(Math.abs(roundSignificant(value, 5) - value) / value).toBeLessThanOrEqual(5e-5 * (1 + 1e-9));
      }),
    );
  });
});
