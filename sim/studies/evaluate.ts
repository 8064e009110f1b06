/**
 * One scenario, end to end and in memory: simulate -> summarize -> decisions
 * (TCO, comparison, capacity). What `dctwin run`, sweeps and Monte Carlo
 * samples all call; it writes nothing.
 */
import type { Scenario } from '../scenario/schema.js';
import { simulate, type SimulateOptions, type SimulationResult } from '../simulate.js';
import { summarize, type SummarizeOptions } from '../metrics/summary.js';
import { addDecisions } from './decisions.js';
import { addResilience } from './resilience.js';
import type { Summary } from '../types/summary.js';
import type { HourlyTable } from '../types/hourly.js';

export interface Evaluation {
  summary: Summary;
  hourly: HourlyTable;
  result: SimulationResult;
}

export function evaluate(scenario: Scenario, options: SimulateOptions & SummarizeOptions = {}): Evaluation {
  const result = simulate(scenario, options);
  const { summary, hourly } = summarize(result, options);
  addResilience(summary, result);
  addDecisions(summary, hourly, result);
  return { summary, hourly, result };
}
