/**
 * designUnits.ts: the groups of the shipped resilience scenario's designs (sized as simulate() sizes them), the
 * redundancy rule (N+1 with one unit out carries exactly what N carries with all in service) and heat
 * rejection's capacity against the outdoor temperature.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { designUnits, neededOf, type UnitGroup } from '../../../sim/simulation/resilience/designUnits.js';
import { newPowerWindows } from '../../../sim/simulation/resilience/powerPath.js';
import { stageShortfalls } from '../../../sim/simulation/resilience/tally.js';
import { constantLoads, resilienceScenario } from './resilienceFixtures.js';
import type { StepLoads } from '../../../sim/simulation/resilience/stepLoads.js';

const { scenario, sized } = resilienceScenario();
const groupsOf = (id: string): UnitGroup[] => {
  const i = scenario.designs.findIndex((d) => d.id === id);
  return designUnits(scenario.designs[i], sized[i], 1);
};
const counts = (groups: UnitGroup[]) => Object.fromEntries(groups.map((g) => [g.id, `${g.needed}/${g.installed} ${g.redundancy}`]));

describe('designUnits: the groups of the default designs (needed/installed)', () => {
  // Expected counts: the sizing's installed equipment (installedEquipment.ts) read back through neededOf. The
  // liquid PoD's 1,410 kW of liquid heat needs 2 CDUs of 1.2 MW (ceil(1.41 / 1.2)); the air plant of the
  // residual room heat (165 kW) one chiller and one CRAH; UPS 5 x 500 kW modules N+1 as scenario power.ups says;
  // one utility feed (N). The N designs drop exactly the spare of each cooling group and keep the power path.
  it('liquid PoD, N+1 and N cooling', () => {
    expect(counts(groupsOf('liquid-pod'))).toEqual({
      crah: '1/2 N+1', chiller: '1/2 N+1', tower: '2/3 N+1', cdu: '2/3 N+1', dryCooler: '4/5 N+1', trimChiller: '1/2 N+1',
      ups: '4/5 N+1', transformer: '1/2 N+1', utility: '1/1 N',
    });
    expect(counts(groupsOf('liquid-pod-n'))).toEqual({
      crah: '1/1 N', chiller: '1/1 N', tower: '2/2 N', cdu: '2/2 N', dryCooler: '4/4 N', trimChiller: '1/1 N',
      ups: '4/5 N+1', transformer: '1/2 N+1', utility: '1/1 N',
    });
  });

  it('air-cooled racks, N+1 and N cooling', () => {
    expect(counts(groupsOf('air-cooled'))).toEqual({
      crah: '9/10 N+1', chiller: '1/2 N+1', tower: '2/3 N+1', ups: '4/5 N+1', transformer: '1/2 N+1', utility: '1/1 N',
    });
    expect(counts(groupsOf('air-cooled-n'))).toEqual({ crah: '9/9 N', chiller: '1/1 N', tower: '2/2 N', ups: '4/5 N+1', transformer: '1/2 N+1', utility: '1/1 N' });
  });

  it('needed units carry the design load: needed x unit = the design heat of what the group serves', () => {
    const i = scenario.designs.findIndex((d) => d.id === 'liquid-pod');
    const g = Object.fromEntries(groupsOf('liquid-pod').map((x) => [x.id, x]));
    const s = sized[i];
    expect(g.cdu.needed * g.cdu.designUnitW).toBeCloseTo(s.designLiquidHeatW, 3);
    expect(g.crah.needed * g.crah.designUnitW).toBeCloseTo(s.designAirHeatW, 3);
    expect(g.ups.designUnitW).toBe(s.plant.power.ups.moduleRatingW);
    expect(g.utility.designUnitW).toBeCloseTo(s.designFacilityPowerW, 6);
    // two utility feeds: N+1 of feeds, each carrying the site
    const two = designUnits(scenario.designs[i], s, 2).find((x) => x.id === 'utility')!;
    expect([two.needed, two.installed, two.redundancy]).toEqual([1, 2, 'N+1']);
    expect([neededOf(6, 'N'), neededOf(6, 'N+1'), neededOf(6, '2N')]).toEqual([6, 5, 3]);
  });
});

describe('designUnits: N+1 with one unit out = N with all in service', () => {
  const pairs = [['liquid-pod', 'liquid-pod-n'], ['air-cooled', 'air-cooled-n']] as const;
  const fields = fc.record({
    roomHeatW: fc.double({ min: 0, max: 4e6, noNaN: true }), liquidHeatW: fc.double({ min: 0, max: 4e6, noNaN: true }),
    airChillerLoadW: fc.double({ min: 0, max: 4e6, noNaN: true }), trimChillerLoadW: fc.double({ min: 0, max: 4e6, noNaN: true }),
    airCompressorW: fc.double({ min: 0, max: 1e6, noNaN: true }), itPowerW: fc.double({ min: 0, max: 4e6, noNaN: true }),
    facilityW: fc.double({ min: 0, max: 5e6, noNaN: true }), dryBulbC: fc.double({ min: -20, max: 45, noNaN: true }),
    wetBulbC: fc.double({ min: -20, max: 32, noNaN: true }),
  });
  const absoluteShortW = (g: UnitGroup, n: number, l: StepLoads) => Math.max(0, g.loadW(l, 0) - n * g.unitW(l, 0));

  for (const [spared, bare] of pairs) {
    it(`${spared} vs ${bare}: same capacity in service, same shortfall at every load and weather (property)`, () => {
      const a = groupsOf(spared).filter((g) => g.loop !== 'power');
      const b = groupsOf(bare).filter((g) => g.loop !== 'power');
      expect(a.map((g) => g.id)).toEqual(b.map((g) => g.id));
      fc.assert(fc.property(fields, fc.integer({ min: 0, max: a.length - 1 }), (values, k) => {
        const loads = constantLoads(values);
        const [ga, gb] = [a[k], b[k]];
        expect(ga.installed - 1).toBe(gb.installed);
        // One unit of the N+1 group out: the same units, each of the same capacity, as the N group all in.
        expect(ga.unitW(loads, 0)).toBeCloseTo(gb.unitW(loads, 0), 6);
        expect(absoluteShortW(ga, ga.installed - 1, loads)).toBeCloseTo(absoluteShortW(gb, gb.installed, loads), 3);
        // What stageShortfalls reports is what the outage adds to the healthy N+1 plant's own shortfall.
        const inService = a.map((g, j) => (j === k ? g.installed - 1 : g.installed));
        const s = stageShortfalls(a, inService, loads, 0, newPowerWindows(), 0);
        const added = absoluteShortW(gb, gb.installed, loads) - absoluteShortW(ga, ga.installed, loads);
        const reported = ga.stage === 'pumps' ? s.cduTrip * ga.loadW(loads, 0) : s.roomUnmetW + s.liquidUnmetW;
        expect(reported).toBeCloseTo(added, 3);
        expect(s.anyOut).toBe(true);
      }), { numRuns: 300 });
    });
  }

  it('with all units in service no group reports a shortfall, at any load', () => {
    const groups = groupsOf('liquid-pod');
    fc.assert(fc.property(fields, (values) => {
      const loads = constantLoads(values);
      const s = stageShortfalls(groups, groups.map((g) => g.installed), loads, 0, newPowerWindows(), 0);
      expect([s.roomUnmetW, s.liquidUnmetW, s.powerShed, s.cduTrip, s.anyOut, s.unmet]).toEqual([0, 0, 0, 0, false, false]);
    }));
  });
});

describe('designUnits: heat rejection follows the outdoor temperature', () => {
  const i = scenario.designs.findIndex((d) => d.id === 'liquid-pod');
  const dw = sized[i].designWeather;
  const g = Object.fromEntries(groupsOf('liquid-pod').map((x) => [x.id, x]));
  const at = (dryBulbC: number, wetBulbC: number) => constantLoads({ dryBulbC, wetBulbC });

  it('a unit carries its design share at its rating (approach + range); chillers, CRAHs and CDUs ignore the weather', () => {
    // Dry coolers (liquid-pod: W32 supply, 5 K facility range, 6 K approach, adiabatic above 28 degC at 70 %):
    // water enters at 32 + 5 = 37 degC; rated difference 6 + 5 = 11 K, so air at 26 degC gives 1x, 15 degC
    // (37 - 15) / 11 = 2x; 30 degC dry bulb / 25 wet bulb runs the pads: 30 - 0.7 x 5 = 26.5 degC, 10.5 / 11.
    const u = g.dryCooler.designUnitW;
    expect(g.dryCooler.unitW(at(26, 20), 0)).toBeCloseTo(u, 6);
    expect(g.dryCooler.unitW(at(15, 10), 0)).toBeCloseTo(2 * u, 6);
    expect(g.dryCooler.unitW(at(30, 25), 0)).toBeCloseTo((10.5 / 11) * u, 6);
    // Towers (air plant: 4 K approach, 5.56 K range): 1x at the design wet bulb, 2x 9.56 K below it.
    expect(g.tower.unitW(at(dw.dryBulbC, dw.wetBulbC), 0)).toBeCloseTo(g.tower.designUnitW, 6);
    expect(g.tower.unitW(at(20, dw.wetBulbC - 9.56), 0)).toBeCloseTo(2 * g.tower.designUnitW, 6);
    for (const id of ['chiller', 'crah', 'cdu', 'trimChiller']) expect(g[id].unitW(at(-10, -12), 0)).toBe(g[id].designUnitW);
  });

  it('at the design weather (37 degC, wet bulb 27.8) the pads leave the dry coolers (37 - 30.56) / 11 = 0.585 of their rating, not 0', () => {
    // Regression: the scale's reference was 37 degC water minus the 37 degC design dry bulb, clamped to 1 K: 0x
    // at design and 3x (the cap) in every hour below 34 degC, so a dry cooler outage never fell short.
    expect(g.dryCooler.unitW(at(37, 27.8), 0) / g.dryCooler.designUnitW).toBeCloseTo((37 - (37 - 0.7 * 9.2)) / 11, 9);
    expect(g.dryCooler.unitW(at(20, 15), 0) / g.dryCooler.designUnitW).toBeCloseTo(17 / 11, 9);
  });

  it('dry coolers on the dry bulb (below the pads\' threshold), towers on the wet bulb: never less as it gets colder, capped at 3x', () => {
    // Above 28 degC the pads switch on and the air entering falls by 0.7 (dry bulb - wet bulb): capacity steps up
    // there, so monotonicity is checked within each mode.
    fc.assert(fc.property(fc.double({ min: -30, max: 28, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (t, drop) => {
      const warm = at(t, t - 2), cold = at(t - drop, t - 2 - drop);
      for (const grp of [g.dryCooler, g.tower]) {
        expect(grp.unitW(cold, 0)).toBeGreaterThanOrEqual(grp.unitW(warm, 0));
        expect(grp.unitW(cold, 0)).toBeLessThanOrEqual(3 * grp.designUnitW + 1e-6);
        expect(grp.unitW(warm, 0)).toBeGreaterThanOrEqual(0);
      }
    }));
    fc.assert(fc.property(fc.double({ min: 28.01, max: 45, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (t, spread) => {
      expect(g.dryCooler.unitW(at(t, t - spread - 1), 0)).toBeGreaterThanOrEqual(g.dryCooler.unitW(at(t, t - spread), 0));
    }));
  });
});
