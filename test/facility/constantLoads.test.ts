/**
 * Issue 12 item 10 (named constant loads): a facility's own small loads (a tower filter pump, trace heaters,
 * offices) each have a meter, add to facility power, and, when their heat is released in the room, to the
 * heat the air plant removes. Unit tests on the default scenario; fail before `loads` existed.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';
import type { DesignMetrics } from '../../sim/types/summary.js';

const run = (loads?: string) => evaluate(loadScenario(resolve('scenarios/default.yaml'),
  { overrides: loads === undefined ? [] : [`designs[1].loads=${loads}`] }).scenario).summary.designs[1].metrics;
const cooling = (m: DesignMetrics) => ['crahFans', 'chilledWaterPumps', 'chiller', 'condenserPumps', 'towerFans'].reduce((s, k) => s + m.energyByComponentKWh[k], 0);

describe('named constant loads', () => {
  const base = run();
  const outdoors = run('[{ name: tower-filter-pump, power: 5 kW, heat: outdoors }]');
  const room = run('[{ name: offices, power: 20 kW, heat: room }]');

  it('each load is a meter of its constant power over the year', () => {
    expect(outdoors.energyByComponentKWh['tower-filter-pump']).toBeCloseTo(5 * 8760, 6);
    expect(room.energyByComponentKWh.offices).toBeCloseTo(20 * 8760, 6);
  });

  it('a load outdoors adds its energy plus transformer losses, and no cooling', () => {
    const added = outdoors.facilityEnergyKWh - base.facilityEnergyKWh;
    expect(added).toBeGreaterThan(5 * 8760);
    expect(added).toBeLessThan(5 * 8760 * 1.02); // transformer losses on 5 kW: well under 2 %
    expect(cooling(outdoors)).toBeCloseTo(cooling(base), 6);
  });

  it('a load in the room also adds cooling energy (its heat goes to the air plant)', () => {
    expect(cooling(room)).toBeGreaterThan(cooling(base));
    expect(room.pue).toBeGreaterThan(base.pue);
  });

  it('a load named like a meter is refused', () => {
    expect(() => run('[{ name: chiller, power: 5 kW, heat: room }]')).toThrow(/designs\[1\]\.loads\[0\]\.name: expected a name that is not already a meter/);
  });
});

describe('a named load and the metering boundary', () => {
  it('a load may be left outside the boundary: boundary PUE drops by its energy over IT', () => {
    const m = evaluate(loadScenario(resolve('scenarios/default.yaml'), { overrides: [
      'designs[1].loads=[{ name: offices, power: 20 kW, heat: room }]',
      'designs[1].meteringBoundary={ name: without-offices, exclude: [offices] }',
    ] }).scenario).summary.designs[1].metrics;
    expect(m.boundaryPue!.pue).toBeCloseTo(m.pue - m.energyByComponentKWh.offices / m.itEnergyKWh, 12);
  });
});
