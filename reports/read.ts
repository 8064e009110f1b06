/**
 * Reads an output folder back into a ReportRun, for `dctwin report OUTDIR`:
 * summary.json is required, and the hourly table: hourly.parquet when present
 * (full doubles: the rebuilt report is the run's byte for byte), else hourly.csv
 * (8 significant digits); scenario.yaml, sources.txt, monte-carlo.json and
 * sweep.json are used when present. Every input file, the Parquet files
 * included, is kept byte for byte. A missing or
 * malformed file is an InputError naming the file. `rebuildReport` is the
 * work of `dctwin report OUTDIR`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { ComponentCategory } from '../sim/types/hourly.js';
import type { Summary } from '../sim/types/summary.js';
import { InputError, locate } from '../sim/errors.js';
import { parseHourlyCsv } from './csv.js';
import { parseHourlyParquet } from './hourlyParquetRead.js';
import type { MonteCarloDesign, ReportRun, SweepData } from './run.js';
import { RUN_INPUT_FILES, runOutputFiles, type WriteOptions } from './write.js';
import { writeDirAtomically } from './atomicDir.js';
import { isOutputPath, OUTPUT_FILES, SITES_FOLDER } from './outputNames.js';

async function readText(path: string, required: boolean): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!required && code === 'ENOENT') return undefined;
    throw new InputError(`${locate(path)}expected a readable file, got ${code === 'ENOENT' ? 'no such file' : code ?? String(err)}`);
  }
}

/** The bytes of an optional binary file; undefined when it is absent. */
async function readBytes(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InputError(`${locate(path)}expected a readable file, got ${code ?? String(err)}`);
  }
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`${locate(path)}expected JSON, got ${(err as Error).message}`);
  }
}

/** The keys of summary.json a report reads, checked so a wrong file fails with a clear message. */
function checkSummary(path: string, value: unknown): Summary {
  const s = value as Summary;
  const problems: string[] = [];
  if (typeof s !== 'object' || s === null) throw new InputError(`${locate(path)}expected a dctwin summary object, got ${typeof value}`);
  if (typeof s.scenario !== 'string') problems.push(`${locate(path)}scenario: expected a string, got ${typeof s.scenario}`);
  if (!Array.isArray(s.designs) || s.designs.length === 0) {
    problems.push(`${locate(path)}designs: expected a non-empty array, got ${JSON.stringify(s.designs) ?? 'none'}`);
  } else {
    s.designs.forEach((d, i) => {
      if (typeof d?.id !== 'string') problems.push(`${locate(path)}designs[${i}].id: expected a string, got ${typeof d?.id}`);
      if (typeof d?.metrics?.pue !== 'number') problems.push(`${locate(path)}designs[${i}].metrics.pue: expected a number, got ${typeof d?.metrics?.pue}`);
      if (!Array.isArray(d?.metrics?.monthlyPue)) problems.push(`${locate(path)}designs[${i}].metrics.monthlyPue: expected an array, got ${typeof d?.metrics?.monthlyPue}`);
      if (typeof d?.metrics?.componentCategories !== 'object' || d.metrics.componentCategories === null) {
        problems.push(`${locate(path)}designs[${i}].metrics.componentCategories: expected each meter's PUE group (written by dctwin since hourly.csv became tidy; re-run the scenario), got ${typeof d?.metrics?.componentCategories}`);
      }
    });
  }
  if (problems.length) throw new InputError(problems);
  return { ...s, overrides: Array.isArray(s.overrides) ? s.overrides : [], warnings: Array.isArray(s.warnings) ? s.warnings : [] };
}

export interface RunFolder {
  run: ReportRun;
  /** The content of every input file found, by file name, to be kept byte for byte. */
  texts: Map<string, string | Uint8Array>;
}

export async function readRunFolder(outDir: string): Promise<RunFolder> {
  const texts = new Map<string, string | Uint8Array>();
  const path = (name: string) => join(outDir, name);
  const read = async (name: string, required: boolean) => {
    const text = await readText(path(name), required);
    if (text !== undefined) texts.set(name, text);
    return text;
  };
  const summaryPath = path(RUN_INPUT_FILES.summary);
  const summary = checkSummary(summaryPath, parseJson(summaryPath, (await read(RUN_INPUT_FILES.summary, true))!));
  const categories = new Map<string, Record<string, ComponentCategory>>(summary.designs.map((d) => [d.id, d.metrics.componentCategories]));
  // hourly.parquet when present: full doubles, so the rebuilt report is the run's byte for byte; else hourly.csv.
  const parquetPath = path(RUN_INPUT_FILES.hourlyParquet);
  const parquet = await readBytes(parquetPath);
  if (parquet !== undefined) texts.set(RUN_INPUT_FILES.hourlyParquet, parquet);
  const csvText = await read(RUN_INPUT_FILES.hourly, parquet === undefined);
  const hourlyPath = parquet === undefined ? path(RUN_INPUT_FILES.hourly) : parquetPath;
  const hourly = parquet === undefined ? parseHourlyCsv(csvText!, hourlyPath, categories) : await parseHourlyParquet(parquet, hourlyPath, categories, summary.site?.timeZone ?? 0);
  const missing = summary.designs.filter((d) => !hourly.designs.some((h) => h.id === d.id)).map((d) => d.id);
  if (missing.length) throw new InputError(`${locate(hourlyPath)}design: expected rows for ${missing.join(', ')} (listed in summary.json), got none`);
  const run: ReportRun = { summary, hourly };
  const scenarioText = await read(RUN_INPUT_FILES.scenario, false);
  if (scenarioText !== undefined) run.scenarioText = scenarioText;
  const sources = await read(RUN_INPUT_FILES.sources, false);
  if (sources !== undefined) run.sources = sources;
  const monteCarloText = await read(RUN_INPUT_FILES.monteCarlo, false);
  if (monteCarloText !== undefined) run.monteCarlo = parseJson(path(RUN_INPUT_FILES.monteCarlo), monteCarloText) as MonteCarloDesign[];
  const monteCarloCsv = await read(RUN_INPUT_FILES.monteCarloCsv, false);
  if (monteCarloCsv !== undefined) run.monteCarloCsv = monteCarloCsv;
  const monteCarloParquet = await readBytes(path(RUN_INPUT_FILES.monteCarloParquet));
  if (monteCarloParquet !== undefined) texts.set(RUN_INPUT_FILES.monteCarloParquet, monteCarloParquet);
  const sweepText = await read(RUN_INPUT_FILES.sweep, false);
  if (sweepText !== undefined) run.sweep = parseJson(path(RUN_INPUT_FILES.sweep), sweepText) as SweepData;
  return { run, texts };
}

/**
 * Rebuilds the derived files of an output folder (report.html, summary.md,
 * chart specs, PNGs) from its inputs, keeping the input files byte for byte;
 * all-or-nothing like a run. Returns the paths of the folder's files.
 */
export async function rebuildReport(outDir: string, options: WriteOptions = {}): Promise<string[]> {
  const { run, texts } = await readRunFolder(outDir);
  const files = await runOutputFiles(run, options);
  for (const [name, text] of texts) files.set(name, text);
  for (const [name, bytes] of await siteOutputs(outDir)) files.set(name, bytes);
  await writeDirAtomically(outDir, files);
  return [...files.keys()].map((name) => join(outDir, name));
}

/** A several-site run's sites.csv, sites.parquet and sites/<id>/ files, kept byte for byte (they are not rebuilt here). */
async function siteOutputs(outDir: string): Promise<Map<string, Uint8Array>> {
  const kept = new Map<string, Uint8Array>();
  const names = existsSync(join(outDir, SITES_FOLDER)) ? readdirSync(join(outDir, SITES_FOLDER), { recursive: true, encoding: 'utf8' }) : [];
  for (const name of [OUTPUT_FILES.sitesCsv, OUTPUT_FILES.sitesParquet, ...names.map((n) => `${SITES_FOLDER}/${n.split(sep).join('/')}`)]) {
    if (isOutputPath(name) && existsSync(join(outDir, name))) kept.set(name, await readFile(join(outDir, name)));
  }
  return kept;
}
