import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { psuEfficiency, psuLossW } from '../../../sim/models/it/psu.js';
import {
  PSU_80PLUS_PLATINUM_230V_REDUNDANT as PLATINUM, PSU_80PLUS_TITANIUM_230V_REDUNDANT as TITANIUM, PSU_CURVES, type PsuCurve,
} from '../../../sim/models/it/curves.js';

describe('psuLossW', () => {
  it('uses the curve point at 50 % load', () => {
    // 500 W out of 1000 W rated -> Titanium 96 %: loss = 500 (1/0.96 - 1) = 20.8333 W (hand-computed)
    const out = psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: 500 });
    expect(out.loadFraction).toBe(0.5);
    expect(out.efficiency).toBeCloseTo(0.96, 12);
    expect(out.lossW).toBeCloseTo(20.833333, 5);
    expect(out.clamped).toBe(false);
  });

  it('interpolates linearly between points', () => {
    // 35 % load: halfway between 20 % (94 %) and 50 % (96 %) -> 95 %; 350 W -> loss 350 (1/0.95 - 1) = 18.421 W
    const out = psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: 350 });
    expect(out.efficiency).toBeCloseTo(0.95, 12);
    expect(out.lossW).toBeCloseTo(18.42105, 4);
  });

  it('holds the end efficiency and flags outside the curve', () => {
    // Platinum has no 10 % point: at 10 % the 20 % value (90 %) is used and flagged
    const low = psuLossW({ curve: PLATINUM, ratedOutputW: 1000 }, { outputW: 100 });
    expect(low.efficiency).toBe(0.9);
    expect(low.clamped).toBe(true);
    const high = psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: 1200 });
    expect(high.efficiency).toBe(0.91);
    expect(high.clamped).toBe(true);
  });

  it('has no loss at zero output and rejects broken inputs', () => {
    expect(psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: 0 }).lossW).toBe(0);
    expect(() => psuLossW({ curve: TITANIUM, ratedOutputW: 0 }, { outputW: 1 })).toThrow(RangeError);
    expect(() => psuLossW({ curve: TITANIUM, ratedOutputW: 1000 }, { outputW: -1 })).toThrow(RangeError);
  });

  it('property: loss >= 0, efficiency <= 1, input = output + loss, loss non-decreasing in output', () => {
    const curves = Object.values(PSU_CURVES);
    fc.assert(fc.property(
      fc.constantFrom(...curves), fc.double({ min: 0, max: 2000, noNaN: true }), fc.double({ min: 0, max: 2000, noNaN: true }),
      (curve, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = { curve, ratedOutputW: 1000 };
        const x = psuLossW(p, { outputW: lo });
        const y = psuLossW(p, { outputW: hi });
        expect(x.lossW).toBeGreaterThanOrEqual(0);
        expect(x.efficiency).toBeLessThanOrEqual(1);
        expect(y.lossW + 1e-9).toBeGreaterThanOrEqual(x.lossW);
      },
    ));
  });

  it('psuEfficiency returns the tabulated value at every point', () => {
    TITANIUM.loadFraction.forEach((x, i) => expect(psuEfficiency(TITANIUM, x).efficiency).toBeCloseTo(TITANIUM.efficiency[i], 12));
  });
});

// Moved from test/validation/psu.validation.test.ts (issue 11, item 6), which is deleted: every check in it is true by
// construction, so dctwin's PSU curves have no validation yet. Data: test/fixtures/models/80plus-thresholds.csv (80
// PLUS certification minimums, source in its header). Why each holds by construction: the Titanium and Platinum
// curves ARE the 230V-internal-redundant minimum tables, so at those points they equal the minimums; Titanium's
// minimums are at or above Platinum's and the 115V minimums at or below the 230V ones (properties of the 80 PLUS
// table itself, not of dctwin); the ORV3 shelf curve is the Titanium curve with its losses scaled by 0.615 < 1, so
// it beats Titanium at every point; and the default server sizing (2 x design load) puts design load at 50 %, the
// Titanium point the curve copies. They guard the transcription and the derivations. Tolerance: none (the
// thresholds are minimums; a curve point must be >= them), with 1e-12 for float noise.
interface ThresholdRow { category: string; level: string; load_percent: string; min_efficiency_percent: string }
const thresholds: ThresholdRow[] = parse(readFileSync(new URL('../../fixtures/models/80plus-thresholds.csv', import.meta.url), 'utf8'), { columns: true, comment: '#', skip_empty_lines: true });
const minimums = (category: string, level: string) =>
  thresholds.filter((r) => r.category === category && r.level === level).map((r) => ({ x: Number(r.load_percent) / 100, min: Number(r.min_efficiency_percent) / 100 }));

function meets(curve: PsuCurve, category: string, level: string): void {
  const points = minimums(category, level);
  expect(points.length).toBeGreaterThanOrEqual(3);
  for (const p of points) {
    const { efficiency, clamped } = psuEfficiency(curve, p.x);
    expect(clamped, `${curve.name} has no point at ${p.x}`).toBe(false);
    expect(efficiency + 1e-12, `${curve.name} at ${p.x * 100} % vs ${level} ${category}`).toBeGreaterThanOrEqual(p.min);
  }
}

describe('unit, by construction: PSU curves against the 80 PLUS minimums they are built from', () => {
  it('Titanium curve meets Titanium and Platinum, 230V redundant and 115V', () => {
    meets(PSU_CURVES['80plus-titanium'], '230V internal redundant', 'Titanium');
    meets(PSU_CURVES['80plus-titanium'], '230V internal redundant', 'Platinum');
    meets(PSU_CURVES['80plus-titanium'], '115V internal non-redundant', 'Titanium');
  });

  it('Platinum curve meets Platinum (230V redundant and 115V)', () => {
    meets(PSU_CURVES['80plus-platinum'], '230V internal redundant', 'Platinum');
    meets(PSU_CURVES['80plus-platinum'], '115V internal non-redundant', 'Platinum');
  });

  it('ORV3 shelf curve beats Titanium at every certified load', () => {
    meets(PSU_CURVES['orv3-shelf'], '230V internal redundant', 'Titanium');
    for (const p of minimums('230V internal redundant', 'Titanium')) {
      expect(psuEfficiency(PSU_CURVES['orv3-shelf'], p.x).efficiency).toBeGreaterThan(psuEfficiency(PSU_CURVES['80plus-titanium'], p.x).efficiency);
    }
  });

  it('default server sizing (1+1 supplies) runs at design load at or above the Titanium 50 % minimum', () => {
    const titanium50 = minimums('230V internal redundant', 'Titanium').find((p) => p.x === 0.5)!.min;
    const out = psuLossW({ curve: PSU_CURVES['80plus-titanium'], ratedOutputW: 2 * 10_000 }, { outputW: 10_000 });
    expect(10_000 / (10_000 + out.lossW) + 1e-12).toBeGreaterThanOrEqual(titanium50);
  });
});
