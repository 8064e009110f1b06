/**
 * The scenario a run simulated, as YAML text: the file with each `--set`
 * applied, for the output folder's scenario.yaml and the report.
 *
 *   a value the file has (not through an alias)  the value's text replaced in place: every other byte kept
 *   a new key, or a path through an alias        yaml's Document API (doc.setIn): comments kept, layout redone
 *   anything the text cannot show faithfully     the effective data itself, written as YAML
 *
 * Each result is parsed back and compared with what the loader simulated
 * (applyOverrides on the file's data), so the text never shows other values.
 * A comment on top names the file and the overrides. Without overrides the
 * text is returned unchanged, byte for byte.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isCollection, isScalar, parseDocument } from 'yaml';
import { applyOverrides, assignmentAt, type ResolvedPath } from './overrides.js';

const READ = { merge: true, uniqueKeys: true } as const;
const WRITE = { lineWidth: 0 } as const; // never fold long lines or break flow collections
const plain = (text: string): unknown => parseDocument(text, READ).toJS({ maxAliasCount: 100 });

/** True when `text` is valid YAML whose data is `expected`. */
function holds(text: string, expected: unknown): boolean {
  const doc = parseDocument(text, READ);
  try {
    return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS({ maxAliasCount: 100 }), expected);
  } catch {
    return false;
  }
}

/** `text` with the value at `path` replaced by `valueText` in place; undefined when the file has no such node. */
function splice(text: string, path: ResolvedPath, valueText: string): string | undefined {
  const node = parseDocument(text, READ).getIn(path, true);
  if (!(isScalar(node) || isCollection(node)) || node.range === undefined || node.range === null) return undefined;
  const [start, end] = node.range;
  return `${text.slice(0, start)}${valueText}${text.slice(end)}`;
}

/** `text` with `value` set at `path` through the document model (comments survive; layout is yaml's). */
function setIn(text: string, path: ResolvedPath, value: unknown): string {
  const doc = parseDocument(text, READ);
  doc.setIn(path, doc.createNode(value));
  return doc.toString(WRITE);
}

/** The one-line comment naming the overrides (a newline inside a value is shown as `\n`). */
export function overridesComment(shownAs: string, overrides: readonly string[]): string {
  const flags = overrides.map((o) => `--set ${o.replace(/\r?\n/g, '\\n')}`).join(' ');
  return `# dctwin: effective scenario = ${shownAs} with ${flags}\n`;
}

/** The scenario text with `overrides` applied (see the file's doc); `text` itself when there are none. */
export function effectiveScenarioText(text: string, overrides: readonly string[], shownAs: string): string {
  if (overrides.length === 0) return text;
  const { data, setPaths, values } = applyOverrides(plain(text), overrides);
  let body: string | undefined = text;
  try {
    setPaths.forEach((path, i) => {
      const valueText = overrides[i].slice(assignmentAt(overrides[i]) + 1).trim();
      const spliced = splice(body!, path, valueText);
      const expected = applyOverrides(plain(body!), [overrides[i]]).data;
      body = spliced !== undefined && holds(spliced, expected) ? spliced : setIn(body!, path, values[i]);
    });
    if (!holds(body, data)) body = undefined;
  } catch {
    body = undefined; // e.g. setIn through an alias: yaml throws
  }
  return overridesComment(shownAs, overrides) + (body ?? new Document(data).toString(WRITE));
}
