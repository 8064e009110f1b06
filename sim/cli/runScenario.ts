/**
 * The work behind `dctwin run`: load -> simulate -> summarize -> costs -> write.
 * Outputs go to a temporary folder renamed into place by reports/write.ts, so a
 * failed run leaves nothing half-written. A scenario with several sites goes to runSites.ts.
 */
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { parseScenarioText, readScenarioText } from '../scenario/load.js';
import { parseSitesText } from '../scenario/loadSites.js';
import { effectiveScenarioText } from '../scenario/effectiveScenario.js';
import { readInputText, SOURCES_FILE } from '../inputFile.js';
import { evaluate } from '../studies/evaluate.js';
import { checkFinite } from '../metrics/checkFinite.js';
import type { Summary } from '../types/summary.js';
import type { HourlyTable } from '../types/hourly.js';
import { writeRunOutputs } from '../../reports/write.js';
import type { Lang } from '../../reports/i18n/lang.js';
import { checkOutputTarget } from '../../reports/outputTarget.js';
import { checkWork } from '../studies/workEstimate.js';
import { planMonteCarlo, runMonteCarlo, startMonteCarlo, type MonteCarloRun } from '../studies/montecarlo/runMonteCarlo.js';

export interface RunRequest {
  file: string;
  shownFile: string;
  overrides: string[];
  seed?: number;
  outDir?: string;
  cwd: string;
  html: boolean;
  png: boolean;
  /** `--lang`: language of report.html, summary.md and the charts' words (default English). */
  lang?: Lang;
  /** Monte Carlo over the scenario's uncertainty: block (`--samples`, `--threads`). */
  monteCarlo?: { samples: number; threads?: number; onProgress?: (done: number, total: number) => void };
  /** `--allow-large`: run past the work limits of sim/studies/workEstimate.ts. */
  allowLarge?: boolean;
  /** `dctwin sites --site`: site record ids run beside the file's site(s) (runSites.ts). */
  addedSites?: string[];
  /** Threads simulating the sites of a several-site scenario (default: all cores). */
  threads?: number;
}

export interface RunOutcome {
  summary: Summary;
  hourly: HourlyTable;
  outDir: string;
  files: string[];
  warnings: string[];
}

export async function runScenario(req: RunRequest): Promise<RunOutcome> {
  const scenarioText = readScenarioText(req.file, req.shownFile);
  // `sites:` (or --site): every site simulated, the first one's run at the top of the output folder.
  const sites = parseSitesText(scenarioText, req.file, req.overrides, req.shownFile, req.addedSites);
  if (sites !== undefined) return (await import('./runSites.js')).runSitesScenario(req, scenarioText, sites);
  const { scenario, warnings } = parseScenarioText(scenarioText, req.file, req.overrides, req.shownFile);
  // Before anything is generated or allocated: a typo like `nodes.count: 1e9` fails here, at once.
  checkWork(scenario, req.shownFile, { allowLarge: req.allowLarge, runs: req.monteCarlo?.samples, runsLabel: 'samples', runsFlag: '--samples' });
  const outDir = req.outDir ?? join(req.cwd, 'out', scenario.name);
  // The default folder is known only now; a given --out was checked by the command. Both before simulating.
  if (req.outDir === undefined) checkOutputTarget({ path: outDir, shown: outDir, kind: 'folder' });
  const source = { text: scenarioText, file: req.file, shownAs: req.shownFile, overrides: [...req.overrides], seed: req.seed };
  const planned = req.monteCarlo && planMonteCarlo(source, scenario, req.monteCarlo.samples);
  // Worker threads start on the samples while this thread runs the base case (samplePool.ts).
  const started = planned && startMonteCarlo(planned, req.monteCarlo);
  let evaluation;
  try {
    evaluation = evaluate(scenario, { seed: req.seed, overrides: req.overrides });
    checkFinite(req.shownFile, evaluation.summary, evaluation.hourly); // an overflow is never written as null
  } catch (err) {
    await started?.close();
    throw err;
  }
  const { summary, hourly } = evaluation;
  const mc: MonteCarloRun | undefined = planned && (await runMonteCarlo(planned, evaluation, req.monteCarlo, started));
  if (mc) summary.monteCarlo = mc.summary;
  const files = await writeRunOutputs(
    outDir,
    // scenario.yaml and the report show what was simulated: the file with the --set overrides applied.
    { summary, hourly, scenarioText: effectiveScenarioText(scenarioText, req.overrides, req.shownFile), sources: dataSources(scenario), monteCarlo: mc?.totals, monteCarloCsv: mc?.csv, monteCarloSamples: mc?.samples },
    { html: req.html, png: req.png, lang: req.lang },
  );
  return { summary, hourly, outDir, files, warnings: [...warnings, ...summary.warnings] };
}

/** The SOURCES.md beside the weather file, the hourly carbon file and the job trace, so the report cites where its data came from. */
export function dataSources(scenario: { site: { weather: { kind: string; path?: string }; gridCarbonHourly?: { path: string } }; workload: { jobs: unknown } }): string | undefined {
  const files: string[] = [];
  const w = scenario.site.weather;
  if (w.kind === 'file' && w.path) files.push(w.path);
  if (scenario.site.gridCarbonHourly) files.push(scenario.site.gridCarbonHourly.path);
  const jobs = scenario.workload.jobs as { kind: string; trace?: { path: string }; profile?: { path: string } };
  const jobFile = jobs.trace?.path ?? jobs.profile?.path;
  if (jobFile) files.push(jobFile);
  const texts = [...new Set(files.map((f) => join(dirname(f), 'SOURCES.md')))]
    .filter((f) => existsSync(f))
    .map((f) => readInputText(f, f, SOURCES_FILE));
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}
