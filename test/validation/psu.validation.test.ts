/**
 * PSU efficiency curves (sim/models/it/curves.ts) against the 80 PLUS certification minimums
 * (test/validation/data/80plus-thresholds.csv, source in its header).
 *
 * The default server curve IS the 230V-internal-redundant Titanium minimum table, so checking it at its own
 * points only guards the transcription. The checks that are not true by construction: the Platinum curve
 * against the 115V Platinum minimums; the Titanium curve against the Platinum minimums and the 115V table; the
 * derived ORV3 shelf curve, which must beat Titanium at every certified load (a centralized shelf is sold as
 * better than Titanium server supplies); and the PSU loss model at the default server sizing (2 x design load),
 * whose efficiency at design load must meet Titanium's 50 % minimum.
 * Tolerance: none (the thresholds are minimums; a curve point must be >= them), with 1e-12 for float noise.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { psuEfficiency, psuLossW } from '../../sim/models/it/psu.js';
import { PSU_CURVES, type PsuCurve } from '../../sim/models/it/curves.js';

interface Row { category: string; level: string; load_percent: string; min_efficiency_percent: string }
const rows: Row[] = parse(readFileSync(new URL('./data/80plus-thresholds.csv', import.meta.url), 'utf8'), { columns: true, comment: '#', skip_empty_lines: true });
const minimums = (category: string, level: string) =>
  rows.filter((r) => r.category === category && r.level === level).map((r) => ({ x: Number(r.load_percent) / 100, min: Number(r.min_efficiency_percent) / 100 }));

function meets(curve: PsuCurve, category: string, level: string): void {
  const points = minimums(category, level);
  expect(points.length).toBeGreaterThanOrEqual(3);
  for (const p of points) {
    const { efficiency, clamped } = psuEfficiency(curve, p.x);
    expect(clamped, `${curve.name} has no point at ${p.x}`).toBe(false);
    expect(efficiency + 1e-12, `${curve.name} at ${p.x * 100} % vs ${level} ${category}`).toBeGreaterThanOrEqual(p.min);
  }
}

describe('PSU curves against 80 PLUS minimums', () => {
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
