/** Loads a Monte Carlo test scenario once: its source (as a worker receives it) and its base evaluation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../../sim/scenario/load.js';
import { evaluate, type Evaluation } from '../../../sim/studies/evaluate.js';
import type { ScenarioSource } from '../../../sim/studies/montecarlo/sampleScenario.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'montecarlo');

export function loadFixture(name: string, overrides: string[] = []): { source: ScenarioSource; base: Evaluation } {
  const file = join(FIXTURES, name);
  const { scenario } = loadScenario(file, { overrides });
  return { source: { text: readFileSync(file, 'utf8'), file, shownAs: name, overrides }, base: evaluate(scenario) };
}
