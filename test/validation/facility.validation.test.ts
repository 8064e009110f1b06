/**
 * Whole-facility validation: NREL's ESIF HPC data center (chiller-less warm-water liquid cooling to
 * evaporative towers, Golden, CO) against its published measured annualized PUE, 1.036
 * (test/validation/data/nrel-esif-pue.csv). Design and climate: test/validation/scenarios/nrel-esif.yaml,
 * where every value cites its source or says "assumption"; all were chosen before the first run.
 *
 * Compared quantity: PUE at the published boundary, (IT + cooling + lighting + misc) / IT. NREL's list of
 * PUE components has no transformer, UPS or distribution-loss meter, so dctwin's power-chain losses
 * (~5 % of IT with its double-conversion default) are left out; the full dctwin PUE is reported beside it.
 *
 * Tolerance: +-0.04 PUE. The measured overhead is only 3.6 % of IT; each unknown of the model moves it by
 * 0.5-1 % of IT (pump heads and CDU loop of the Apollo 8000 racks, tower approach, misc 1 % of design IT,
 * the ratio of mean to design load), so +-0.04 asks for the overhead within about a factor of two: what a
 * planning model on cited defaults can promise. Its limit, measured: the same facility at class W17 with an
 * air-cooled trim chiller (2,479 chiller hours) gives 1.062, still inside the band; so this test checks the
 * size of the whole overhead, not that the plant is chiller-less (the chiller-hours assertion does that).
 *
 * Known differences: (1) climate is synthetic (no Golden weather file ships): built from Denver normals
 * with a constant 52 % RH, which overstates summer wet bulbs; the second test shows the result moves by
 * less than 0.01 on the real Pasco WA year, so the synthetic climate is not what the comparison rests on;
 * (2) since Aug 2016 a thermosyphon dry cooler sits upstream of the towers (NREL: "without negative
 * impacts on efficiency"): not modelled, towers only; (3) heat reuse in the building lowers real tower
 * load: not modelled (it does not enter PUE, only tower fans and water); (4) fan walls and electrical-room
 * fan coils (NREL's "HVAC" item) are not modelled: the liquid plant takes the small room-air heat.
 * Measured (this code, 2025): boundary PUE 1.031 (full dctwin PUE 1.089), 0 chiller hours; on Pasco 1.033.
 *
 * Thermosyphon water (second describe): the scenario's second design puts a dry cooler in series ahead of the
 * same towers (seriesRejection.ts), as ESIF has run since Aug 2016; compared quantity: the fraction of annual
 * tower water it saves, against NREL's 1.16 of ~2.5 million US gallons (0.464; data/nrel-esif-thermosyphon-water.csv).
 * A relative figure on purpose: the tower evaporation model is being rewritten (issue 12 item 1) and ESIF's
 * absolute tower water is off by ~2.5x today, while the saved fraction depends mostly on how much heat the dry
 * cooler takes. What is checked is a BOUND, not a match: the modelled sequence is the water-saving limit (dry
 * cooler at full speed whenever the air is colder than the water), and ESIF's controls trade water against fan
 * energy ("wet cooling when it's hot and dry cooling when it's not"), so the measured saving must not exceed the
 * model's (measured <= model + 0.05). Known differences, each pushing the model's saving up: the thermosyphon's
 * rating is unpublished (assumed: dctwin's default dry cooler holding the 24 degC supply alone up to 14 degC air);
 * the control is not modelled; heat reused in the building in winter (when the dry cooler works best) is not
 * modelled; and with today's tower model water is proportional to tower heat, while real towers evaporate less
 * per kWh in winter. Measured (this code, 2026): saved fraction 0.913 against 0.464 (vendor model 0.56): the
 * magnitude does NOT validate; boundary PUE with the thermosyphon 1.051 (its fans at full speed), still within
 * +-0.04 of the measured 1.036, which NREL reports was not harmed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';
import type { DesignMetrics } from '../../sim/types/summary.js';

interface Row { quantity: string; value: string; unit: string; role: string; source: string }
const readRows = (file: string): Row[] => parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'), { columns: true, comment: '#', skip_empty_lines: true });
const rows = readRows('nrel-esif-pue.csv');
const waterRows = readRows('nrel-esif-thermosyphon-water.csv');
const measuredPue = Number(rows.find((r) => r.quantity === 'annualized_pue')?.value);
const TOLERANCE = 0.04;
const SCENARIO = resolve('test/validation/scenarios/nrel-esif.yaml');
const PASCO = resolve('scenarios/weather/USA_WA_Pasco-Tri.Cities.AP.727845_TMY3.epw');

/** PUE at the boundary NREL meters (no transformer, UPS or distribution loss): the scenario's meteringBoundary. */
function boundaryPue(m: DesignMetrics): number {
  expect(m.boundaryPue?.boundary).toBe('nrel-esif-meters');
  return m.boundaryPue!.pue;
}

const runAll = (overrides: string[] = []) => evaluate(loadScenario(SCENARIO, { overrides }).scenario).summary.designs;
const run = (overrides: string[] = []) => runAll(overrides)[0].metrics;

describe('NREL ESIF: annual PUE vs the published measured value', () => {
  const designs = runAll();
  const m = designs[0].metrics;

  it(`boundary PUE within +-${TOLERANCE} of the measured ${measuredPue}; chiller-less as built`, () => {
    expect(measuredPue).toBe(1.036);
    const pue = boundaryPue(m);
    console.info(`ESIF: dctwin boundary PUE ${pue.toFixed(4)} (full ${m.pue.toFixed(4)}) vs measured ${measuredPue}`);
    expect(Math.abs(pue - measuredPue)).toBeLessThanOrEqual(TOLERANCE);
    expect(m.chillerHours).toBe(0);
    expect(m.pue).toBeGreaterThan(pue); // the power chain is still simulated, just outside the compared boundary
    const itMeanKW = m.itPowerKW.mean;
    expect(itMeanKW).toBeGreaterThan(900); // the scenario's load matches "approaching ... 1 megawatt"
    expect(itMeanKW).toBeLessThan(1200);
  });

  // A sensitivity check of the comparison above (known difference 1), the code against itself: no data of its own.
  it('the synthetic climate is not what the result rests on: the real Pasco WA year moves it by < 0.01', () => {
    const pasco = run([`site.weather=${PASCO}`]);
    expect(Math.abs(boundaryPue(pasco) - boundaryPue(m))).toBeLessThan(0.01);
  });

  it('thermosyphon in series ahead of the towers: saves at least the measured fraction of tower water (a bound, see above)', () => {
    const measured = Number(waterRows.find((r) => r.quantity === 'saved_fraction_measured')?.value);
    expect(measured).toBeCloseTo(1.16 / 2.5, 3);
    const [towers, hybrid] = designs;
    expect(hybrid.id).toBe('esif-thermosyphon');
    const saved = 1 - hybrid.metrics.waterL / towers.metrics.waterL;
    const pue = boundaryPue(hybrid.metrics);
    console.info(`ESIF thermosyphon: dctwin saves ${saved.toFixed(3)} of tower water vs measured ${measured}; boundary PUE ${pue.toFixed(4)}`);
    expect(saved).toBeGreaterThanOrEqual(measured - 0.05);
    expect(saved).toBeLessThan(1); // the towers still run in summer
    expect(Math.abs(pue - measuredPue)).toBeLessThanOrEqual(TOLERANCE);
    expect(hybrid.metrics.chillerHours).toBe(0);
  });
});
