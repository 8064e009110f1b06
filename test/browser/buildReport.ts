/**
 * The report the browser test opens: a real run of the bundled default
 * scenario, written exactly as `dctwin run` writes it.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../sim/types/summary.js';
import { runScenario } from '../../sim/cli/runScenario.js';
import { defaultScenarioPath } from '../../sim/cli/packageRoot.js';

export interface BrowserTestReport {
  /** Absolute path of report.html. */
  reportPath: string;
  /** summary.json of the same folder, as written. */
  summary: Summary;
}

export async function buildReportForBrowserTest(): Promise<BrowserTestReport> {
  const outDir = join(await mkdtemp(join(tmpdir(), 'dctwin-browser-')), 'run');
  await runScenario({
    file: defaultScenarioPath(),
    shownFile: 'scenarios/default.yaml',
    overrides: [],
    outDir,
    cwd: process.cwd(),
    html: true,
    png: false,
  });
  const summary = JSON.parse(await readFile(join(outDir, 'summary.json'), 'utf8')) as Summary;
  return { reportPath: join(outDir, 'report.html'), summary };
}
