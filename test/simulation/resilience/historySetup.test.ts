/**
 * historySetup.ts: where the scripted events and the planned maintenance of the shipped resilience scenario
 * fall, which group they take, and the loops' limits of its liquid PoD.
 */
import { describe, expect, it } from 'vitest';
import { inServiceSteps } from '../../../sim/models/resilience/failureProcess.js';
import { designSetup, eventTimesS, generatorDraws, historyProcesses, historySchedule } from '../../../sim/simulation/resilience/historySetup.js';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_YEAR } from '../../../sim/units.js';
import { resilienceScenario } from './resilienceFixtures.js';

const { scenario, weather, sized } = resilienceScenario();
const spec = scenario.resilience!;
const setup = designSetup(scenario.designs[0], sized[0], spec); // liquid-pod, N+1
const ids = setup.groups.map((g) => g.id);
const stepsOf = (o: { random: boolean; scripted: boolean; maintenance: boolean }, untilS: number) =>
  historyProcesses(setup, spec, historySchedule(spec, weather), SECONDS_PER_YEAR, 1, { ...o, history: 'test' }).map((p) => inServiceSteps(p, untilS));

describe('eventTimesS', () => {
  it("'hottest' is the start of the weather year's hottest hour", () => {
    const [atS] = eventTimesS(spec, weather);
    const hour = atS / SECONDS_PER_HOUR;
    expect(Number.isInteger(hour)).toBe(true);
    expect(weather.dryBulbC[hour]).toBe(Math.max(...weather.dryBulbC));
  });
});

describe('historyProcesses: the scripted what-if', () => {
  it('a chiller of the air plant (the first chiller group, not the trim chillers) and a CDU out for 6 h; nothing else', () => {
    const atS = eventTimesS(spec, weather)[0];
    const steps = stepsOf({ random: false, scripted: true, maintenance: false }, SECONDS_PER_YEAR);
    const out = Object.fromEntries(ids.map((id, k) => [id, steps[k]]));
    expect(out.chiller).toEqual({ atS: [0, atS, atS + 6 * SECONDS_PER_HOUR], inService: [2, 1, 2] });
    expect(out.cdu).toEqual({ atS: [0, atS, atS + 6 * SECONDS_PER_HOUR], inService: [3, 2, 3] });
    for (const id of ids.filter((x) => x !== 'chiller' && x !== 'cdu')) expect(out[id].atS).toEqual([0]);
  });
});

describe('historyProcesses: planned maintenance', () => {
  it("every chiller unit once a year for 168 h, one after another a day apart, from the coldest month's first day", () => {
    const steps = stepsOf({ random: false, scripted: false, maintenance: true }, SECONDS_PER_YEAR);
    const chiller = steps[ids.indexOf('chiller')];
    const trim = steps[ids.indexOf('trimChiller')];
    // Hangzhou's coldest month (mean dry bulb) is January: the first window opens at t = 0.
    const weekS = 168 * SECONDS_PER_HOUR;
    expect(chiller).toEqual({ atS: [0, weekS, weekS + SECONDS_PER_DAY, 2 * weekS + SECONDS_PER_DAY], inService: [1, 2, 1, 2] });
    expect(trim).toEqual(chiller); // the trim chillers are chillers too
    expect(steps[ids.indexOf('cdu')].atS).toEqual([0]);
  });

  it('random failures: the same group and unit see the same times in every design (common random numbers)', () => {
    const bare = designSetup(scenario.designs[1], sized[1], spec); // liquid-pod-n: the same groups, one unit fewer
    const draw = (s: typeof setup) => historyProcesses(s, { ...spec, maintenance: [] }, historySchedule(spec, weather), 5 * SECONDS_PER_YEAR, 1,
      { random: true, scripted: false, maintenance: false, history: 'run' }).map((p) => inServiceSteps(p, 5 * SECONDS_PER_YEAR));
    const [a, b] = [draw(setup), draw(bare)];
    // the utility feed (one in both designs) fails at the same instants
    expect(b[ids.indexOf('utility')]).toEqual(a[ids.indexOf('utility')]);
    expect(a[ids.indexOf('utility')].atS.length).toBeGreaterThan(1);
    expect(generatorDraws(1, 'run')()).toBe(generatorDraws(1, 'run')());
    expect(generatorDraws(1, 'run')()).not.toBe(generatorDraws(1, 'sample-0')());
  });
});
