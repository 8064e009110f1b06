/**
 * The failure process and the availability formula against the Uptime Institute's published tier availabilities,
 * rebuilt from the inputs Uptime stated for them (2010 assumptions, quoted in 7x24 Exchange magazine, Spring 2015,
 * Appendix A "From 2010 Uptime Institute", research notes section 3b):
 *   Tier I:   2 planned events x 12 h + 1.2 failures/yr x 4 h = 28.8 h/yr  -> 99.671 %
 *   Tier III: 1 failure per 2.5 yr x 4 h (no planned site outage: concurrently maintainable) = 1.6 h/yr -> 99.982 %
 * The site is one unit (its infrastructure in series), failures exponential, repairs exponential with mean 4 h.
 * This checks that the simulated timeline (random failures, repairs, maintenance windows merged) reproduces
 * published arithmetic; it is not field data (there is none public for whole sites).
 * Tolerance: 4 standard errors of the simulated mean downtime over 10,000 years (compound Poisson: variance a
 * year = rate * E[repair^2] = rate * 2 * (4 h)^2) plus half a unit of the published figure's last digit.
 */
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../sim/engine/random.js';
import { failureProcess, inServiceSteps, type FailureProcessParams } from '../../sim/models/resilience/failureProcess.js';
import { UPTIME_TIER_AVAILABILITY, timeInServiceAtLeastS, unitAvailability } from '../../sim/models/resilience/redundancy.js';
import { HOURS_PER_YEAR, SECONDS_PER_DAY, SECONDS_PER_YEAR, sFromHours } from '../../sim/units.js';

const YEARS = 10_000;
const REPAIR_H = 4;

function simulatedAvailability(failuresPerYear: number, plannedWindowsPerYear: number, plannedH: number): number {
  const maintenance = Array.from({ length: YEARS * plannedWindowsPerYear }, (_, i) => ({
    unit: 0,
    // spread the windows over the year (days 100 and 250 for two a year)
    startS: Math.floor(i / plannedWindowsPerYear) * SECONDS_PER_YEAR + (100 + 150 * (i % plannedWindowsPerYear)) * SECONDS_PER_DAY,
    forS: sFromHours(plannedH),
  }));
  const params: FailureProcessParams = {
    componentClass: 'site', units: 1, failuresPerYear, weibullShape: 1, meanRepairS: sFromHours(REPAIR_H),
    repair: { kind: 'exponential' }, maintenance,
  };
  const horizonS = YEARS * SECONDS_PER_YEAR;
  const streams = new RandomStreams(493);
  const steps = inServiceSteps(failureProcess(params, (name) => streams.stream(name)), horizonS);
  return timeInServiceAtLeastS(steps, 1, horizonS) / horizonS;
}

const tolerance = (failuresPerYear: number) =>
  (4 * Math.sqrt((failuresPerYear * 2 * REPAIR_H ** 2) / YEARS)) / HOURS_PER_YEAR + 0.5e-5;

describe('Uptime tier availabilities rebuilt from their stated failure and maintenance inputs', () => {
  it('Tier I: 1.2 failures/yr x 4 h + 2 x 12 h planned -> 99.671 %', () => {
    expect(Math.abs(simulatedAvailability(1.2, 2, 12) - UPTIME_TIER_AVAILABILITY[1])).toBeLessThan(tolerance(1.2));
  });

  it('Tier III: 0.4 failures/yr x 4 h, no planned outage -> 99.982 %', () => {
    const simulated = simulatedAvailability(0.4, 0, 0);
    expect(Math.abs(simulated - UPTIME_TIER_AVAILABILITY[3])).toBeLessThan(tolerance(0.4));
    // and the steady-state formula A = MTBF / (MTBF + MTTR) gives the same figure
    expect(Math.abs(unitAvailability(HOURS_PER_YEAR / 0.4, REPAIR_H) - UPTIME_TIER_AVAILABILITY[3])).toBeLessThan(0.5e-5 + 1e-6);
  });
});
