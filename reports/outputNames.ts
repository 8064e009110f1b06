/**
 * The one list of file names dctwin writes into an output folder (runs,
 * sweeps, merges, rebuilt reports), and the test that a folder holds nothing
 * else. dctwin replaces a folder only when it is empty or every entry is a
 * regular file with one of these names; anything else (a user's notes, a
 * sub-folder, a symlink) is foreign and makes the folder off limits.
 * The sweep writer's names (sim/studies/sweep/files.ts SWEEP_FILES) and compare's must be listed
 * here: writeDirAtomically refuses to write a name that is not, and
 * test/reports/atomicDir.test.ts checks it. A several-site run adds `sites/<id>/` folders holding the same
 * names (isOutputPath).
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_NAMES } from './charts/names.js';

/** Every fixed name a dctwin output folder may hold. */
export const OUTPUT_FILES = {
  summaryJson: 'summary.json',
  summaryMd: 'summary.md',
  hourlyCsv: 'hourly.csv',
  hourlyParquet: 'hourly.parquet',
  scenarioYaml: 'scenario.yaml',
  sourcesTxt: 'sources.txt',
  monteCarloJson: 'monte-carlo.json',
  monteCarloCsv: 'monte-carlo.csv',
  monteCarloParquet: 'monte-carlo.parquet',
  sweepJson: 'sweep.json',
  sweepCsv: 'sweep.csv',
  sweepParquet: 'sweep.parquet',
  compareJson: 'compare.json',
  compareCsv: 'compare.csv',
  compareParquet: 'compare.parquet',
  compareMd: 'compare.md',
  reportHtml: 'report.html',
  sitesCsv: 'sites.csv',
  sitesParquet: 'sites.parquet',
} as const;

/** The folder of a several-site run that holds one sub-folder per site, `sites/<id>/`, each a run's output files. */
export const SITES_FOLDER = 'sites';
/** A site's sub-folder name: its id (a record id or a slug of its name). */
const SITE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fixed names, then `<chart>.vl.json` and `<chart>.png` for every chart of charts/names.ts. */
export const OUTPUT_FILE_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(OUTPUT_FILES),
  ...CHART_NAMES.flatMap((chart) => [`${chart}.vl.json`, `${chart}.png`]),
]);

export const isOutputFileName = (name: string): boolean => OUTPUT_FILE_NAMES.has(name);

/** A name, or a `sites/<id>/<name>` path of a several-site run, dctwin writes into an output folder. */
export function isOutputPath(path: string): boolean {
  const parts = path.split('/');
  if (parts.length === 1) return isOutputFileName(path);
  return parts.length === 3 && parts[0] === SITES_FOLDER && SITE_ID.test(parts[1]) && isOutputFileName(parts[2]);
}

/**
 * The first entry of folder `dir` (in sorted order, so messages are
 * deterministic) that dctwin did not write: a name not in the list, or a
 * listed name that is not a regular file. Undefined when there is none.
 * Throws the fs error when `dir` cannot be read.
 */
export function foreignEntry(dir: string, depth = 0): string | undefined {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    // A several-site run's sites/<id>/ folders: real folders (not symlinks) holding only output files.
    const folder = (depth === 0 && name === SITES_FOLDER) || (depth === 1 && SITE_ID.test(name));
    if (folder && lstatSync(path).isDirectory()) {
      const inner = depth === 1 ? foreignFile(path) : foreignEntry(path, 1);
      if (inner !== undefined) return `${name}/${inner}`;
      continue;
    }
    if (depth > 0 || !isOutputFileName(name) || !lstatSync(path).isFile()) return name;
  }
  return undefined;
}

/** The first entry of a site's folder that is not a regular output file. */
function foreignFile(dir: string): string | undefined {
  return readdirSync(dir).sort().find((name) => !isOutputFileName(name) || !lstatSync(join(dir, name)).isFile());
}
