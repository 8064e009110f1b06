/**
 * The report the browser test opens. It is built from the fake run fixture
 * for now; to test a real run instead, replace the marked line with the
 * default scenario's run (e.g. `await runForBrowserTest('scenarios/hangzhou.yaml')`).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../sim/metrics/summaryTypes.js';
import { writeRunOutputs } from '../../reports/write.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';

export interface BrowserTestReport {
  /** Absolute path of report.html. */
  reportPath: string;
  /** summary.json of the same folder, as written. */
  summary: Summary;
}

export async function buildReportForBrowserTest(): Promise<BrowserTestReport> {
  const run = fakeRun(365, { studies: true }); // <- the one line to switch to a real default run
  const outDir = join(await mkdtemp(join(tmpdir(), 'dctwin-browser-')), 'run');
  await writeRunOutputs(outDir, run, { html: true });
  const summary = JSON.parse(await readFile(join(outDir, 'summary.json'), 'utf8')) as Summary;
  return { reportPath: join(outDir, 'report.html'), summary };
}
