/**
 * UPS loss coefficients (sim/models/power/curves.ts) against published efficiency figures
 * (test/validation/data/ups-published-points.csv, sources in its header).
 *
 * Which points are independent (the CSV's `role` column): the double-conversion set was chosen to meet dle2018
 * (96.8 % at full load, > 92 % at 25 %), the WP113 loss structure (no-load share, square-law range) and the
 * Galaxy VS peak-efficiency ceiling (gvs), as curves.ts states, so those rows are calibration targets, checked in
 * test/models/power/ups.test.ts ("calibration: ..."), not here. Held out, and compared here: the eco-mode
 * ceiling (wp157; eco = double conversion / 3 comes from the Galaxy VX manual, not from WP157) and WP157's ~2 %
 * data-center energy saving; both also exercise the fitted double-conversion coefficients (eco = them / 3).
 *
 * Tolerances: `approx` rows +-0.3 percentage points of efficiency (the source gives one rounded figure for a
 * class of products, not a measured curve); the eco-mode energy saving +-0.75 points, because it depends on
 * the site's PUE and UPS loading, which WP157 does not tie to one number here: we evaluate it for a 2N system
 * at 30 % module load (WP108: field systems run at 20-40 % of 2N capacity) and a facility at PUE 1.6
 * (Uptime survey average ~1.55-1.65).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { upsLossW } from '../../sim/models/power/ups.js';
import { UPS_DOUBLE_CONVERSION, UPS_ECO_MODE, type UpsLossCoefficients } from '../../sim/models/power/curves.js';

interface Row { mode: string; quantity: string; load_fraction: string; relation: 'approx' | 'min' | 'max'; value: string; source: string; role: string }
const rows: Row[] = parse(readFileSync(new URL('./data/ups-published-points.csv', import.meta.url), 'utf8'), { columns: true, comment: '#', skip_empty_lines: true });

const setOf = (mode: string): UpsLossCoefficients => (mode === 'eco' ? UPS_ECO_MODE : UPS_DOUBLE_CONVERSION);
const module = (coefficients: UpsLossCoefficients) => ({ coefficients, moduleRatingW: 1, modules: 1 });
const efficiencyAt = (c: UpsLossCoefficients, x: number) => upsLossW(module(c), { outputW: x }).efficiency;
const PUE = 1.6;
const MODULE_LOAD_2N = 0.3;

function modelValue(row: Row): number {
  const x = Number(row.load_fraction);
  switch (row.quantity) {
    case 'efficiency': return efficiencyAt(setOf(row.mode), x);
    case 'eco_energy_saving_share': {
      // UPS loss per unit of IT output saved by eco mode, as a share of facility energy (= PUE x IT)
      const saved = (upsLossW(module(UPS_DOUBLE_CONVERSION), { outputW: x }).lossW - upsLossW(module(UPS_ECO_MODE), { outputW: x }).lossW) / x;
      return saved / PUE;
    }
    default: throw new Error(`unknown quantity ${row.quantity}`);
  }
}

describe('UPS loss curves against published points not used in the fit', () => {
  it('the data file has the expected rows', () => {
    expect(rows.length).toBe(8);
    expect(Number(rows.find((r) => r.quantity === 'eco_energy_saving_share')!.load_fraction)).toBe(MODULE_LOAD_2N);
  });

  for (const row of rows.filter((r) => r.role === 'validation')) {
    it(`${row.mode} ${row.quantity} ${row.relation} ${row.value} (${row.source})`, () => {
      const v = modelValue(row);
      const target = Number(row.value);
      if (row.relation === 'min') expect(v).toBeGreaterThanOrEqual(target);
      else if (row.relation === 'max') expect(v).toBeLessThanOrEqual(target);
      else expect(Math.abs(v - target)).toBeLessThanOrEqual(row.quantity === 'eco_energy_saving_share' ? 0.0075 : 0.003);
    });
  }
});
