/**
 * The one list of file names dctwin writes into an output folder (runs,
 * sweeps, merges, rebuilt reports), and the test that a folder holds nothing
 * else. dctwin replaces a folder only when it is empty or every entry is a
 * regular file with one of these names; anything else (a user's notes, a
 * sub-folder, a symlink) is foreign and makes the folder off limits.
 * The sweep writer's names (sim/studies/sweep/files.ts SWEEP_FILES) and compare's must be listed
 * here: writeDirAtomically refuses to write a name that is not, and
 * test/reports/atomicDir.test.ts checks it.
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
  compareJson: 'compare.json',
  compareCsv: 'compare.csv',
  compareMd: 'compare.md',
  reportHtml: 'report.html',
} as const;

/** Fixed names, then `<chart>.vl.json` and `<chart>.png` for every chart of charts/names.ts. */
export const OUTPUT_FILE_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(OUTPUT_FILES),
  ...CHART_NAMES.flatMap((chart) => [`${chart}.vl.json`, `${chart}.png`]),
]);

export const isOutputFileName = (name: string): boolean => OUTPUT_FILE_NAMES.has(name);

/**
 * The first entry of folder `dir` (in sorted order, so messages are
 * deterministic) that dctwin did not write: a name not in the list, or a
 * listed name that is not a regular file. Undefined when there is none.
 * Throws the fs error when `dir` cannot be read.
 */
export function foreignEntry(dir: string): string | undefined {
  for (const name of readdirSync(dir).sort()) {
    if (!isOutputFileName(name)) return name;
    if (!lstatSync(join(dir, name)).isFile()) return name;
  }
  return undefined;
}
