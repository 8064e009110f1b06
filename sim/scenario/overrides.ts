/**
 * Paths into a scenario, written exactly as messages print them
 * (`designs[0].racks.count`, `site.weather`, `designs[id=liquid-pod].racks.count`),
 * and `--set path=value` overrides applied to the parsed file before validation.
 *
 * `getPath` / `setPath` work on plain objects so sweeps and Monte Carlo can
 * vary any input the same way a user does on the command line.
 */
import { parseDocument, visit } from 'yaml';
import { InputError } from '../errors.js';

/** One step of a path: an object key, a list index, or the list item whose `id` matches. */
export type PathSegment = string | number | { id: string };
/** A path with every `[id=...]` resolved to an index. */
export type ResolvedPath = (string | number)[];

const EXAMPLE = "expected a path like 'designs[0].racks.count'";
const NAME = /^[A-Za-z0-9_$-]+/;
const BRACKET = /^\[(?:(\d+)|id=([^\]]+)|("(?:[^"\\]|\\.)*"))\]/;

/** Parses `designs[0].racks.count`; returns a message (expected..., got ...) when malformed. */
export function parsePath(text: string): PathSegment[] | string {
  const bad = `${EXAMPLE}, got '${text}'`;
  const segments: PathSegment[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (segments.length > 0 && rest.startsWith('.')) rest = rest.slice(1);
    else if (segments.length > 0 ? !rest.startsWith('[') : !NAME.test(rest)) return bad;
    const name = rest.startsWith('[') ? null : NAME.exec(rest);
    const bracket = name ? null : BRACKET.exec(rest);
    if (name) segments.push(name[0]);
    else if (bracket?.[1] !== undefined) segments.push(Number(bracket[1]));
    else if (bracket?.[2] !== undefined) segments.push({ id: bracket[2] });
    else if (bracket?.[3] !== undefined) segments.push(JSON.parse(bracket[3]) as string);
    else return bad;
    rest = rest.slice((name ?? bracket)![0].length);
  }
  return segments.length === 0 ? bad : segments;
}

/** Formats a path the way messages print it: `designs[0].cooling.chiller.ratedCop`. */
export function formatPath(path: readonly (PropertyKey | { id: string })[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'object') out += `[id=${segment.id}]`;
    else if (typeof segment === 'string' && /^[A-Za-z0-9_$-]+$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** Keys that would reach Object.prototype instead of scenario data. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

/**
 * Walks `root` along `path`. With `create`, missing maps along the way are
 * created (the last segment is not). Returns the container holding the last
 * segment, and the resolved key, or a reason the path cannot exist.
 */
function walk(root: unknown, path: PathSegment[], create: boolean): { holder: unknown; key: string | number; resolved: ResolvedPath } | string {
  let node = root;
  let parent: Record<string | number, unknown> | undefined;
  const resolved: ResolvedPath = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const here = formatPath(resolved) || 'the top level';
    let key: string | number;
    // A sites: entry written as a bare record id (`- cn-hohhot`) is short for { record: cn-hohhot }: a field set into it expands it.
    if (create && typeof segment === 'string' && typeof node === 'string' && parent && resolved.length === 2 && resolved[0] === 'sites') {
      node = parent[resolved[1]] = { record: node };
    }
    if (typeof segment === 'string') {
      if (FORBIDDEN.has(segment)) return `'${segment}' is not a scenario field`;
      if (!isRecord(node)) return `${here} is ${Array.isArray(node) ? 'a list' : shown(node)}, not a map`;
      key = segment;
    } else if (!Array.isArray(node)) {
      return `${here} is ${isRecord(node) ? 'a map' : shown(node)}, not a list`;
    } else if (typeof segment === 'number') {
      if (segment >= node.length) return `${here} has ${node.length} items`;
      key = segment;
    } else {
      // A sites: entry is known by its record id: `- cn-hohhot` or `{ record: cn-hohhot }`.
      const index = node.findIndex((item) => (isRecord(item) && (String(item.id) === segment.id || (item.id === undefined && item.record === segment.id))) || item === segment.id);
      if (index < 0) return `no item of ${here} has id '${segment.id}'`;
      key = index;
    }
    resolved.push(key);
    if (i === path.length - 1) return { holder: node, key, resolved };
    const container = node as Record<string | number, unknown>;
    if (create && container[key] === undefined) container[key] = {};
    parent = container;
    node = container[key];
  }
  return 'empty path';
}

function segmentsOf(path: string | PathSegment[]): PathSegment[] {
  if (typeof path !== 'string') return path;
  const parsed = parsePath(path);
  if (typeof parsed === 'string') throw new InputError(parsed);
  return parsed;
}

/** The value at `path`, or undefined when any step is missing. */
export function getPath(root: unknown, path: string | PathSegment[]): unknown {
  const found = walk(root, segmentsOf(path), false);
  if (typeof found === 'string') return undefined;
  return (found.holder as Record<string | number, unknown>)[found.key];
}

/**
 * Sets `value` at `path` in `root` (mutated), creating missing maps on the way;
 * returns the path with `[id=...]` resolved. Throws InputError on a path that
 * cannot exist (a key inside a number, an index past the end of a list).
 */
export function setPath(root: unknown, path: string | PathSegment[], value: unknown): ResolvedPath {
  const segments = segmentsOf(path);
  const found = walk(root, segments, true);
  if (typeof found === 'string') throw new InputError(`${EXAMPLE}, got '${formatPath(segments)}' (${found})`);
  (found.holder as Record<string | number, unknown>)[found.key] = value;
  return found.resolved;
}

/** Parses the text after `=` as the file would: `40` a number, `105 kW` a string, `[1, 2]` a list. */
function parseValue(arg: string, text: string): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new InputError(`--set ${arg}: expected a YAML value like 40, 105 kW, true or [1, 2], got '${text}'`);
  }
  // An alias (`*a`) is either unresolved or a way to expand a short value into a huge one (an alias bomb).
  let alias = false;
  visit(doc, { Alias: () => ((alias = true), visit.BREAK) });
  if (alias) throw new InputError(`--set ${arg}: expected a plain value (YAML aliases are not allowed in --set), got '${text}'`);
  return doc.toJS();
}

/**
 * Index of the `=` that ends the path: the first one outside `[...]`
 * (`designs[id=x].name=y`); with an unclosed bracket, the last one, so the
 * path's own message explains the problem.
 */
export function assignmentAt(arg: string): number {
  let depth = 0;
  for (let i = 0; i < arg.length; i++) {
    if (arg[i] === '[') depth++;
    else if (arg[i] === ']') depth = Math.max(0, depth - 1);
    else if (arg[i] === '=' && depth === 0) return i;
  }
  return arg.lastIndexOf('=');
}

/**
 * Applies `--set path=value` overrides to the parsed file, in order. Returns
 * the (possibly new) root, the resolved paths that were set, so messages can
 * say `(from --set)` for them, and the value set at each (effectiveScenario.ts).
 */
export function applyOverrides(root: unknown, overrides: readonly string[]): { data: unknown; setPaths: ResolvedPath[]; values: unknown[] } {
  let data = root ?? {};
  const setPaths: ResolvedPath[] = [];
  const values: unknown[] = [];
  for (const arg of overrides) {
    const eq = assignmentAt(arg);
    if (eq < 0) throw new InputError(`--set ${arg}: expected path=value like 'designs[0].racks.count=40', got '${arg}'`);
    const segments = parsePath(arg.slice(0, eq));
    if (typeof segments === 'string') throw new InputError(`--set ${arg}: ${segments}`);
    const value = parseValue(arg, arg.slice(eq + 1));
    if (!isRecord(data) && typeof segments[0] === 'string') data = {};
    try {
      setPaths.push(setPath(data, segments, value));
      values.push(value);
    } catch (err) {
      if (err instanceof InputError) throw new InputError(`--set ${arg}: ${err.message}`);
      throw err;
    }
  }
  return { data, setPaths, values };
}
