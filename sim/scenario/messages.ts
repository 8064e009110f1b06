/**
 * Every zod issue as one line of the grammar `path: expected ..., got ...`
 * (Vega-Lite's log/message.ts: all texts in one place). `load.ts` prefixes
 * each with `FILE:LINE: ` from the node the issue points at.
 *
 *   designs[0].cooling.chiller.ratedCop: expected a number between 1 and 15, got 30
 *   site: missing required field 'weather'
 *   designs[0].racks: unknown field 'capcity' (did you mean 'capacity'?)
 */
import type { z } from 'zod';
import { closest, didYouMean, knownKeys, schemasAt } from './didYouMean.js';
import { formatPath, getPath, type ResolvedPath } from './overrides.js';

type Issue = z.core.$ZodIssue;

/** One problem: where it is (for the line number) and its full text. */
export interface Problem {
  /** The node the problem is about; for a missing or unknown key, the key's own path. */
  path: ResolvedPath;
  text: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map',
  record: 'a map',
  array: 'a list',
  tuple: 'a list',
  null: 'null',
};

const plural = (n: number | bigint, word: string) => `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;

/** The found value as messages show it: `'abc'`, `30`, `null`, `a map`, `a list`. */
export function showFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value.length > 60 ? `'${value.slice(0, 57)}...'` : `'${value}'`;
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  if (typeof value === 'object' && value !== null) return 'a map';
  return String(value);
}

const showOption = (v: unknown) => (typeof v === 'string' ? `'${v}'` : String(v));

function sizeText(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const exact = issue.exact === true;
  const bound = exact ? 'exactly' : issue.inclusive === false ? (small ? 'more than' : 'fewer than') : small ? 'at least' : 'at most';
  if (issue.origin === 'array' || issue.origin === 'set') return `a list of ${bound} ${plural(limit, 'item')}`;
  if (issue.origin === 'string') return Number(limit) === 1 && small ? 'a non-empty string' : `a string of ${bound} ${plural(limit, 'character')}`;
  const word = issue.inclusive === false ? (small ? 'above' : 'below') : small ? 'of at least' : 'of at most';
  return `a number ${exact ? 'equal to' : word} ${limit}`;
}

/** What each option of a failed union wanted, from the issue each option raised at its root. */
function unionExpected(branches: Issue[][]): string {
  const wanted: string[] = [];
  for (const branch of branches) {
    const root = branch.find((i) => i.path.length === 0);
    let text = 'another form';
    if (root?.code === 'invalid_type') text = TYPE_NAMES[root.expected] ?? `a ${root.expected}`;
    else if (root?.code === 'invalid_value') text = root.values.map(showOption).join(' or ');
    if (!wanted.includes(text)) wanted.push(text);
  }
  return wanted.join(' or ');
}

/** Whether `path` names a key its (existing) parent map does not have. */
function isAbsentKey(input: unknown, path: ResolvedPath): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const parent = getPath(input, path.slice(0, -1)) ?? (path.length === 1 ? input : undefined);
  return typeof parent === 'object' && parent !== null && !Array.isArray(parent) && !Object.hasOwn(parent, key);
}

/** Describes one issue at `base` (the path of the union it came from, or the root). */
function describe(issue: Issue, base: ResolvedPath, schema: z.core.$ZodType, input: unknown): Draft[] {
  const path: ResolvedPath = [...base, ...(issue.path as (string | number)[])];
  const found = getPath(input, path);
  const where = (p: ResolvedPath) => (p.length === 0 ? '' : `${formatPath(p)}: `);
  const line = (text: string, at = path): Draft => ({ path: at, text: `${where(path)}${text}` });
  const got = `got ${showFound(found)}`;
  // A missing key fails as a type (invalid_type), as every option of a union, or as a field's own "got undefined".
  const missing = issue.code === 'invalid_type' || issue.code === 'invalid_union' || (issue.code === 'custom' && / got undefined$/.test(issue.message));
  if (missing && path.length > 0 && isAbsentKey(input, path)) {
    return [{ path, text: `${where(path.slice(0, -1))}missing required field '${String(path[path.length - 1])}'`, missingKey: true }];
  }
  const options = issue.code === 'invalid_value' || issue.code === 'invalid_type' ? schemasAt(schema, path) : [];
  if (options.length > 1) {
    // zod answers a union with the first option that did not abort (often a literal): ask every option.
    const errors = options.map((option) => (option as z.ZodType).safeParse(found).error?.issues ?? []);
    if (errors.every((e) => e.length > 0)) return describe({ code: 'invalid_union', errors, path: issue.path, message: '', input: found }, base, schema, input);
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ ...line(`unknown field '${key}'`, [...path, key]), unknownKey: key }));
    case 'invalid_type':
      return [line(`expected ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}, ${got}`)];
    case 'too_small':
    case 'too_big':
      return [line(`expected ${sizeText(issue)}, ${got}`)];
    case 'invalid_value': {
      const options = issue.values.map(showOption).join(', ');
      const hint = typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : '';
      return [line(`expected ${issue.values.length === 1 ? options : `one of ${options}`}, ${got}${hint}`)];
    }
    case 'invalid_union': {
      if (issue.inclusive === false) return [line(`expected a value matching exactly one form, ${got}`)];
      if (issue.discriminator !== undefined && issue.options !== undefined) {
        const hint = typeof found === 'string' ? didYouMean(found, issue.options.map(String)) : '';
        return [line(`expected one of ${issue.options.map(showOption).join(', ')}, ${got}${hint}`)];
      }
      // An option whose type matched (its issues are deeper than the root) explains the problem best.
      const rootMismatch = (i: Issue) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value');
      const matching = issue.errors.filter((b) => !b.some(rootMismatch));
      if (matching.length > 0) {
        const fewest = matching.reduce((a, b) => (b.length < a.length ? b : a));
        return fewest.flatMap((inner) => describe(inner, path, schema, input));
      }
      const literals = issue.errors.flatMap((b) => b.flatMap((i) => (i.path.length === 0 && i.code === 'invalid_value' ? i.values.map(String) : [])));
      const hint = typeof found === 'string' ? didYouMean(found, literals) : '';
      return [line(`expected ${unionExpected(issue.errors)}, ${got}${hint}`)];
    }
    case 'invalid_key': {
      // the map's key is wrong, not its value: `sizes: key 'x': expected a whole GPU count like 8, got 'x'`
      const key = String(path[path.length - 1]);
      return issue.issues.map((inner) => {
        const text = inner.message.startsWith('expected ') ? inner.message : 'expected another key';
        return { path, text: `${where(path.slice(0, -1))}key '${key}': ${text.includes(', got ') ? text : `${text}, got '${key}'`}` };
      });
    }
    case 'invalid_element':
      return issue.issues.flatMap((inner) => describe(inner, path, schema, input));
    case 'not_multiple_of':
      return [line(`expected a multiple of ${issue.divisor}, ${got}`)];
    default: {
      // custom issues (quantity, price, refinements) and messages a schema wrote itself
      const text = issue.message;
      if (text.startsWith('expected ')) return [line(text.includes(', got ') ? text : `${text}, ${got}`)];
      return [line(`${text}, ${got}`)];
    }
  }
}

interface Draft extends Problem {
  unknownKey?: string;
  missingKey?: boolean;
}

/**
 * All issues of one failed parse, one problem per line. An unknown key gets
 * "did you mean" from the keys its map knows (walking the schema) or is
 * missing; a typo then makes one message, not an unknown and a missing one.
 * Call it inside the parse's withBaseDir(): union options are parsed again.
 */
export function describeIssues(issues: readonly Issue[], schema: z.core.$ZodType, input: unknown): Problem[] {
  const drafts = issues.flatMap((issue) => describe(issue, [], schema, input));
  const missingAt = (parent: ResolvedPath) =>
    drafts.filter((d) => d.missingKey && formatPath(d.path.slice(0, -1)) === formatPath(parent)).map((d) => String(d.path[d.path.length - 1]));
  const explained = new Set<Draft>();
  const problems = drafts.map((d): Problem => {
    if (d.unknownKey === undefined) return { path: d.path, text: d.text };
    const parent = d.path.slice(0, -1);
    const missing = missingAt(parent);
    const hint = closest(d.unknownKey, [...knownKeys(schema, parent), ...missing]);
    if (hint === undefined || hint === d.unknownKey) return { path: d.path, text: d.text };
    if (missing.includes(hint)) {
      for (const m of drafts) if (m.missingKey && formatPath(m.path) === formatPath([...parent, hint])) explained.add(m);
    }
    return { path: d.path, text: `${d.text} (did you mean '${hint}'?)` };
  });
  return problems.filter((_, i) => !explained.has(drafts[i]));
}

/** Offered load above the cluster (scenario/normalize.ts before a run, simulation/workloadWarnings.ts after); `offeredLoad` is offered GPUs / installed GPUs. */
export function offeredLoadText(offeredLoad: number, gpus: number): string {
  return `offered load is ${Math.round(offeredLoad * 100).toLocaleString('en-US')} % of the cluster's ${gpus.toLocaleString('en-US')} GPUs: ` +
    'the queue grows without bound and waits measure the backlog, not the design';
}
