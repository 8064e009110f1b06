/**
 * The work behind `dctwin run`: load -> simulate -> summarize -> costs -> write.
 * Outputs go to a temporary folder renamed into place by reports/write.ts, so a
 * failed run leaves nothing half-written.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.js';
import { evaluate } from '../evaluate.js';
import type { Summary } from '../metrics/summaryTypes.js';
import type { HourlyTable } from '../metrics/hourlyTypes.js';
import { writeRunOutputs } from '../../reports/write.js';

export interface RunRequest {
  file: string;
  shownFile: string;
  overrides: string[];
  seed?: number;
  outDir?: string;
  cwd: string;
  html: boolean;
  png: boolean;
}

export interface RunOutcome {
  summary: Summary;
  hourly: HourlyTable;
  outDir: string;
  files: string[];
  warnings: string[];
}

export async function runScenario(req: RunRequest): Promise<RunOutcome> {
  const { scenario, warnings } = loadScenario(req.file, { overrides: req.overrides, shownAs: req.shownFile });
  const { summary, hourly, result } = evaluate(scenario, { seed: req.seed });
  const outDir = req.outDir ?? join(req.cwd, 'out', scenario.name);
  const files = await writeRunOutputs(
    outDir,
    { summary, hourly, scenarioText: readFileSync(req.file, 'utf8') },
    { html: req.html, png: req.png },
  );
  return { summary, hourly, outDir, files, warnings: [...warnings, ...summary.warnings] };
}
