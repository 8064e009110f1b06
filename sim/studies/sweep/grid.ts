/**
 * A sweep's grid: each `--set path=v1,v2,...` flag is an axis, and the cases
 * are the cartesian product of the axes in the order of the flags, the last
 * flag varying fastest (nested loops written in flag order). Case ids are
 * 1-based positions in that order, so they depend only on the flags.
 *
 *   --set a=1,2 --set b=x,y   ->   case 1: a=1 b=x, 2: a=1 b=y, 3: a=2 b=x, 4: a=2 b=y
 *
 * Values are split on commas outside brackets, braces and quotes
 * (`--set x=[1, 2],[3, 4]` has two values), and each is later parsed as YAML
 * exactly like a `--set` value.
 */
import { InputError } from '../../errors.js';
import { assignmentAt, formatPath, parsePath } from '../../scenario/overrides.js';

export interface Axis {
  /** The flag's text after `--set`, for messages. */
  flag: string;
  /** The path as typed (`designs[0].racks.count`); messages and overrides use it. */
  path: string;
  /** The path as messages print it (sweep.csv's column adds the values' unit: axisColumn.ts). */
  column: string;
  /** Each value's text, trimmed, as typed. */
  values: string[];
}

export interface SweepCase {
  /** 1-based position in the grid. */
  id: number;
  /** One `path=value` override per axis, in flag order. */
  overrides: string[];
  /** The value of each axis as typed, in flag order. */
  values: string[];
}

/** Most cases one grid may hold (a guard against a typo like `--set x=1,...` pasted 10 times). */
export const MAX_CASES = 1_000_000;

/** Splits `1,[2, 3],'a,b'` into its values at commas outside brackets, braces and quotes. */
export function splitValues(text: string): string[] {
  const values: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      values.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  values.push(text.slice(start).trim());
  return values;
}

/** Parses one `--set path=v1,v2,...` flag into an axis; throws InputError naming the flag. */
export function parseAxis(flag: string): Axis {
  const eq = assignmentAt(flag);
  if (eq < 0) throw new InputError(`--set ${flag}: expected path=v1,v2,... like 'designs[0].racks.count=20,40', got no '='`);
  const path = flag.slice(0, eq).trim();
  const segments = parsePath(path);
  if (typeof segments === 'string') throw new InputError(`--set ${flag}: ${segments}`);
  const values = splitValues(flag.slice(eq + 1));
  if (values.length === 1 && values[0] === '') {
    throw new InputError(`--set ${flag}: expected one or more values separated by commas, got none`);
  }
  const empty = values.findIndex((v) => v === '');
  if (empty >= 0) throw new InputError(`--set ${flag}: expected a value at position ${empty + 1}, got an empty one`);
  return { flag, path, column: formatPath(segments), values };
}

/** Parses every `--set` flag of a sweep; all problems at once, one line each. */
export function parseAxes(flags: readonly string[]): Axis[] {
  if (flags.length === 0) throw new InputError("--set: expected at least one path=v1,v2,... to sweep, like 'designs[0].racks.count=20,40', got none");
  const axes: Axis[] = [];
  const problems: string[] = [];
  for (const flag of flags) {
    try {
      const axis = parseAxis(flag);
      const twice = axes.find((a) => a.column === axis.column);
      if (twice) problems.push(`--set ${flag}: expected each path once, got '${axis.column}' again`);
      else axes.push(axis);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.lines);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  const total = caseCount(axes);
  if (total > MAX_CASES) throw new InputError(`--set: expected at most ${MAX_CASES} cases in a grid, got ${total}`);
  return axes;
}

export const caseCount = (axes: readonly Axis[]): number => axes.reduce((n, a) => n * a.values.length, 1);

/** Case `id` (1-based) of the grid: the mixed-radix digits of id - 1, last axis fastest. */
export function caseAt(axes: readonly Axis[], id: number): SweepCase {
  if (!Number.isInteger(id) || id < 1 || id > caseCount(axes)) throw new RangeError(`case ${id} is outside the grid`);
  let rest = id - 1;
  const picks = new Array<string>(axes.length);
  for (let a = axes.length - 1; a >= 0; a--) {
    const n = axes[a].values.length;
    picks[a] = axes[a].values[rest % n];
    rest = Math.floor(rest / n);
  }
  return { id, overrides: axes.map((a, i) => `${a.path}=${picks[i]}`), values: picks };
}
