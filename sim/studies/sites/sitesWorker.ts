/**
 * Piscina worker for several-site runs: it loads the sites once from the scenario source (workerData),
 * then its one task takes site indices from the run's shared counter and evaluates each, with the same
 * code as the main thread (siteRuns.ts), until none is left.
 */
import { workerData } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import { parseSitesText } from '../../scenario/loadSites.js';
import { siteRunner, takeSites, type SitesReply, type SitesSource, type SitesTask } from './siteRuns.js';

const source = workerData as SitesSource;

export default function runSitesTask(task: SitesTask): SitesReply {
  try {
    const load = parseSitesText(source.text, source.file, source.overrides, source.shownAs, source.addedSites);
    if (load === undefined) throw new RangeError('sitesWorker: the scenario lists no sites');
    return { runs: takeSites(task, siteRunner(load, source.seed, source.overrides)) };
  } catch (err) {
    if (err instanceof InputError) return { inputError: err.lines };
    throw err;
  }
}
