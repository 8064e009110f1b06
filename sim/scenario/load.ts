/**
 * Scenario file -> validated Scenario, or one InputError listing every problem
 * as `FILE:LINE: path: expected ..., got ...`.
 *
 *   text --yaml.parseDocument--> document (+ LineCounter for line numbers)
 *        --toJS, --set overrides--> plain data
 *        --scenarioSchema (relative paths against the file's folder)--> parsed
 *        --normalize--> Scenario + warnings
 *
 * JSON is YAML, so one parser reads both.
 */
import type { z } from 'zod';
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError, ScenarioError, locate } from '../errors.js';
import { readInputText, SCENARIO_FILE } from '../inputFile.js';
import { withBaseDir } from './filePath.js';
import { describeIssues, showFound, type Problem } from './messages.js';
import { currencyProblems, normalize } from './normalize.js';
import { applyOverrides, type ResolvedPath } from './overrides.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { inheritSiteCosts } from './schema/siteCosts.js';
import { applySiteRecord } from './siteRecords.js';

export interface LoadOptions {
  /** `--set path=value` texts, applied in order before validation. */
  overrides?: readonly string[];
  /** The file name messages show (default: `file` as given), e.g. the path the user typed. */
  shownAs?: string;
}

export interface LoadResult {
  scenario: Scenario;
  /** One line each, `FILE:LINE: path: ...`, without the `warning: ` prefix. */
  warnings: string[];
}

/** Reads and validates a scenario file (YAML or JSON); throws InputError / ScenarioError. */
export function loadScenario(file: string, options: LoadOptions = {}): LoadResult {
  const shown = options.shownAs ?? file;
  return parseScenarioText(readScenarioText(file, shown), file, options.overrides, shown);
}

/**
 * The text of a scenario file: a regular UTF-8 file of at most SCENARIO_FILE.maxBytes (inputFile.ts),
 * else an InputError `shown: expected an existing scenario file (YAML or JSON), got a folder`.
 */
export function readScenarioText(file: string, shown = file): string {
  return readInputText(file, shown, SCENARIO_FILE);
}

/** Validates scenario `text` as if read from `file` (relative paths resolve against its folder). */
export function parseScenarioText(text: string, file: string, overrides: readonly string[] = [], shownAs = file): LoadResult {
  const dir = dirname(resolve(file));
  const { value, warningsAt } = validateText(scenarioSchema, text, file, { overrides, shownAs, extraChecks: currencyProblems, prepare: (data) => oneSite(data, shownAs) });
  const { scenario, warnings } = normalize(value, { file, dir });
  return { scenario, warnings: warningsAt(warnings) };
}

/** A scenario with `sites:` is read by loadSites.ts (dctwin run, sites, validate); a command that runs one site says so. */
function oneSite(data: unknown, shownAs: string): ResolvedPath[] {
  const sites = (data as { sites?: unknown } | null)?.sites;
  if (sites !== undefined) {
    throw new InputError(`${shownAs}: sites: expected one site here (dctwin run, dctwin sites and dctwin validate read sites:), got ${showFound(sites)}`);
  }
  return prepareScenario(data);
}

/** Before validation: a named site record fills the site, then the top-level costs fill each design's. */
export const prepareScenario = (data: unknown): ResolvedPath[] => [...applySiteRecord(data), ...inheritSiteCosts(data)];

/**
 * Parses `text` as YAML and validates it with any zod `schema`: the machinery
 * behind parseScenarioText, open to tests and to other file kinds. Throws
 * InputError (YAML syntax, --set) or ScenarioError (every problem at once).
 * `warningsAt` formats later findings with the same file and lines.
 */
export function validateText<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  options: LoadOptions & {
    extraChecks?: (data: unknown) => Problem[];
    /** Changes the data after --set, before validation; returns paths it filled, whose problems are reported where they came from. */
    prepare?: (data: unknown) => ResolvedPath[];
  } = {},
): { value: z.output<S>; warningsAt: (problems: Problem[]) => string[] } {
  const shownAs = options.shownAs ?? file;
  const { doc, lineCounter, raw } = parsedYaml(text, shownAs);
  const notAMap = notAMapOfFields(raw, doc, text);
  if (notAMap !== undefined) throw new ScenarioError(`${locate(shownAs, 1)}expected a map of scenario fields (name: ..., site: ...), got ${notAMap}`);
  const { data, setPaths } = applyOverrides(raw, options.overrides ?? []);
  const filled = options.prepare?.(data) ?? [];
  const original = (p: Problem) => !filled.some((f) => f.every((s, i) => String(s) === String(p.path[i])));
  const { result, problems } = withBaseDir(dirname(resolve(file)), () => {
    const result = schema.safeParse(data);
    const found = [...(result.success ? [] : describeIssues(result.error.issues, schema, data)), ...(options.extraChecks?.(data) ?? [])];
    const problems = found.filter(original);
    return { result, problems };
  });
  const where = locator(doc, lineCounter, setPaths, shownAs);
  if (problems.length > 0 || !result.success) throw new ScenarioError(sortByLine(problems.map(where)));
  const yamlWarnings = doc.warnings.map((w) => `${locate(shownAs, w.linePos?.[0].line)}${firstLine(w.message)}`);
  return { value: result.data, warningsAt: (found) => [...yamlWarnings, ...sortByLine(found.map(where))] };
}

/** The last text parsed: its document, line counter and plain data (never handed out: callers get a copy). */
let lastParsed: { text: string; doc: Document; lineCounter: LineCounter; raw: unknown } | undefined;

/**
 * `text` as a YAML document and as plain data (a copy the caller may change: --set writes into it). The
 * document of the last text is kept: Monte Carlo samples and sweep points parse the same text once per
 * sample (~3 ms each for the default scenario), and the copy (structuredClone keeps YAML aliases shared,
 * as toJS makes them) is what a new parse would give.
 */
export function parsedYaml(text: string, shownAs: string): { doc: Document; lineCounter: LineCounter; raw: unknown } {
  if (lastParsed?.text !== text) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, merge: true });
    if (doc.errors.length > 0) {
      throw new InputError(doc.errors.map((e) => `${locate(shownAs, e.linePos?.[0].line)}invalid YAML: ${firstLine(e.message)}`));
    }
    let raw: unknown;
    try {
      raw = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      throw new InputError(`${shownAs}: invalid YAML: ${firstLine((err as Error).message)}`);
    }
    lastParsed = { text, doc, lineCounter, raw };
  }
  return { doc: lastParsed.doc, lineCounter: lastParsed.lineCounter, raw: structuredClone(lastParsed.raw) };
}

/** What a document that is not a map of fields holds, in words (`a list of 2 items`), or undefined for a map. */
export function notAMapOfFields(raw: unknown, doc: Document, text: string): string | undefined {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return undefined;
  if (raw === null || raw === undefined) {
    if (text.trim() === '') return 'an empty file';
    return doc.contents === null ? 'only comments' : 'null';
  }
  if (typeof raw === 'string') return `the text ${showFound(raw)}`;
  if (typeof raw === 'number') return `the number ${raw}`;
  if (typeof raw === 'boolean') return `the value ${raw}`;
  return showFound(raw);
}

/** yaml's pretty messages end with ` at line N, column M:` and a code excerpt; keep the first clause. */
const firstLine = (message: string) => message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');

export interface Located {
  line: number;
  text: string;
}

/**
 * Formats a problem with the line of its node: the key's line for a map entry,
 * the item's line in a list, or the nearest existing parent's for a missing
 * key. A problem inside a `--set` value says so instead of a line.
 */
export function locator(doc: Document, lineCounter: LineCounter, setPaths: ResolvedPath[], shown: string) {
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const walk = (path: ResolvedPath): { line: number; depth: number } => {
    let node = doc.contents as Node | null;
    let line = lineAt(node?.range?.[0]);
    let depth = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (pair === undefined) break;
        line = lineAt((pair.key as Node | null)?.range?.[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment] as Node | null;
        line = lineAt(node?.range?.[0]);
      } else break;
      depth++;
    }
    return { line, depth };
  };
  const startsWith = (path: ResolvedPath, prefix: ResolvedPath) =>
    prefix.length <= path.length && prefix.every((s, i) => String(s) === String(path[i]));
  return (problem: Problem): Located => {
    const { line, depth } = walk(problem.path);
    const inFile = depth === problem.path.length;
    // Set by an override, or under a map an override created (the first segment the file lacks).
    const created = problem.path.slice(0, depth + 1);
    const fromSet = setPaths.some((p) => startsWith(problem.path, p) || (!inFile && startsWith(p, created)));
    if (fromSet) return { line: Infinity, text: `${shown}: ${problem.text} (from --set)` };
    return { line, text: `${locate(shown, line)}${problem.text}` };
  };
}

/** Orders messages as they appear in the file (stable); `--set` ones last. */
export const sortByLine = (located: Located[]): string[] =>
  located
    .map((l, i) => ({ ...l, i }))
    .sort((a, b) => a.line - b.line || a.i - b.i)
    .map((l) => l.text);
