/**
 * dctwin's public API, top down: load a scenario, simulate it, summarize it.
 *   const { scenario } = loadScenario('scenarios/default.yaml');
 *   const result = simulate(scenario);
 *   const { summary, hourly } = summarize(result);
 */
export { loadScenario, parseScenarioText } from './scenario/load.js';
export type { Scenario } from './scenario/schema.js';
export { simulate, type SimulationResult, type SimulateOptions } from './simulate.js';
export { summarize } from './metrics/summary.js';
export { evaluate, type Evaluation } from './studies/evaluate.js';
export type { Summary, DesignSummary, DesignMetrics } from './types/summary.js';
export type { HourlyTable } from './types/hourly.js';
export { InputError, ScenarioError } from './errors.js';
