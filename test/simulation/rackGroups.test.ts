import { describe, expect, it } from 'vitest';
import type { NodeGroupParams } from '../../sim/models/workload/nodeGroup.js';
import { DEFAULT_IT, racksSchema } from '../../sim/scenario/schema/it.js';
import { rackGroups } from '../../sim/simulation/rackGroups.js';
import { WEATHER, defaultScenario, readWeather, sizeAll } from '../facility/plants.js';

const group = (id: string, count: number, peakPowerW: number): NodeGroupParams => ({
  id, count, gpusPerNode: 8, memoryBytes: 0, speed: [1, 1, 1], powerDownIdle: false, powerOnDelayS: 0,
  power: { idlePowerW: 2000, peakPowerW, shape: { kind: 'linear' } },
});

describe('rackGroups', () => {
  it('one group reproduces the single-cluster sizing of the default scenario (racks, nodes per rack, design IT power)', () => {
    const scenario = defaultScenario();
    const sized = sizeAll(scenario, readWeather(WEATHER.hangzhou));
    expect(scenario.workload.groups).toHaveLength(1);
    scenario.designs.forEach((d, i) => {
      const inletAirTempC = d.cooling.air?.supplyAirC ?? (d.it ?? DEFAULT_IT).designInletAirTempC; // as sizeDesign.ts
      const r = rackGroups(d, scenario.workload.groups, d.it ?? DEFAULT_IT, inletAirTempC);
      expect(r.racks).toBe(sized[i].racks);
      expect(r.sizing[0].nodesPerRack).toBe(sized[i].nodesPerRack);
      expect(r.designItW).toBe(sized[i].designItPowerW);
      expect(r.nodes).toBe(160);
      expect(r.designGroups).toHaveLength(0); // one group: the step record's totals are its own
      expect(sized[i].groupRacks).toBeUndefined();
    });
  });

  it('B200 nodes in 105 kW liquid PoDs and L20 nodes in 40 kW air racks: racks per group from the node IT power', () => {
    // DEFAULT_IT: server PSUs (80 PLUS Titanium, sized 2x the node's design output: load 0.5 -> efficiency 0.96,
    // curves.ts), design inlet 25 degC (fan flow fraction 1, itPower.ts @example).
    // b200: 10 nodes of 14 kW compute; liquid capture 100 % -> fan share 10 % x (1 - 1) = 0:
    //   node IT = 14000 / 0.96 = 14583.3 W; nodes per PoD = floor(105000 / 14583.3) = floor(7.2) = 7; PoDs = ceil(10 / 7) = 2.
    // l20: 16 nodes of 3 kW; air: fan share 10 %, fans = 3000 * 0.1 / 0.9 = 333.3 W:
    //   node IT = 3333.3 / 0.96 = 3472.2 W; nodes per rack = floor(40000 / 3472.2) = floor(11.52) = 11; racks = ceil(16 / 11) = 2.
    const base = defaultScenario().designs[0];
    const d = {
      ...base, it: undefined,
      racks: racksSchema.parse({ type: 'liquid-pod', ratedPower: '105 kW', liquidCapture: '100 %' }),
      groupRacks: { l20: racksSchema.parse({ type: 'air', ratedPower: '40 kW' }) },
    };
    const r = rackGroups(d, [group('b200', 10, 14_000), group('l20', 16, 3000)], DEFAULT_IT, 25);
    const b200ItW = 14_000 / 0.96, l20ItW = 3000 / 0.9 / 0.96;
    expect(r.groupRacks.map((g) => [g.group, g.rackType, g.racks, g.nodesPerRack])).toEqual([['b200', 'liquid-pod', 2, 7], ['l20', 'air', 2, 11]]);
    expect(r.groupRacks[0].designItPowerW).toBeCloseTo(10 * b200ItW, 6);
    expect(r.groupRacks[1].designItPowerW).toBeCloseTo(16 * l20ItW, 6);
    expect(r.racks).toBe(4);
    expect(r.nodes).toBe(26);
    expect(r.designItW).toBeCloseTo(10 * b200ItW + 16 * l20ItW, 6); // 145833.3 + 55555.6 = 201388.9 W
    expect(r.chainItW).toBe(r.designItW); // servers' inlet = rating inlet: no fan speed-up
    expect(r.computePowerW).toBe(10 * 14_000 + 16 * 3000);
    expect(Array.from(r.designGroups)).toEqual([140_000, 10, 1, 48_000, 16, 1]); // every node at full load
    expect(r.it.map((it) => [it.racks.type, it.nodeCount, it.nodePeakPowerW])).toEqual([['liquid-pod', 10, 14_000], ['air', 16, 3000]]);
    expect(r.warnings).toEqual([]);
  });

  it('warm supply air speeds the air racks\' fans at full load: the power chain carries the larger draw', () => {
    const base = defaultScenario().designs[0];
    const d = { ...base, racks: racksSchema.parse({ type: 'air', ratedPower: '40 kW' }), groupRacks: undefined };
    const r = rackGroups(d, [group('a', 4, 3000), group('b', 4, 3000)], DEFAULT_IT, 32);
    expect(r.chainItW).toBeGreaterThan(r.designItW);
  });
});
