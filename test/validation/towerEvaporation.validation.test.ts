/**
 * Cooling-tower evaporation (sim/models/cooling/towerEvaporation.ts) against a psychrometric hand calculation:
 * test/validation/data/tower-evaporation-hand-calc.csv, worked out by its recipe tower-evaporation-hand-calc.py from
 * the ASHRAE Handbook Fundamentals 2017 ch. 1 relations (eq. 5/6 saturation pressure, 23, 30, 33/35) in plain Python,
 * without PsychroLib or dctwin code, self-checked against ASHRAE Table 2/3 at 25 degC.
 * What it checks: the psychrometric chain of the model (humidity ratio from dry and wet bulb, the air-side energy
 * balance, the effective saturation state, its inversion hSat -> T) at five operating points from a cold dry winter to
 * a hot desert afternoon and 1,730 m altitude. Both sides apply the same model equations (Braun's effective saturation
 * state), so this is an independent re-computation of the model, not a measurement: measured water is compared in
 * test/validation/facility.validation.test.ts (NREL ESIF).
 * Tolerance: evaporation within 0.5 %, humidity ratios within 0.5 %, temperatures within 0.05 K. Known differences:
 * PsychroLib and the recipe solve eq. 33 and the hSat inversion iteratively (to 1e-4 K and 1e-6 K); no enhancement
 * factor on either side (ASHRAE's Table 2 has one: ~0.45 % on Ws at 25 degC).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { newTowerAirState, towerEvaporationKgPerS } from '../../sim/models/cooling/towerEvaporation.js';
import { humidityRatioFromWetBulb } from '../../sim/models/climate/psychrometrics.js';

const [header, ...lines] = readFileSync(new URL('./data/tower-evaporation-hand-calc.csv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
const columns = header.split(',');
const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], i === 0 ? v : Number(v)])) as Record<string, number> & { case: string });

const within = (model: number, hand: number, relative: number) => expect(Math.abs(model / hand - 1)).toBeLessThan(relative);

describe('tower evaporation vs an ASHRAE hand calculation', () => {
  it('has the five operating points', () => expect(rows.map((r) => r.case)).toHaveLength(5));

  it.each(rows)('$case', (r) => {
    const air = newTowerAirState();
    const evaporation = towerEvaporationKgPerS(r.heatW, r.airKgPerS, r.conductanceKgPerS, r.dryBulbC, r.wetBulbC, r.pressurePa, air);
    within(humidityRatioFromWetBulb(r.dryBulbC, r.wetBulbC, r.pressurePa), r.inletHumidityRatio, 0.005);
    within(evaporation, r.evaporationKgPerS, 0.005);
    within(evaporation / r.airKgPerS + r.inletHumidityRatio, r.outletHumidityRatio, 0.005);
    expect(Math.abs(air.leavingAirC - r.leavingAirC)).toBeLessThan(0.05);
    expect(air.clamped).toBe(false);
  });
});
