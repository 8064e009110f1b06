/**
 * Adds each design's resilience figures to a summary (in place) when the scenario has a `resilience:` block:
 * failure histories played against the loads the run recorded (sim/simulation/resilience/). Runs before the
 * decisions, whose TCO carries the expected lost work and repairs as opex lines.
 */
import type { SimulationResult } from '../simulate.js';
import type { Summary } from '../types/summary.js';
import { designResilience } from '../simulation/resilience/resilienceRun.js';
import { historySchedule } from '../simulation/resilience/historySetup.js';

export function addResilience(summary: Summary, result: SimulationResult): void {
  const spec = result.scenario.resilience;
  if (spec === undefined) return;
  const ctx = { scenario: result.scenario, spec, weather: result.weather, schedule: historySchedule(spec, result.weather), seed: result.seed, cluster: result.cluster };
  summary.designs.forEach((d, i) => {
    d.resilience = designResilience(ctx, i, result.sizing[i], result.designs[i], summary.warnings);
  });
}
