/** resilienceSpec.ts: the defaults are in their documented ranges and ordered, and the schema applies them. */
import { describe, expect, it } from 'vitest';
import {
  RESILIENCE_DEFAULTS as D, SHUTDOWN_COOLANT_C, SHUTDOWN_INLET_C, THROTTLE_COOLANT_C, THROTTLE_INLET_C,
} from '../../../sim/models/resilience/resilienceSpec.js';
import { resilienceSchema } from '../../../sim/scenario/schema/resilience.js';

describe('resilienceSpec defaults', () => {
  it('limits: ASHRAE A1 allowable 32 degC and A3 40 degC for the inlet, W40 / W45 for the coolant; throttle below shutdown', () => {
    expect([THROTTLE_INLET_C, SHUTDOWN_INLET_C, THROTTLE_COOLANT_C, SHUTDOWN_COOLANT_C]).toEqual([32, 40, 40, 45]);
    expect(D.limits.throttleInletC).toBeLessThan(D.limits.shutdownInletC);
    expect(D.limits.throttleCoolantC).toBeLessThan(D.limits.shutdownCoolantC);
    // The ASHRAE recommended inlet (18-27 degC) lies below the throttle point: a healthy room never throttles.
    expect(D.limits.throttleInletC).toBeGreaterThan(27);
  });

  it('fractions in (0, 1], durations positive and in their order (generator start << battery < chiller restart)', () => {
    expect(D.throttleFraction).toBeGreaterThan(0);
    expect(D.throttleFraction).toBeLessThanOrEqual(1);
    for (const s of [D.restartS, D.checkpointS, D.upsBatteryS, D.generatorStartS, D.chillerRestartS]) expect(s).toBeGreaterThan(0);
    expect(D.generatorStartS).toBe(10); // NFPA 110 Type 10
    expect(D.generatorStartS).toBeLessThan(D.upsBatteryS); // the battery bridges the start
    expect(D.upsBatteryS).toBeLessThan(D.chillerRestartS);
    expect([D.years, D.samples, D.generatorUnitW]).toEqual([5, 200, 2.5e6]);
    expect(D.years).toBeGreaterThanOrEqual(1);
    expect(D.samples).toBeGreaterThanOrEqual(0);
    expect(D.failures).toBe('random');
    expect(['N', 'N+1', '2N']).toContain(D.generatorRedundancy);
    expect([1, 2]).toContain(D.utilityFeeds);
    expect(D.lostGpuHourCost).toBe(0);
  });

  it('an empty resilience: block takes every default (SI), with no events, maintenance or repair costs', () => {
    const r = resilienceSchema.parse({});
    expect(r).toEqual({ ...D, events: [], maintenance: [], repairCosts: [] });
  });
});
