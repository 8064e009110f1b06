/**
 * history.ts: one failure history against constant loads, with hand-built groups: N+1 with a unit out loses
 * nothing, N with a unit out heats the room and trips it at the analytic time, a liquid loop without heat
 * rejection trips its nodes, and failures over 200 years count at their cited rate.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runHistory } from '../../../sim/simulation/resilience/history.js';
import { COMPONENT_RELIABILITY, failuresPerYear, meanRepairS } from '../../../sim/models/resilience/componentReliability.js';
import { SECONDS_PER_DAY, SECONDS_PER_YEAR } from '../../../sim/units.js';
import { GPUS, JOBS, LIQUID, SPEC, fixedGroup, historyInput, randomProcess, scriptedProcess } from './historyFixtures.js';

// 200 kW of room heat on CRAHs of 100 kW; one unit out from t = 1000 s for 2 h.
const ROOM_HEAT_W = 2e5;
const OUT = [{ atS: 1000, unitsOut: 1, forS: 7200 }];
const crahs = (installed: number, needed: number) => fixedGroup('crah', 'crah', 'terminal', 'air', installed > needed ? 'N+1' : 'N', installed, needed, 1e5, 'roomHeatW', 1);
const roomHistory = (installed: number, needed: number, horizonS: number) => {
  const g = crahs(installed, needed);
  return runHistory(historyInput([g], [scriptedProcess(g, OUT)], { roomHeatW: ROOM_HEAT_W }, horizonS));
};

describe('runHistory: N+1 with one scripted unit out', () => {
  it('no unmet heat, no trip, no work lost; redundancy lost for exactly the 2 h outage', () => {
    const t = roomHistory(3, 2, SECONDS_PER_DAY);
    expect(t).toMatchObject({ unmetJ: 0, shutdowns: 0, gpuSecondsLost: 0, jobsFailed: 0, jobsThrottled: 0, aboveAllowableS: 0, degradedS: 0, peakRoomC: 24 });
    expect(t.redundancyLostS).toBe(7200);
    expect(t.failures).toEqual([0]); // a scripted outage is not a failure
    expect(t.horizonS).toBe(SECONDS_PER_DAY);
  });
});

describe('runHistory: redundancy, as a property over loads, unit counts and outage times', () => {
  const cases = fc.record({
    needed: fc.integer({ min: 1, max: 6 }), load: fc.double({ min: 0.05, max: 1, noNaN: true }),
    atS: fc.integer({ min: 0, max: 20_000 }), forS: fc.integer({ min: 60, max: 30_000 }),
  });
  const run = (installed: number, needed: number, loadW: number, atS: number, forS: number) => {
    const g = fixedGroup('crah', 'crah', 'terminal', 'air', installed > needed ? 'N+1' : 'N', installed, needed, 1e5, 'roomHeatW', 1);
    return runHistory(historyInput([g], [scriptedProcess(g, [{ atS, unitsOut: 1, forS }])], { roomHeatW: loadW }, SECONDS_PER_DAY));
  };

  it('N+1, one unit out at any load up to the design: nothing lost; N: unmet heat whenever the rest cannot carry it', () => {
    fc.assert(fc.property(cases, ({ needed, load, atS, forS }) => {
      const loadW = load * needed * 1e5;
      const spared = run(needed + 1, needed, loadW, atS, forS);
      expect([spared.unmetJ, spared.shutdowns, spared.gpuSecondsLost, spared.peakRoomC]).toEqual([0, 0, 0, 24]);
      expect(spared.redundancyLostS).toBe(forS);
      const bare = run(needed, needed, loadW, atS, forS);
      const shortW = loadW - (needed - 1) * 1e5;
      if (shortW > 1) {
        expect(bare.unmetJ).toBeGreaterThan(0);
        // never more than the shortfall over the outage, at most C x (40 - 24) K while heating
        expect(bare.unmetJ).toBeLessThanOrEqual(Math.min(shortW * forS, 1e6 * 16) * (1 + 1e-9));
        expect(bare.peakRoomC).toBeLessThanOrEqual(40);
      } else expect(bare.unmetJ).toBe(0);
    }), { numRuns: 60 });
  });
});

describe('runHistory: N with one scripted unit out', () => {
  // C = 1 MJ/K, H = 200 kW, K = 100 kW, f = 0.7: to 32 degC in 1e6 x 8 / 1e5 = 80 s, then to 40 degC in
  // 1e6 x 8 / (0.7 x 2e5 - 1e5) = 200 s: the room trips 280 s after the event, at t = 1280 s.
  const TRIP_S = 1000 + 80 + 200;

  it('trips at the analytic time after the event (within 1 s)', () => {
    expect(roomHistory(2, 2, TRIP_S - 0.5).shutdowns).toBe(0);
    const t = roomHistory(2, 2, TRIP_S + 0.5);
    expect(t.shutdowns).toBe(1);
    expect(t.peakRoomC).toBe(40);
    // unmet heat up to the trip: 100 kW x 80 s + 40 kW x 200 s = 16 MJ = C x (40 - 24) K
    expect(t.unmetJ).toBeCloseTo(16e6, 3);
    expect(t.aboveAllowableS).toBeCloseTo(200.5, 6);
  });

  it('over the day: unmet heat, the jobs failed once, work lost while throttled, tripped and restarting', () => {
    const t = roomHistory(2, 2, SECONDS_PER_DAY);
    expect(t.unmetJ).toBeCloseTo(16e6, 3);
    expect(t.shutdowns).toBe(1);
    expect(t.jobsFailed).toBe(JOBS);
    expect(t.jobsThrottled).toBe(JOBS);
    // Tripped at 1280 s, the room cools at 0.1 K/s to supply, but 100 kW cannot carry 200 kW: the nodes stay off
    // until the unit returns at 8200 s, then restart 30 min later, at 10,000 s. Work lost (GPU-seconds):
    // 800 x 0.3 x 200 s (throttled to 70 %) + 800 x (10,000 - 1280) s (off) + 800 x 1800 s (half an hourly checkpoint).
    const expectedS = GPUS * 0.3 * 200 + GPUS * (10_000 - TRIP_S) + GPUS * SPEC.checkpointS / 2;
    expect(t.gpuSecondsLost).toBeCloseTo(expectedS, 3);
    expect(t.degradedS).toBeCloseTo(10_000 - 1080, 6);
  });
});

describe('runHistory: a liquid loop loses all its heat rejection', () => {
  // 900 kW of liquid heat on two 450 kW dry coolers (N), both out at 1000 s for 1 h; 100 kW of room heat on
  // CRAHs N+1. Liquid loop 0.2 MJ/K: 35 -> 40 degC in 2e5 x 5 / 9e5 = 1.11 s, 40 -> 45 in 2e5 x 5 / 6.3e5 = 1.59 s.
  const dry = fixedGroup('dryCooler', 'dryCoolerFanBank', 'rejection', 'liquid', 'N', 2, 2, 4.5e5, 'liquidHeatW', 0);
  const crah = fixedGroup('crah', 'crah', 'terminal', 'air', 'N+1', 2, 1, 1e5, 'roomHeatW', 1);
  const run = (horizonS: number) => runHistory(historyInput([crah, dry], [scriptedProcess(crah, []), scriptedProcess(dry, [{ atS: 1000, unitsOut: 2, forS: 3600 }])],
    { roomHeatW: 1e5, liquidHeatW: 9e5 }, horizonS, { liquid: structuredClone(LIQUID), liquidShare: 0.9 }));

  it('trips the liquid nodes at 45 degC, 2.70 s after the loss; the room is untouched', () => {
    const tripS = 1000 + (2e5 * 5) / 9e5 + (2e5 * 5) / 6.3e5;
    expect(run(tripS - 0.01).jobsFailed).toBe(0);
    const t = run(tripS + 0.01);
    expect(t.peakLiquidC).toBe(45);
    expect(t.peakRoomC).toBe(24);
    // The liquid share of the nodes (0.9) fails its jobs and loses half a checkpoint of progress.
    expect(t.jobsFailed).toBeCloseTo(0.9 * JOBS, 9);
    expect(t.gpuSecondsLost).toBeGreaterThan(0.9 * GPUS * SPEC.checkpointS / 2);
    expect(t.shutdowns).toBe(1); // a node trip (resilience.ts: "Node trips (thermal or power)")
    expect(t.unmetJ).toBeCloseTo(2e5 * 10, 3); // C x (45 - 35) K
  });
});

describe('runHistory: a CDU short of the liquid heat', () => {
  it('trips that share of the liquid nodes at once: one shutdown, their jobs, their work until they restart', () => {
    // 600 kW on two 450 kW CDUs (N), one out for 1 h: 150 kW short = 25 % of the liquid nodes (0.9 of all).
    const cdu = fixedGroup('cdu', 'cduPump', 'pumps', 'liquid', 'N', 2, 2, 4.5e5, 'liquidHeatW', 0);
    const t = runHistory(historyInput([cdu], [scriptedProcess(cdu, [{ atS: 1000, unitsOut: 1, forS: 3600 }])],
      { liquidHeatW: 6e5 }, SECONDS_PER_DAY, { liquid: structuredClone(LIQUID), liquidShare: 0.9 }));
    expect(t.shutdowns).toBe(1);
    expect(t.jobsFailed).toBeCloseTo(JOBS * 0.9 * 0.25, 9);
    // 800 x 0.225 x (3600 s out + 1800 s restart once the CDU is back) off + 800 x 0.225 x 1800 s of progress
    // since the checkpoint = 1,296,000 GPU-s
    expect(t.gpuSecondsLost).toBeCloseTo(1_296_000, 3);
    expect(t.unmetJ).toBe(0);
    expect(t.degradedS).toBe(3600 + 1800);
  });
});

describe('runHistory: failures count at their cited rate', () => {
  it('200 years of 3 chillers: the count against T / (MTTF + MTTR) per unit, within 4 sigma', () => {
    // Chiller: 0.837 failures a year per unit (OREDA-2009), mean repair 12.3 h. A renewal process: the expected
    // count is 3 x 200 y / (MTTF + MTTR) = ~501, near-Poisson (variance at most the mean): sigma ~ 22.4, so the
    // tolerance is ~90 failures; the seed is fixed.
    const g = fixedGroup('chiller', 'chiller', 'chiller', 'air', 'N+1', 3, 2, 1e5, 'airChillerLoadW', 1);
    const years = 200;
    const t = runHistory(historyInput([g], [randomProcess(g, 7, 'count')], { roomHeatW: 1.5e5, airChillerLoadW: 1.5e5 }, years * SECONDS_PER_YEAR));
    const entry = COMPONENT_RELIABILITY.chiller;
    const expected = (3 * years * SECONDS_PER_YEAR) / (SECONDS_PER_YEAR / failuresPerYear(entry) + meanRepairS(entry));
    expect(Math.abs(t.failures[0] - expected)).toBeLessThan(4 * Math.sqrt(expected));
    // 1.5 of 2 needed units' load: two chillers out at once fall short; one out never does.
    expect(t.redundancyLostS).toBeGreaterThan(0);
  });
});

describe('runHistory: a utility loss the generators do not answer', () => {
  // 200 kW of room heat, CRAHs N+1 on the UPS, chillers N+1 off with the utility; the utility out at 1000 s for
  // 1 h, every generator draw a failed start. The room heats 40 s to 32 degC, 8e6 / 1.4e5 = 57.1 s to 40 degC:
  // it trips at 1097 s; the battery (10 min) runs out at 1600 s with the nodes already off.
  const crah = fixedGroup('crah', 'crah', 'terminal', 'air', 'N+1', 3, 2, 1e5, 'roomHeatW', 1);
  const chiller = fixedGroup('chiller', 'chiller', 'chiller', 'air', 'N+1', 2, 1, 2e5, 'airChillerLoadW', 1);
  const utility = fixedGroup('utility', 'utilityFeed', 'power', 'power', 'N', 1, 1, 1e6, 'facilityW', 1);
  const groups = [crah, chiller, utility];
  const t = runHistory(historyInput(groups, [scriptedProcess(crah, []), scriptedProcess(chiller, []), scriptedProcess(utility, [{ atS: 1000, unitsOut: 1, forS: 3600 }])],
    { roomHeatW: ROOM_HEAT_W, airChillerLoadW: ROOM_HEAT_W, itPowerW: 8e5, facilityW: 1e6 }, SECONDS_PER_DAY, { generatorDraws: () => 0 }));

  it('the room trips once; the battery running out fails no job a second time', () => {
    expect(t.peakRoomC).toBe(40);
    expect(t.jobsFailed).toBe(JOBS);
    expect(t.shutdowns).toBe(1);
  });

  it('work is lost until the chillers restart, the room is back below 32 degC and the nodes restart 30 min later', () => {
    // The utility returns at 4600 s, the chillers 30 min later (6400 s); with 300 kW in service (CRAH spare
    // 100 kW) the room falls 0.3 K/s from 40 to 32 degC in 26.7 s; the nodes restart 1800 s later, at 8226.7 s.
    // 800 x 0.3 x 57.14 s throttled, 800 x (8226.7 - 1097.1) s off, 800 x 1800 s since the checkpoint.
    const throttleS = 8e6 / 1.4e5;
    const tripS = 1000 + 40 + throttleS;
    const backS = 6400 + 8 / 0.3 + 1800;
    expect(t.gpuSecondsLost).toBeCloseTo(GPUS * 0.3 * throttleS + GPUS * (backS - tripS) + GPUS * 1800, 3);
    expect(t.redundancyLostS).toBeCloseTo(3600 + 1800, 6); // utility out 1 h, then the chillers' restart window
  });
});
