/**
 * Golden tests: every shipped `scenarios/*.yaml` is loaded, run, and its
 * summary.json and chart specs (`<chart>.vl.json` from buildCharts) compared
 * with the committed files in __golden__/<scenario file>/, numbers rounded to
 * 6 significant digits (roundJson.ts). A model change that moves a result shows
 * up here as a diff to review; accept it deliberately with
 *   npx vitest run test/golden -u
 * and commit the updated files with the change that caused them.
 * Also: the same seed gives byte-identical summary.json (no rounding there).
 * A scenario with `sites:` is compared as its run writes it: the first site's summary with sites and siteRanking.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate, type Evaluation } from '../../sim/studies/evaluate.js';
import { buildCharts } from '../../reports/charts/index.js';
import { summaryJson } from '../../reports/write.js';
import { goldenJson } from './roundJson.js';
import { parseSitesText, type SitesLoad } from '../../sim/scenario/loadSites.js';
import { siteRunner } from '../../sim/studies/sites/siteRuns.js';
import { sitesRunSummary } from '../../sim/studies/sites/siteSummaries.js';

const SCENARIOS = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).sort();
/** A scenario with several sites: every site run on this thread, the summary the run writes (sites, siteRanking). */
function runSitesHere(path: string, load: SitesLoad): Evaluation {
  const runs = load.sites.map((s, i) => (s.excluded === undefined ? siteRunner(load, undefined, [])(i) : undefined));
  const { summary, first } = sitesRunSummary(load, runs)!;
  return { summary, hourly: runs[first]!.hourly } as Evaluation;
}
const run = (file: string): Evaluation => {
  const path = resolve('scenarios', file);
  const sites = parseSitesText(readFileSync(path, 'utf8'), path);
  return sites ? runSitesHere(path, sites) : evaluate(loadScenario(path).scenario);
};
const listsSites = (file: string) => parseSitesText(readFileSync(resolve('scenarios', file), 'utf8'), resolve('scenarios', file)) !== undefined;

it('there is at least the default scenario to golden-test', () => {
  expect(SCENARIOS).toContain('default.yaml');
});

describe.each(SCENARIOS)('scenarios/%s', (file) => {
  const dir = join(import.meta.dirname, '__golden__', basename(file).replace(/\.ya?ml$/, ''));
  const first = run(file);

  it('summary.json matches the golden file (6 significant digits)', async () => {
    await expect(goldenJson(first.summary)).toMatchFileSnapshot(join(dir, 'summary.json'));
  });

  it('every chart spec matches its golden file; no chart added or dropped unnoticed', async () => {
    const charts = buildCharts({ summary: first.summary, hourly: first.hourly });
    await expect(`${charts.map((c) => c.name).join('\n')}\n`).toMatchFileSnapshot(join(dir, 'charts.txt'));
    for (const chart of charts) await expect(goldenJson(chart.spec)).toMatchFileSnapshot(join(dir, `${chart.name}.vl.json`));
  });

  // A several-site scenario is six runs: its determinism is tested across threads in test/studies/sites/.
  it.skipIf(listsSites(file))('determinism: a second run with the same seed gives byte-identical summary.json', () => {
    expect(summaryJson(run(file).summary)).toBe(summaryJson(first.summary));
  });
});
