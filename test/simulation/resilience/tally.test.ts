/**
 * tally.ts: the shortfall of the units in service per stage and loop (hand-computed), inside and outside the
 * power windows, and the timeline's sampling.
 */
import { describe, expect, it } from 'vitest';
import { newTally, stageShortfalls, Timeline } from '../../../sim/simulation/resilience/tally.js';
import { newPowerWindows, utilityLost } from '../../../sim/simulation/resilience/powerPath.js';
import { constantLoads } from './resilienceFixtures.js';
import { SPEC, fixedGroup } from './historyFixtures.js';

// Room heat 200 kW on CRAHs of 100 kW (3, N+1) and chillers of 200 kW (2, N+1); 1 MW of liquid heat on dry
// coolers of 300 kW (4, N+1); 1.8 MW of IT on UPS modules of 500 kW (5, N+1); one utility feed.
const crah = fixedGroup('crah', 'crah', 'terminal', 'air', 'N+1', 3, 2, 1e5, 'roomHeatW', 1);
const chiller = fixedGroup('chiller', 'chiller', 'chiller', 'air', 'N+1', 2, 1, 2e5, 'airChillerLoadW', 1);
const dry = fixedGroup('dryCooler', 'dryCoolerFanBank', 'rejection', 'liquid', 'N+1', 4, 3, 3.5e5, 'liquidHeatW', 0);
const ups = fixedGroup('ups', 'upsModule', 'power', 'power', 'N+1', 5, 4, 5e5, 'itPowerW', 1);
const utility = fixedGroup('utility', 'utilityFeed', 'power', 'power', 'N', 1, 1, 3e6, 'facilityW', 1);
const GROUPS = [crah, chiller, dry, ups, utility];
const LOADS = constantLoads({ roomHeatW: 2e5, airChillerLoadW: 2e5, liquidHeatW: 1e6, itPowerW: 1.8e6, facilityW: 2.2e6 });
const shortfalls = (inService: number[], w = newPowerWindows(), nowS = 0) => stageShortfalls(GROUPS, inService, LOADS, 0, w, nowS);

describe('stageShortfalls', () => {
  it('all in service: nothing short; spare = the tightest stage (room: CRAHs 300 - 200 = 100 kW; liquid: 1.4 MW - 1 MW)', () => {
    expect(shortfalls([3, 2, 4, 5, 1])).toEqual({
      roomUnmetW: 0, liquidUnmetW: 0, roomSpareW: 1e5, liquidSpareW: 4e5, powerShed: 0, cduTrip: 0, anyOut: false, unmet: false,
    });
  });

  it('one spare out anywhere: redundancy lost, nothing short', () => {
    for (let g = 0; g < 4; g++) {
      const s = shortfalls([3, 2, 4, 5, 1].map((n, k) => (k === g ? n - 1 : n)));
      expect([s.roomUnmetW, s.liquidUnmetW, s.powerShed, s.anyOut, s.unmet]).toEqual([0, 0, 0, true, false]);
    }
  });

  it('stages in series: the loop is short of its largest stage, not the sum', () => {
    // CRAHs 1 of 3: 200 - 100 = 100 kW short; chillers 0 of 2: 200 kW short; the room is 200 kW short.
    expect(shortfalls([1, 0, 4, 5, 1]).roomUnmetW).toBe(2e5);
    expect(shortfalls([1, 2, 4, 5, 1])).toMatchObject({ roomUnmetW: 1e5, roomSpareW: 0, unmet: true });
    // dry coolers 2 of 4: 1 MW - 700 kW = 300 kW short of the liquid loop
    expect(shortfalls([3, 2, 2, 5, 1]).liquidUnmetW).toBeCloseTo(3e5, 6);
  });

  it('a group shared by both loops splits its shortfall by its room share', () => {
    const shared = { ...chiller, loadW: () => 8e5, roomShare: () => 0.25 };
    const s = stageShortfalls([shared], [1], LOADS, 0, newPowerWindows(), 0);
    // 800 kW on one 200 kW chiller of two: 600 kW short beyond the healthy plant's 400 kW: 200 kW, 50 room / 150 liquid
    expect([s.roomUnmetW, s.liquidUnmetW]).toEqual([5e4, 1.5e5]);
  });

  it('power: the share of the load the modules in service cannot carry; the utility feed itself is answered by the generators', () => {
    // 1.8 MW on 3 of 5 modules of 500 kW: 300 kW short = 1/6 of the load
    expect(shortfalls([3, 2, 4, 3, 1]).powerShed).toBeCloseTo(1 / 6, 12);
    expect(shortfalls([3, 2, 4, 5, 0])).toMatchObject({ powerShed: 0, anyOut: true, unmet: false });
  });

  it('inside the power windows heat rejection and chillers carry nothing; after them, everything again', () => {
    const w = newPowerWindows();
    utilityLost(w, 1000, SPEC, true); // rejection back at 1010 s, chillers at 2810 s
    // at 1005 s: dry coolers and chillers off -> room 200 kW short (chillers), liquid 1 MW short
    expect(shortfalls([3, 2, 4, 5, 0], w, 1005)).toMatchObject({ roomUnmetW: 2e5, liquidUnmetW: 1e6, anyOut: true });
    // at 1500 s: rejection back, chillers still restarting
    expect(shortfalls([3, 2, 4, 5, 0], w, 1500)).toMatchObject({ roomUnmetW: 2e5, liquidUnmetW: 0 });
    expect(shortfalls([3, 2, 4, 5, 0], w, 2810)).toMatchObject({ roomUnmetW: 0, liquidUnmetW: 0 });
  });
});

describe('Timeline', () => {
  it('samples every stepS from startS, count of them, in order; capacities capped at 1', () => {
    const t = new Timeline(100, 60, 3);
    expect([t.nextSampleS(0), t.nextSampleS(100), t.nextSampleS(130), t.nextSampleS(220)]).toEqual([100, 160, 160, Infinity]);
    t.record(130, 30, undefined, 1, 1, 1); // not a sample time
    t.record(100, 24, 35, 1.5, 0.5, 1);
    t.record(220, 26, 36, 1, 1, 0.7); // out of order: the 160 s sample is missing, so it is not taken
    t.record(160, 25, undefined, 0.8, 1, 0.9);
    expect([t.airC, t.liquidC, t.airCapacity, t.liquidCapacity, t.itLoad]).toEqual([[24, 25], [35, Number.NaN], [1, 0.8], [0.5, 1], [1, 0.9]]);
  });

  it('a new tally starts empty, one failure counter per group', () => {
    expect(newTally(3)).toMatchObject({ unmetJ: 0, shutdowns: 0, failures: [0, 0, 0], peakRoomC: -Infinity, horizonS: 0 });
  });
});
