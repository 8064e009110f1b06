import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerOf, rankDesigns } from '../../reports/answer.js';
import { kpiRows } from '../../reports/kpi.js';
import type { Summary } from '../../sim/types/summary.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';

const summary = fakeRun(365).summary;

/** A copy of the fixture summary with these TCO totals (and capex) per design. */
function withTotals(totals: number[]): Summary {
  const s = structuredClone(summary);
  s.designs = totals.map((total, i) => ({ ...structuredClone(summary.designs[i % 2]), id: `d${i}`, tco: { ...summary.designs[i % 2].tco!, total } }));
  return s;
}

describe('answerOf', () => {
  it('names the cheapest design and its margin over the fixture year', () => {
    const [air, liquid] = summary.designs;
    const answer = answerOf(summary);
    expect(answer.winner).toBe(liquid.tco!.total < air.tco!.total ? liquid.id : air.id);
    expect(answer.basis).toBe('tco');
    const millions = (x: number) => (x / 1e6).toFixed(2);
    const margin = air.tco!.total - liquid.tco!.total;
    expect(answer.headline).toBe(
      `liquid-pod (Liquid PoD, dry coolers) is the cheapest design over 5 years: TCO CNY ${millions(liquid.tco!.total)} M, ` +
        `CNY ${millions(margin)} M (${((100 * margin) / air.tco!.total).toFixed(1)} %) less than air-chw.`,
    );
    const pues = `PUE ${liquid.metrics.pue.toFixed(3)} vs ${air.metrics.pue.toFixed(3)}`;
    expect(answer.why).toMatch(/^It uses [\d,.]+ MWh \([\d.]+ %\) less facility energy a year than air-chw /);
    expect(answer.why).toContain(`(${pues}), which outweighs its CNY 3.00 M higher capex, paying back after`);
  });

  it('falls back to the lowest PUE when a design has no TCO', () => {
    const s = structuredClone(summary);
    delete s.designs[0].tco;
    const answer = answerOf(s);
    expect(answer.basis).toBe('pue');
    expect(answer.winner).toBe('liquid-pod');
    const [air, liquid] = s.designs;
    expect(answer.headline).toBe(
      `liquid-pod (Liquid PoD, dry coolers) has the lowest PUE: PUE ${liquid.metrics.pue.toFixed(3)} (PUE2), vs ${air.metrics.pue.toFixed(3)} for air-chw.`,
    );
  });

  it('always picks the design with the lowest total, ties in scenario order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }).map((m) => m * 1e6), { minLength: 1, maxLength: 5 }), (totals) => {
        const s = withTotals(totals);
        const min = Math.min(...totals);
        expect(answerOf(s).winner).toBe(`d${totals.indexOf(min)}`);
        expect(rankDesigns(s).map((d) => d.tco!.total)).toEqual([...totals].sort((a, b) => a - b));
      }),
    );
  });
});

describe('kpiRows', () => {
  it('holds the summary values and the savings against the first design', () => {
    const rows = new Map(kpiRows(summary).map((r) => [r.key, r]));
    const [air, liquid] = summary.designs;
    expect(rows.get('metrics.pue')!.cells.map((c) => c.value)).toEqual([air.metrics.pue, liquid.metrics.pue]);
    expect(rows.get('metrics.pue')!.cells[0].text).toBe(`${air.metrics.pue.toFixed(3)} (PUE2)`);
    expect(rows.get('metrics.facilityPowerKW.peak')!.cells[1].value).toBe(liquid.metrics.facilityPowerKW.peak);
    expect(rows.get('savingsVsFirst')!.cells.map((c) => c.value)).toEqual([undefined, air.tco!.total - liquid.tco!.total]);
    expect(rows.get('savingsVsFirst')!.label).toBe('Savings vs air-chw');
  });

  it('leaves out the cost rows when no design has a TCO', () => {
    const s = structuredClone(summary);
    for (const d of s.designs) delete d.tco;
    const keys = kpiRows(s).map((r) => r.key);
    expect(keys).not.toContain('tco.total');
    expect(keys).not.toContain('savingsVsFirst');
    expect(keys).toContain('metrics.tue');
  });
});
