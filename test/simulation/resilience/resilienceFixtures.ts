/**
 * Helpers of the resilience tests: the shipped resilience scenario's designs sized exactly as simulate() sizes
 * them (its design basis and the weather's pressure), and synthetic step loads (every step the same).
 */
import { resolve } from 'node:path';
import { loadScenario } from '../../../sim/scenario/load.js';
import type { Scenario } from '../../../sim/scenario/schema.js';
import { loadWeather, type Weather } from '../../../sim/models/climate/weather.js';
import { designConditions } from '../../../sim/models/climate/designConditions.js';
import { standardPressurePa } from '../../../sim/models/climate/psychrometrics.js';
import { sizeDesign, type SizedDesign } from '../../../sim/simulation/sizeDesign.js';
import { newStepLoads, STEP_LOAD_FIELDS, type StepLoadField, type StepLoads } from '../../../sim/simulation/resilience/stepLoads.js';

export interface SizedScenario { scenario: Scenario; weather: Weather; sized: SizedDesign[] }

let cached: SizedScenario | undefined;

/** scenarios/resilience.yaml, its weather, and its four designs sized as simulate.ts does (loaded once per file). */
export function resilienceScenario(): SizedScenario {
  if (cached !== undefined) return cached;
  const { scenario } = loadScenario(resolve('scenarios/resilience.yaml'));
  const weather = loadWeather(scenario.site.weather);
  const conditions = designConditions(weather);
  const pressurePa = standardPressurePa(weather.station.elevationM);
  const sized = scenario.designs.map((d) => sizeDesign(d, scenario.workload, conditions, pressurePa, scenario.site.designBasis));
  cached = { scenario, weather, sized };
  return cached;
}

/** `steps` steps with the same values in every field (0 for those not given). */
export function constantLoads(values: Partial<Record<StepLoadField, number>>, steps = 1): StepLoads {
  const loads = newStepLoads(steps);
  for (const f of STEP_LOAD_FIELDS) loads[f].fill(values[f] ?? 0);
  return loads;
}
