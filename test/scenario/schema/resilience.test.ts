/**
 * The scenario's `resilience:` block (sim/scenario/schema/resilience.ts): units and defaults in SI, class
 * aliases, event times, and bad fields refused with the file, line, path, what was expected and what was got.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { resilienceSchema } from '../../../sim/scenario/schema/resilience.js';
import { loadScenario } from '../../../sim/scenario/load.js';
import { ScenarioError } from '../../../sim/errors.js';

const parse = (text: string) => resilienceSchema.safeParse(parseYaml(text));
const messages = (text: string) => {
  const r = parse(text);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const loadErrors = (file: string): string[] => {
  try {
    loadScenario(file);
    return [];
  } catch (err) {
    if (err instanceof ScenarioError) return err.lines;
    throw err;
  }
};

describe('resilienceSchema: what a planner writes, in SI', () => {
  it('events: hottest or a local time (day of the year x 86,400 s), class aliases, default 1 unit', () => {
    const r = resilienceSchema.parse(parseYaml(`{ events: [
      { at: hottest, fail: chiller, units: 2, for: 6 h },
      { at: 07-22T14:00, fail: cdu, for: 30 min },
      { at: year 2 01-01T00:30, fail: utility, for: 1 h } ] }`));
    // 07-22: 181 + 21 = 202 days before it, + 14 h = 202 x 86,400 + 50,400 = 17,503,200 s
    expect(r.events).toEqual([
      { at: { kind: 'hottest' }, fail: 'chiller', units: 2, forS: 21_600 },
      { at: { kind: 'time', startS: 17_503_200 }, fail: 'cduPump', units: 1, forS: 1800 },
      { at: { kind: 'time', startS: 365 * 86_400 + 1800 }, fail: 'utilityFeed', units: 1, forS: 3600 },
    ]);
  });

  it('maintenance, limits, the power path and costs', () => {
    const r = resilienceSchema.parse(parseYaml(`{ years: 3, samples: 0, failures: none,
      maintenance: [{ class: tower, every: 365 days, for: 168 h }],
      limits: { throttleInlet: 35 degC, shutdownInlet: 45 degC }, throttle: 60 %, restart: 15 min, checkpoint: 2 h,
      ups: { battery: 5 min }, generator: { start: 15 s, unitRating: 2 MW, redundancy: 2N, chillerRestart: 20 min }, utilityFeeds: 2,
      costs: { gpuHour: 15 CNY/h, repair: { chiller: 20000 CNY } } }`));
    expect(r).toMatchObject({
      years: 3, samples: 0, failures: 'none', maintenance: [{ class: 'coolingTowerCell', everyS: 365 * 86_400, forS: 168 * 3600 }],
      limits: { throttleInletC: 35, shutdownInletC: 45, throttleCoolantC: 40, shutdownCoolantC: 45 },
      restartS: 900, checkpointS: 7200, upsBatteryS: 300, generatorStartS: 15, generatorUnitW: 2e6, generatorRedundancy: '2N',
      chillerRestartS: 1200, utilityFeeds: 2, repairCosts: [{ componentClass: 'chiller', cost: 20000 }],
    });
    expect(r.throttleFraction).toBeCloseTo(0.6, 12);
    expect(r.lostGpuHourCost).toBeCloseTo(15, 9); // per GPU-hour
  });
});

describe('resilienceSchema: bad fields, each with its path, what was expected and what was got', () => {
  it('an unknown class, an impossible time, a negative duration: all three at once', () => {
    expect(messages(`{ events: [{ at: 13-40T99:00, fail: pump, for: -2 h }] }`)).toEqual([
      "events.0.at: expected 'hottest' or a local time like '07-22T14:00' (or 'year 2 07-22T14:00'), got '13-40T99:00'",
      'events.0.fail: expected a component class (chiller, coolingTowerCell, dryCoolerFanBank, cduPump, crah, upsModule, transformer, utilityFeed; or cdu, tower, dryCooler, ups, utility), got \'pump\'',
      "events.0.for: expected a duration with a unit like '15 min' between 60 s and 31536000 s, got '-2 h'",
    ]);
  });

  it('limits out of order, for the inlet and the coolant', () => {
    expect(messages(`{ limits: { throttleInlet: 45 degC, shutdownInlet: 40 degC } }`)).toEqual([
      'limits: expected throttleInlet below shutdownInlet, got 45 and 40 degC',
    ]);
    expect(messages(`{ limits: { throttleCoolant: 46 degC } }`)).toEqual([
      'limits: expected throttleCoolant below shutdownCoolant, got 46 and 45 degC',
    ]);
  });

  it('an event past the horizon, a generator start failure class, an unknown key', () => {
    expect(messages(`{ years: 2, events: [{ at: year 3 01-01T00:00, fail: chiller, for: 1 h }] }`)).toEqual([
      'events.0.at: expected a time within the 2-year horizon, got year 3',
    ]);
    expect(messages(`{ events: [{ at: hottest, fail: generatorStart, for: 1 h }] }`)[0]).toMatch(/^events\.0\.fail: expected a component class .*, got 'generatorStart'$/);
    expect(messages(`{ sample: 10 }`)).toHaveLength(1);
  });
});

describe('scenario files with a bad resilience: block (fixture, exact lines)', () => {
  it('event fields: file, line, dotted path, expected and got', () => {
    expect(loadErrors('test/fixtures/bad/resilience-event.yaml')).toEqual([
      "test/fixtures/bad/resilience-event.yaml:20: resilience.events[0].at: expected 'hottest' or a local time like '07-22T14:00' (or 'year 2 07-22T14:00'), got '13-40T99:00'",
      "test/fixtures/bad/resilience-event.yaml:21: resilience.events[0].fail: expected a component class (chiller, coolingTowerCell, dryCoolerFanBank, cduPump, crah, upsModule, transformer, utilityFeed; or cdu, tower, dryCooler, ups, utility), got 'pump'",
      "test/fixtures/bad/resilience-event.yaml:22: resilience.events[0].for: expected a duration with a unit like '15 min' between 60 s and 31536000 s, got '-2 h'",
    ]);
  });

  it('limits: the line of the limits block', () => {
    expect(loadErrors('test/fixtures/bad/resilience-limits.yaml')).toEqual([
      'test/fixtures/bad/resilience-limits.yaml:19: resilience.limits: expected throttleInlet below shutdownInlet, got 45 and 40 degC',
    ]);
  });
});
