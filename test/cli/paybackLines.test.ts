/**
 * Payback lines name the design whose capex premium it is (issue 10, item 14),
 * whichever of the two costs more to build, and say "no capex premium" when
 * there is nothing to pay back. Hand-made designs; numbers are the inputs.
 */
import { describe, expect, it } from 'vitest';
import type { ComparisonSummary, DesignSummary, Summary } from '../../sim/types/summary.js';
import { paybackLine, paybackLines } from '../../reports/payback.js';
import { decisionTable } from '../../sim/cli/decisionTable.js';

function design(id: string, capex: number, opex: number, comparison?: Partial<ComparisonSummary>): DesignSummary {
  return {
    id,
    name: id,
    tco: { currency: 'CNY', horizonYears: 5, discountRate: 0.08, total: capex + opex, capex, opex, perITKW: 0, lines: {}, cashFlows: [capex], sources: {} },
    ...(comparison ? { comparison: { versus: 'air-cooled', facilityEnergyKWh: 0, pue: 0, waterL: 0, emissionsKg: 0, ...comparison } } : {}),
  } as DesignSummary;
}

const air = design('air-cooled', 60e6, 50e6);

describe('paybackLine', () => {
  it('names the second design when it has the premium', () => {
    const liquid = design('liquid-pod', 72.3e6, 30e6, { capex: 12.3e6, opex: -20e6, simplePaybackYears: 2.14, discountedPaybackYears: 2.4 });
    expect(paybackLine(air, liquid)).toBe('air-cooled vs liquid-pod: liquid-pod costs CNY 12.30 M more to build and pays it back in 2.1 years (discounted: 2.4 years)');
  });

  it('names the first design when it has the premium (the second is cheaper to build)', () => {
    const liquid = design('liquid-pod', 47.7e6, 55e6, { capex: -12.3e6, opex: 5e6, simplePaybackYears: 3.5, discountedPaybackYears: null });
    expect(paybackLine(air, liquid)).toBe('air-cooled vs liquid-pod: air-cooled costs CNY 12.30 M more to build and pays it back in 3.5 years (discounted: not within 5 years)');
  });

  it('says "no capex premium" when the design cheaper to build is also cheaper to run', () => {
    const cheaper = design('liquid-pod', 50e6, 40e6, { capex: -10e6, opex: -10e6, simplePaybackYears: null, discountedPaybackYears: null });
    expect(paybackLine(air, cheaper)).toBe('air-cooled vs liquid-pod: no capex premium: liquid-pod is cheaper to build and to run');
    const dearer = design('liquid-pod', 70e6, 60e6, { capex: 10e6, opex: 10e6, simplePaybackYears: null, discountedPaybackYears: null });
    expect(paybackLine(air, dearer)).toBe('air-cooled vs liquid-pod: no capex premium: air-cooled is cheaper to build and to run');
  });

  it('a premium that saves on running but not enough within the horizon', () => {
    const liquid = design('liquid-pod', 70e6, 49e6, { capex: 10e6, opex: -1e6, simplePaybackYears: null, discountedPaybackYears: null });
    expect(paybackLine(air, liquid)).toBe('air-cooled vs liquid-pod: liquid-pod costs CNY 10.00 M more to build and does not pay it back within 5 years');
  });

  it('equal capex, small amounts, and designs without costs', () => {
    expect(paybackLine(air, design('twin', 60e6, 40e6, { capex: 0, opex: -10e6, simplePaybackYears: 0, discountedPaybackYears: 0 }))).toBe(
      'air-cooled vs twin: no capex premium: both cost CNY 60.00 M to build',
    );
    const small = design('small', 60e6 + 4200, 49e6, { capex: 4200, opex: -1e6, simplePaybackYears: 0.04, discountedPaybackYears: 0.05 });
    expect(paybackLine(air, small)).toBe('air-cooled vs small: small costs CNY 4,200 more to build and pays it back in 0.0 years (discounted: 0.1 years)');
    expect(paybackLine(air, { ...design('x', 1, 1), tco: undefined })).toBeUndefined();
  });
});

describe('decisionTable', () => {
  it('prints the payback lines below the TCO table, and the capex difference with its sign', () => {
    const liquid = design('liquid-pod', 47.7e6, 55e6, { capex: -12.3e6, opex: 5e6, tcoSavingsFraction: 0.05, simplePaybackYears: 3.5, discountedPaybackYears: 4.2 });
    const summary = { designs: [air, liquid] } as unknown as Summary;
    expect(paybackLines(summary)).toEqual(['air-cooled vs liquid-pod: air-cooled costs CNY 12.30 M more to build and pays it back in 3.5 years (discounted: 4.2 years)']);
    const table = decisionTable(summary);
    expect(table).toMatch(/\nCapex vs first +-12\.30 M\n/);
    expect(table).toContain('\nPayback:\n  air-cooled vs liquid-pod: air-cooled costs CNY 12.30 M more to build and pays it back in 3.5 years (discounted: 4.2 years)\n');
    expect(table).not.toContain('Payback of the capex premium');
  });
});
