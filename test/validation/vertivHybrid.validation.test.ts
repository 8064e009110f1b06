/**
 * Whole-hall comparison with the Vertiv + NVIDIA analysis (test/validation/data/vertiv-nvidia-hybrid.csv, source in its
 * header): 100 % air -> 75 % direct-to-chip. Scenario: scenarios/vertiv-nvidia-hybrid.yaml, every value cited or marked
 * "assumption", none tuned to the result (so nothing here is a calibration). The hybrid's CDUs are fed by the same
 * air-cooled chiller plant as the CRAHs (`liquid.rejection: { chilledWater: {} }`), as in the source.
 *
 * Compared: relative change of annual IT energy, facility (non-IT) energy, total energy and PUE, hybrid vs air.
 * Tolerances, fixed before the shared-plant scenario was first run (issue 12):
 * - IT power (the server fans slowing down, the mechanism the source names): +-1.5 points of the -7.14 % derived
 *   from the published total and PUE changes.
 * - Baseline PUE, derived from the published changes (facility = non-IT): 1.387 +-0.06.
 * - Facility (non-IT) power -18.1 % +-6 points; total power -10.2 % +-3 points; PUE -3.3 % +-2 points. Why these
 *   widths: the source's IT subsystems, CRAH and CDU sizes and chiller performance are not public, dctwin's baseline
 *   non-IT share differs from the implied one by up to the baseline tolerance (0.06 of 0.387, ~15 %, which scales a
 *   relative facility change by as much: ~3 points at 18 %), and known differences (2)-(3) below each move the
 *   facility change by a few points; the total and PUE changes are about half and a fifth of it, hence 3 and 2.
 * Known differences: (1) dctwin's CDUs take 7.2 degC chilled water (Study 1) and pass it to the chillers at the
 *   plant's 6 K range; (2) the AFC's free-cooling and adiabatic modes are not modelled (no economizer for an
 *   air-cooled chiller), so both designs run the chiller all year; (3) the published studies 2-4 also raised the
 *   chilled-water, supply-air and secondary temperatures (values not retrieved): the scenario keeps Study 1's, so
 *   dctwin leaves out the chiller savings those bring; (4) Baltimore weather is replaced by Washington Dulles;
 *   (5) IT is DGX H100-class nodes at full load (assumption), the source's IT subsystems are not public.
 * Results are reported as they came out; a comparison that misses its tolerance is kept as a known failure
 * (`it.fails`, see the README's Validation paragraph), not hidden and not tuned away.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';
import type { DesignMetrics } from '../../sim/types/summary.js';

interface Row { quantity: string; change_pct: string; role: string; note: string }
const rows: Row[] = parse(readFileSync(new URL('./data/vertiv-nvidia-hybrid.csv', import.meta.url), 'utf8'), { columns: true, comment: '#', skip_empty_lines: true });
const published = (q: string) => Number(rows.find((r) => r.quantity === q)!.change_pct);
const IT_TOLERANCE_POINTS = 1.5;
const BASELINE_PUE_TOLERANCE = 0.06;
/** Points of percentage change, per compared quantity (set before the first run; see the header). */
const TOLERANCE_POINTS = { facility_power: 6, total_power: 3, pue: 2 } as const;
/**
 * Missed at the first run, kept as known failures (it.fails: this suite goes red the day they pass, so the tolerance
 * can be made a plain test again): dctwin facility -10.9 % (published -18.1 %), PUE -0.9 % (-3.3 %). Total -8.5 %
 * (-10.2 %) passes. Most likely cause: known difference (3); dctwin's chiller, ~68 % of the 100 %-air non-IT energy,
 * only falls with the heat it carries (-8.5 %), while the source's later studies also raised the water temperatures.
 */
const KNOWN_MISSES: ReadonlySet<string> = new Set(['facility_power', 'pue']);

const designs = evaluate(loadScenario(resolve('scenarios/vertiv-nvidia-hybrid.yaml')).scenario).summary.designs;
const metricsOf = (id: string): DesignMetrics => designs.find((d) => d.id === id)!.metrics;
const air = metricsOf('air-100');
const hybrid = metricsOf('hybrid-75');
const changePct = (before: number, after: number) => (after / before - 1) * 100;
const model = {
  it_power: changePct(air.itEnergyKWh, hybrid.itEnergyKWh),
  facility_power: changePct(air.facilityEnergyKWh - air.itEnergyKWh, hybrid.facilityEnergyKWh - hybrid.itEnergyKWh),
  total_power: changePct(air.facilityEnergyKWh, hybrid.facilityEnergyKWh),
  pue: changePct(air.pue, hybrid.pue),
};

describe('Vertiv + NVIDIA: 100 % air -> 75 % direct-to-chip', () => {
  it('the data file has the published and derived rows', () => {
    expect([published('facility_power'), published('total_power'), published('pue')]).toEqual([-18.1, -10.2, -3.3]);
    // derived rows follow from the published ones
    expect(((1 + published('total_power') / 100) / (1 + published('pue') / 100) - 1) * 100).toBeCloseTo(published('it_power'), 1);
  });

  it(`IT power (server fans slow down) within +-${IT_TOLERANCE_POINTS} points of the published-derived ${published('it_power')} %`, () => {
    console.info(`Vertiv hybrid, dctwin vs published (%): IT ${model.it_power.toFixed(2)} vs ${published('it_power')}, facility ${model.facility_power.toFixed(1)} vs ${published('facility_power')}, total ${model.total_power.toFixed(1)} vs ${published('total_power')}, PUE ${model.pue.toFixed(1)} vs ${published('pue')}; baseline PUE ${air.pue.toFixed(3)} vs ${published('baseline_pue')}`);
    expect(Math.abs(model.it_power - published('it_power'))).toBeLessThanOrEqual(IT_TOLERANCE_POINTS);
  });

  it(`100 %-air PUE within +-${BASELINE_PUE_TOLERANCE} of the published-derived ${published('baseline_pue')}`, () => {
    expect(Math.abs(air.pue - published('baseline_pue'))).toBeLessThanOrEqual(BASELINE_PUE_TOLERANCE);
  });

  for (const q of ['facility_power', 'total_power', 'pue'] as const) {
    (KNOWN_MISSES.has(q) ? it.fails : it)(`${q} within +-${TOLERANCE_POINTS[q]} points of the published ${published(q)} %`, () => {
      expect(Math.abs(model[q] - published(q))).toBeLessThanOrEqual(TOLERANCE_POINTS[q]);
    });
  }

  it('facility, total and PUE: same sign and the published ordering |facility| > |total| > |PUE|', () => {
    for (const q of ['facility_power', 'total_power', 'pue'] as const) expect(model[q]).toBeLessThan(0);
    expect(Math.abs(model.facility_power)).toBeGreaterThan(Math.abs(model.total_power));
    expect(Math.abs(model.total_power)).toBeGreaterThan(Math.abs(model.pue));
  });
});
