/**
 * Writes a run's output folder: summary.json, summary.md, hourly.csv and
 * hourly.parquet, one `<chart>.vl.json` per chart, report.html, optional
 * `<chart>.png`, and the inputs needed to rebuild the report later
 * (scenario.yaml, sources.txt, monte-carlo.json, .csv and .parquet, sweep.json
 * when given). Everything is built in memory
 * first and then written all-or-nothing (atomicDir.ts). Bytes depend only on
 * the inputs: no timestamps, insertion-ordered keys from deterministic code.
 */
import { join } from 'node:path';
import type { Summary } from '../sim/types/summary.js';
import type { ReportRun } from './run.js';
import { writeDirAtomically } from './atomicDir.js';
import { vegaBundles } from './bundles.js';
import { buildCharts } from './charts/index.js';
import { hourlyTidyTable } from './csv.js';
import { monteCarloTable } from './tables/monteCarloTable.js';
import { tidyParquet } from './tables/parquet.js';
import { tidyCsv } from './tables/tidyTable.js';
import { compactJson, jsonText } from './json.js';
import { reportHtml, type RenderedChart } from './html.js';
import { summaryMarkdown } from './markdown.js';
import { OUTPUT_FILES } from './outputNames.js';
import { loadPngRenderer } from './png.js';
import { renderSvg } from './render.js';
import { DEFAULT_LANG, type Lang } from './i18n/lang.js';

export interface WriteOptions {
  /** Also write `<chart>.png` (needs @resvg/resvg-js). Default false. */
  png?: boolean;
  /** Write report.html. Default true. */
  html?: boolean;
  /** Language of report.html, summary.md and the charts' words (`--lang`). Default 'en'; data files are the same in every language. */
  lang?: Lang;
}

/** Names of the files that hold a run's inputs for `dctwin report`. */
export const RUN_INPUT_FILES = {
  summary: OUTPUT_FILES.summaryJson,
  hourly: OUTPUT_FILES.hourlyCsv,
  hourlyParquet: OUTPUT_FILES.hourlyParquet,
  scenario: OUTPUT_FILES.scenarioYaml,
  sources: OUTPUT_FILES.sourcesTxt,
  monteCarlo: OUTPUT_FILES.monteCarloJson,
  monteCarloCsv: OUTPUT_FILES.monteCarloCsv,
  monteCarloParquet: OUTPUT_FILES.monteCarloParquet,
  sweep: OUTPUT_FILES.sweepJson,
} as const;

/** summary.json's text. */
export const summaryJson = (summary: Summary): string => jsonText(summary);

/** Every output file of a run, name -> content, in writing order. */
export async function runOutputFiles(run: ReportRun, options: WriteOptions = {}): Promise<Map<string, string | Uint8Array>> {
  const html = options.html ?? true;
  const lang = options.lang ?? DEFAULT_LANG;
  const toPng = options.png ? await loadPngRenderer() : undefined;
  const files = new Map<string, string | Uint8Array>();
  files.set(RUN_INPUT_FILES.summary, summaryJson(run.summary));
  files.set(OUTPUT_FILES.summaryMd, summaryMarkdown(run.summary, lang));
  const hourly = hourlyTidyTable(run.hourly);
  files.set(RUN_INPUT_FILES.hourly, tidyCsv(hourly));
  files.set(RUN_INPUT_FILES.hourlyParquet, tidyParquet(hourly));
  if (run.scenarioText !== undefined) files.set(RUN_INPUT_FILES.scenario, run.scenarioText);
  if (run.sources !== undefined) files.set(RUN_INPUT_FILES.sources, run.sources);
  if (run.monteCarlo?.length) files.set(RUN_INPUT_FILES.monteCarlo, compactJson(run.monteCarlo));
  if (run.monteCarloCsv !== undefined) files.set(RUN_INPUT_FILES.monteCarloCsv, run.monteCarloCsv);
  if (run.monteCarloSamples !== undefined) files.set(RUN_INPUT_FILES.monteCarloParquet, tidyParquet(monteCarloTable(run.monteCarloSamples, run.summary)));
  if (run.sweep?.rows.length) files.set(RUN_INPUT_FILES.sweep, compactJson(run.sweep));
  const charts = buildCharts(run, lang);
  for (const chart of charts) files.set(`${chart.name}.vl.json`, compactJson(chart.spec));
  if (html || toPng) {
    const rendered: RenderedChart[] = [];
    for (const chart of charts) rendered.push({ ...chart, svg: await renderSvg(chart.spec, { idPrefix: `${chart.name}-` }) });
    if (html) files.set(OUTPUT_FILES.reportHtml, reportHtml(run, rendered, await vegaBundles(), lang));
    if (toPng) for (const chart of rendered) files.set(`${chart.name}.png`, toPng(chart.svg));
  }
  return files;
}

/**
 * Writes all outputs of `run` into `outDir` (replacing an earlier output
 * there) and returns the written paths. A failure leaves no folder behind.
 */
export async function writeRunOutputs(outDir: string, run: ReportRun, options: WriteOptions = {}): Promise<string[]> {
  const files = await runOutputFiles(run, options);
  await writeDirAtomically(outDir, files);
  return [...files.keys()].map((name) => join(outDir, name));
}
