/**
 * The work behind a several-site run (`dctwin run` on a scenario with `sites:`, and `dctwin sites`):
 * every site's single-site scenario simulated on worker threads (sim/studies/sites/siteRuns.ts), then
 * one output folder written all-or-nothing (reports/atomicDir.ts):
 *
 *   summary.json, summary.md, hourly.csv, report.html ...   the first simulated site's run, exactly as a
 *                                                          single-site run of it writes them, plus
 *                                                          summary.sites and summary.siteRanking
 *   sites.csv                                              one row per site x design (reports/tables/sitesTable.ts)
 *   sites/<id>/                                            each simulated site's own full outputs
 */
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { SitesLoad } from '../scenario/loadSites.js';
import { runSites, type SitesSource } from '../studies/sites/siteRuns.js';
import { sitesRunSummary } from '../studies/sites/siteSummaries.js';
import { checkWork } from '../studies/workEstimate.js';
import { checkFinite } from '../metrics/checkFinite.js';
import { runOutputFiles, type WriteOptions } from '../../reports/write.js';
import { writeDirAtomically } from '../../reports/atomicDir.js';
import { checkOutputTarget } from '../../reports/outputTarget.js';
import { OUTPUT_FILES, SITES_FOLDER } from '../../reports/outputNames.js';
import { sitesTable } from '../../reports/tables/sitesTable.js';
import { tidyCsv } from '../../reports/tables/tidyTable.js';
import { tidyParquet } from '../../reports/tables/parquet.js';
import { dataSources, type RunOutcome, type RunRequest } from './runScenario.js';

/** Runs every site of `load` (parsed from `text`) and writes the output folder; see the file's doc. */
export async function runSitesScenario(req: RunRequest, text: string, load: SitesLoad): Promise<RunOutcome> {
  if (req.monteCarlo !== undefined) {
    throw new InputError(`${req.shownFile}: sites: expected a scenario with one site for --samples (Monte Carlo over several sites is not supported), got ${load.sites.length} sites`);
  }
  const simulated = load.sites.filter((s) => s.excluded === undefined);
  if (simulated.length === 0) throw new InputError(`${req.shownFile}: workload.latency: expected a latency class at least one site of sites: can serve, got one that excludes all ${load.sites.length}`);
  // Each site is a whole run: its own limits, and the total over every simulated site (sites x designs x steps).
  for (const s of simulated) checkWork(s.scenario, `${req.shownFile} (sites[${s.index}] ${s.id})`, { allowLarge: req.allowLarge, runs: simulated.length, runsLabel: 'sites', runsFlag: 'sites' });
  const first = simulated[0];
  const outDir = req.outDir ?? join(req.cwd, 'out', first.scenario.name);
  if (req.outDir === undefined) checkOutputTarget({ path: outDir, shown: outDir, kind: 'folder' });
  const source: SitesSource = { text, file: req.file, shownAs: req.shownFile, overrides: [...req.overrides], addedSites: [...(req.addedSites ?? [])], seed: req.seed };
  const runs = await runSites(source, load, req.threads);
  runs.forEach((run, i) => run && checkFinite(`${req.shownFile} (sites[${load.sites[i].index}] ${load.sites[i].id})`, run.summary, run.hourly));
  const whole = sitesRunSummary(load, runs)!;
  const summary = whole.summary;
  const firstRun = runs[whole.first]!;
  const options: WriteOptions = { html: req.html, png: req.png, lang: req.lang };
  const files = await runOutputFiles({ summary, hourly: firstRun.hourly, scenarioText: load.scenarioText, sources: dataSources(first.scenario) }, options);
  const sites = sitesTable(summary);
  files.set(OUTPUT_FILES.sitesCsv, tidyCsv(sites));
  files.set(OUTPUT_FILES.sitesParquet, tidyParquet(sites));
  for (const [i, run] of runs.entries()) {
    if (run === undefined) continue;
    const site = load.sites[i];
    const own = await runOutputFiles({ summary: run.summary, hourly: run.hourly, scenarioText: site.scenarioText, sources: dataSources(site.scenario) }, options);
    for (const [name, content] of own) files.set(`${SITES_FOLDER}/${site.id}/${name}`, content);
  }
  await writeDirAtomically(outDir, files);
  const warnings = [...load.warnings, ...runs.flatMap((run, i) => (run?.summary.warnings ?? []).map((w) => `sites[${load.sites[i].index}] ${load.sites[i].id}: ${w}`))];
  return { summary, hourly: firstRun.hourly, outDir, files: [...[...files.keys()].filter((n) => !n.includes('/')), SITES_FOLDER].map((n) => join(outDir, n)), warnings };
}
