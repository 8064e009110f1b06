/**
 * resilienceRun.ts: every history is a pure function of (scenario, seed, history name), so the Monte Carlo does
 * not depend on how its samples are split across threads; the shipped liquid PoD's setup under synthetic loads
 * (a day of steps at 90 % of its design heat, repeated over a 2-year horizon).
 */
import { describe, expect, it } from 'vitest';
import { designResilience, samplesTally, type ResilienceContext } from '../../../sim/simulation/resilience/resilienceRun.js';
import { designSetup, historySchedule } from '../../../sim/simulation/resilience/historySetup.js';
import type { ClusterSeries, DesignTrace } from '../../../sim/simulation/trace.js';
import { constantLoads, resilienceScenario } from './resilienceFixtures.js';

const STEPS = 24;
const { scenario, weather, sized } = resilienceScenario();
const s = sized[0]; // liquid-pod, N+1
const spec = { ...scenario.resilience!, years: 2, samples: 4 };
const run = {
  stepLoads: constantLoads({
    roomHeatW: 0.9 * s.designAirHeatW, liquidHeatW: 0.9 * s.designLiquidHeatW, airChillerLoadW: 0.9 * s.designAirHeatW,
    itPowerW: 0.9 * s.designItPowerW, facilityW: 0.9 * s.designFacilityPowerW, dryBulbC: 20, wetBulbC: 15,
  }, STEPS),
} as unknown as DesignTrace;
// 1,440 GPUs of the 160 nodes (8 each): 1,200 allocated and 300 jobs running at every step.
const cluster = {
  computePowerW: new Float64Array(STEPS), allocatedGpus: new Float64Array(STEPS).fill(1200), runningJobs: new Float64Array(STEPS).fill(300),
} as unknown as ClusterSeries;
const ctx = (seed: number): ResilienceContext => ({ scenario, spec, weather, schedule: historySchedule(spec, weather), seed, cluster });
const setup = designSetup(scenario.designs[0], s, spec);

describe('samplesTally: the Monte Carlo does not depend on how samples are split', () => {
  it('samples 0-9 at once equal samples 0-4 then 5-9 (what makes threads irrelevant)', () => {
    const all = samplesTally(ctx(1), setup, run, 0, 10);
    expect(all).toEqual([...samplesTally(ctx(1), setup, run, 0, 5), ...samplesTally(ctx(1), setup, run, 5, 5)]);
    // and in reverse order of slices
    expect([...samplesTally(ctx(1), setup, run, 7, 3), ...samplesTally(ctx(1), setup, run, 0, 7)]).toEqual([...all.slice(7), ...all.slice(0, 7)]);
  });

  it('different history names draw different failures; another seed too', () => {
    const [a, b] = samplesTally(ctx(1), setup, run, 0, 2);
    expect(a.failures).not.toEqual(b.failures);
    expect(samplesTally(ctx(2), setup, run, 0, 1)[0]).not.toEqual(a);
    // over 2 years the groups fail: at least one failure in each of the histories
    for (const t of [a, b]) expect(t.failures.reduce((x, y) => x + y, 0)).toBeGreaterThan(0);
  });
});

describe('designResilience: determinism', () => {
  it('same scenario and seed: identical figures (JSON byte for byte)', () => {
    const once = designResilience(ctx(1), 0, s, run, []);
    const again = designResilience(ctx(1), 0, s, run, []);
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
    expect(once.monteCarlo?.samples).toBe(4);
    expect(once.horizonYears).toBe(2);
  });

  it('the scripted what-if (a chiller and a CDU out 6 h from the hottest hour) costs an N+1 design nothing', () => {
    const r = designResilience(ctx(1), 0, s, run, []);
    expect(r.scripted).toMatchObject({ unmetCoolingKWh: 0, shutdowns: 0, gpuHoursLost: 0, hoursLostRedundancy: 6 });
    // 30 min before the event to 3 h after its end, a sample a minute; the label names both events that start together
    expect(r.scripted!.timeline.airC).toHaveLength(570);
    expect(r.scripted!.timeline.label).toBe('1 x chiller + 1 x cduPump out for 6 h');
    expect(r.scripted!.timeline.events).toEqual([{ componentClass: 'chiller', units: 1, forS: 21_600 }, { componentClass: 'cduPump', units: 1, forS: 21_600 }]);
  });
});

describe('designResilience: the reported ride-through is the histories\' own thermal model', () => {
  it('room and liquid loop: C (L1 - T0) / H at the design heats, with the capacities the histories use', () => {
    const r = designResilience(ctx(1), 0, s, run, []);
    const room = setup.room, liquid = setup.liquid!;
    // Both with the room's air density at its supply temperature (historySetup.ts took 25 degC before: 0.04 % apart).
    expect(r.rideThrough.roomMinutes * 60).toBeCloseTo((room.heatCapacityJPerK * (room.limits.allowableC - room.limits.supplyC)) / s.designAirHeatW, 6);
    expect(r.rideThrough.liquidLoopMinutes! * 60).toBeCloseTo((liquid.heatCapacityJPerK * (liquid.limits.allowableC - liquid.limits.supplyC)) / s.designLiquidHeatW, 6);
    expect(r.rideThroughMinutes).toBe(Math.min(r.rideThrough.roomMinutes, r.rideThrough.liquidLoopMinutes!));
    // W32 facility water + 3 K CDU approach = 35 degC coolant, throttled at W40's 40 degC; the room at its 24 degC supply air
    expect([liquid.limits.supplyC, liquid.limits.allowableC, room.limits.supplyC, room.limits.allowableC]).toEqual([35, 40, 24, 32]);
  });
});
