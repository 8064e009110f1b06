import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/engine/random.js';
import { COMPONENT_RELIABILITY, failuresPerYear, meanRepairS } from '../../../sim/models/resilience/componentReliability.js';
import {
  demandFails, failureProcess, inServiceSteps, newUnitEvent, processParamsFor, type FailureProcessParams, type UnitEvent,
} from '../../../sim/models/resilience/failureProcess.js';
import { SECONDS_PER_YEAR } from '../../../sim/units.js';

const streamsOf = (seed: number) => {
  const streams = new RandomStreams(seed);
  return (name: string) => streams.stream(name);
};
const eventsUntil = (params: FailureProcessParams, streamFor: (name: string) => () => number, untilS: number): UnitEvent[] => {
  const p = failureProcess(params, streamFor);
  const out: UnitEvent[] = [];
  const e = newUnitEvent();
  while (p.peekS() < untilS && p.next(e)) out.push({ ...e });
  return out;
};

describe('failureProcess', () => {
  // 100 chillers over 100 years = 10,000 unit-years. Failures form a renewal process with cycle mean MTTF + MTTR,
  // so the expected count is T / (MTTF + MTTR) per unit, and the count is close to Poisson (its variance is at most
  // the mean here, exponential up times being much longer than repairs). Tolerance: 4 sigma, sigma = sqrt(expected);
  // a correct model fails for about 6e-5 of seeds (two-sided normal tail); the seed is fixed, so the test is stable.
  const units = 100;
  const years = 100;
  const params = processParamsFor('chiller', units);
  const events = eventsUntil(params, streamsOf(2026), years * SECONDS_PER_YEAR);

  it('counts failures at the cited rate over 10,000 unit-years (0.837 /yr: ~8,360 failures, +-4 sigma)', () => {
    const mttfS = SECONDS_PER_YEAR / failuresPerYear(COMPONENT_RELIABILITY.chiller);
    const expected = (units * years * SECONDS_PER_YEAR) / (mttfS + meanRepairS(COMPONENT_RELIABILITY.chiller));
    const failures = events.filter((e) => e.cause === 'failure' && e.starts).length;
    expect(Math.abs(failures - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  it('repairs last the cited mean (12.3 h, log-normal s = 0.8; 4 standard errors by the CLT)', () => {
    const failedAt = new Map<number, number>();
    const repairsS: number[] = [];
    for (const e of events) {
      if (e.cause !== 'failure') continue;
      if (e.starts) failedAt.set(e.unit, e.atS);
      else repairsS.push(e.atS - failedAt.get(e.unit)!);
    }
    const meanS = repairsS.reduce((a, b) => a + b, 0) / repairsS.length;
    const targetS = meanRepairS(COMPONENT_RELIABILITY.chiller);
    const se = (targetS * Math.sqrt(Math.exp(0.64) - 1)) / Math.sqrt(repairsS.length);
    expect(repairsS.length).toBeGreaterThan(8000);
    expect(Math.abs(meanS - targetS)).toBeLessThan(4 * se);
  });

  it('is deterministic per seed and each unit draws from its own stream', () => {
    const horizonS = 20 * SECONDS_PER_YEAR;
    const a = eventsUntil(processParamsFor('cduPump', 4), streamsOf(5), horizonS);
    // Same seed, with another class's streams drawn from first and in between: the same timeline.
    const shared = new RandomStreams(5);
    for (let i = 0; i < 1000; i++) shared.stream('failures/chiller/0')();
    const b = eventsUntil(processParamsFor('cduPump', 4), (name) => { shared.stream('failures/upsModule/1')(); return shared.stream(name); }, horizonS);
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(10);
    // Unit 2's timeline does not depend on how many units the class has.
    const wider = eventsUntil(processParamsFor('cduPump', 7), streamsOf(5), horizonS);
    const times = (es: UnitEvent[]) => es.filter((e) => e.unit === 2).map((e) => [e.atS, e.starts]);
    expect(times(wider)).toEqual(times(a));
    // Another seed gives another timeline.
    expect(eventsUntil(processParamsFor('cduPump', 4), streamsOf(6), horizonS)).not.toEqual(a);
  });

  it('merges maintenance and scripted outages in time order (hand case, no random failures)', () => {
    const hand: FailureProcessParams = {
      componentClass: 'chiller', units: 3, failuresPerYear: 0, weibullShape: 1, meanRepairS: 1, repair: { kind: 'exponential' },
      maintenance: [{ unit: 1, startS: 100, forS: 100 }],
      scripted: [{ atS: 150, unitsOut: 2, forS: 100 }],
    };
    const got = eventsUntil(hand, streamsOf(1), Infinity).map((e) => [e.atS, e.unit, e.cause, e.starts, e.up, e.inService]);
    // At 150 unit 1 is in maintenance, so the scripted outage takes units 0 and 2 (the lowest in service).
    expect(got).toEqual([
      [100, 1, 'maintenance', true, false, 2],
      [150, 0, 'scripted', true, false, 1],
      [150, 2, 'scripted', true, false, 0],
      [200, 1, 'maintenance', false, true, 1],
      [250, 0, 'scripted', false, true, 2],
      [250, 2, 'scripted', false, true, 3],
    ]);
    expect(inServiceSteps(failureProcess(hand, streamsOf(1)), 1000)).toEqual({ atS: [0, 100, 150, 200, 250], inService: [3, 2, 0, 1, 3] });
  });

  it('overlapping causes: a unit returns only when all have ended', () => {
    const hand: FailureProcessParams = {
      componentClass: 'crah', units: 2, failuresPerYear: 0, weibullShape: 1, meanRepairS: 1, repair: { kind: 'exponential' },
      maintenance: [{ unit: 0, startS: 0, forS: 50 }],
      scripted: [{ atS: 10, unitsOut: 2, forS: 100 }],
    };
    expect(inServiceSteps(failureProcess(hand, streamsOf(1)), 1000)).toEqual({ atS: [0, 10, 110], inService: [1, 0, 2] });
  });

  it('a scripted outage amid random failures leaves at most units - unitsOut in service', () => {
    const withScript = processParamsFor('coolingTowerCell', 4, { scripted: [{ atS: 1e7, unitsOut: 2, forS: 3600 }] });
    const steps = inServiceSteps(failureProcess(withScript, streamsOf(3)), 2e7);
    const i = steps.atS.findLastIndex((t) => t <= 1e7 + 1);
    expect(steps.inService[i]).toBeLessThanOrEqual(2);
  });

  it('rejects broken parameters', () => {
    expect(() => failureProcess({ ...processParamsFor('chiller', 2), units: 0 }, streamsOf(1))).toThrow(RangeError);
    expect(() => failureProcess(processParamsFor('chiller', 2, { maintenance: [{ unit: 2, startS: 0, forS: 1 }] }), streamsOf(1))).toThrow(RangeError);
  });

  it('generator starts fail on demand at the cited 6 % (100,000 demands, 4 sigma)', () => {
    const u = streamsOf(9)('failures/generatorStart/0');
    const p = COMPONENT_RELIABILITY.generatorStart.startFailureProbability!;
    const n = 100_000;
    let failed = 0;
    for (let i = 0; i < n; i++) if (demandFails(u, p)) failed++;
    expect(Math.abs(failed - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
  });
});
