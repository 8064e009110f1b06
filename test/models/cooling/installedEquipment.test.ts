import { describe, expect, it } from 'vitest';
import { equipmentClassesOf, installedCoolingEquipment } from '../../../sim/models/cooling/installedEquipment.js';
import { sizeCooling } from '../../../sim/models/cooling/plant.js';
import { crahAirFlowM3PerS } from '../../../sim/models/cooling/crah.js';
import { airSpec, liquidSpec } from './specs.js';

const byClass = (list: ReturnType<typeof installedCoolingEquipment>) => Object.fromEntries(list.map((e) => [e.equipment, e]));

describe('installedCoolingEquipment', () => {
  const air = { air: airSpec };
  const sized = sizeCooling(air, { liquidHeatW: 0, airHeatW: 1e6, dryBulbC: 35, wetBulbC: 26 });
  const inv = byClass(installedCoolingEquipment(air, sized));

  it('unit test: air plant inventory from its own sizing (hand-checked against the sized parameters)', () => {
    const p = sized.air!;
    expect(Object.keys(inv)).toEqual(['chillers', 'towers', 'crahs', 'pumps']);
    expect(inv.chillers.units).toBe(p.chillers.installed);
    expect(inv.chillers.capacityW).toBeCloseTo(p.chillers.installed * p.chillers.unit.ratedCapacityW, 6);
    // towers: 2 duty cells N+1 -> 3 installed, capacity = design heat x 3/2
    expect(inv.towers.units).toBe(3);
    expect(inv.towers.capacityW).toBeCloseTo(p.condenser!.tower.ratedHeatW * 1.5, 6);
    // CRAHs: 1 MW / 200 kW units -> 5 duty, N+1 -> 6 installed of 200 kW each
    expect(inv.crahs.units).toBe(6);
    expect(inv.crahs.capacityW).toBeCloseTo(6 * 200e3, 0);
    expect(p.crah.ratedUnitFlowM3PerS).toBeCloseTo(crahAirFlowM3PerS(p.crah, 200e3), 9);
    const pumpW = (q: { ratedFlowM3PerS: number; ratedHeadPa: number; efficiency: number }) => (q.ratedFlowM3PerS * q.ratedHeadPa) / q.efficiency;
    expect(inv.pumps.capacityW).toBeCloseTo(pumpW(p.chilledWaterPump) + pumpW(p.condenser!.pump), 6);
    expect(inv.pumps.units).toBeUndefined();
  });

  it('unit test: liquid plant with dry coolers and trim chiller lists CDUs, dry coolers (N+1 of 4 -> 5), chillers and pumps', () => {
    const spec = { liquid: liquidSpec() };
    const l = sizeCooling(spec, { liquidHeatW: 1e6, airHeatW: 0, dryBulbC: 36.5, wetBulbC: 28.5 });
    const i = byClass(installedCoolingEquipment(spec, l));
    expect(Object.keys(i)).toEqual(['chillers', 'dryCoolers', 'cdus', 'pumps']);
    expect(equipmentClassesOf(spec)).toEqual(Object.keys(i));
    expect(i.cdus.capacityW).toBeCloseTo(1e6, 0); // CDU heat = the liquid design heat
    expect(i.dryCoolers.units).toBe(5);
    expect(i.dryCoolers.capacityW).toBeGreaterThan(1.25e6); // facility heat (rack heat + pumps) x 5/4
    expect(i.dryCoolers.capacityW).toBeLessThan(1.25e6 * 1.05);
  });

  it('direction: the same plant sized for a hotter design point installs more chiller capacity', () => {
    for (const spec of [air, { liquid: liquidSpec() }]) {
      const at = (dryBulbC: number, wetBulbC: number) =>
        byClass(installedCoolingEquipment(spec, sizeCooling(spec, { liquidHeatW: spec === air ? 0 : 1e6, airHeatW: spec === air ? 1e6 : 0, dryBulbC, wetBulbC })));
      expect(at(40, 29).chillers.capacityW).toBeGreaterThan(at(28, 19).chillers.capacityW);
    }
  });

  it('equipmentClassesOf names what each spec installs (air-cooled chillers need no tower)', () => {
    const airCooled = { air: { ...airSpec, chiller: { ...airSpec.chiller, type: 'air-cooled-screw' as const } } };
    expect(equipmentClassesOf(airCooled)).toEqual(['chillers', 'crahs', 'pumps']);
    expect(equipmentClassesOf({ air: airSpec, liquid: liquidSpec() })).toEqual(['chillers', 'towers', 'dryCoolers', 'crahs', 'cdus', 'pumps']);
  });
});
