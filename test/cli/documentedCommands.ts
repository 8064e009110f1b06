/**
 * Finds the `npx dctwin …` commands a text documents (the README) and turns each into
 * the argv that `main()` takes, as a POSIX shell would: backslash-newline continuations,
 * single and double quotes, `$VAR`/`${VAR}` from a given table, a `*` glob in the last
 * path segment against the working folder, and the command ending at an unquoted
 * `|`, `>`, `&`, `;`, a comment (`#`), a line end, a backtick, or the quote that encloses it
 * (`--wrap 'npx dctwin merge …'`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const STOP = new Set(['|', '>', '&', ';', '\n', '`']);

export interface DocumentedCommand {
  /** The command as written (after joining continuation lines), for messages. */
  text: string;
  /** Words after `npx dctwin`, quotes removed, variables not yet expanded (marked by `\0$NAME\0`). */
  words: string[];
}

/** Offsets of the fenced code blocks (```) of a Markdown text, as [start, end) pairs. */
function fencedBlocks(text: string): [number, number][] {
  const fences = [...text.matchAll(/^```.*$/gm)].map((m) => m.index);
  const blocks: [number, number][] = [];
  for (let i = 0; i + 1 < fences.length; i += 2) blocks.push([fences[i], fences[i + 1]]);
  return blocks;
}

/**
 * Every `npx dctwin …` in `doc`, and every line of a fenced code block that starts with
 * `dctwin ` (run with node_modules/.bin on PATH), in order of appearance.
 */
export function documentedCommands(doc: string): DocumentedCommand[] {
  const text = doc.replace(/\\\n[ \t]*/g, ' ');
  const blocks = fencedBlocks(text);
  const found: DocumentedCommand[] = [];
  const marker = /npx dctwin\b|^[ \t]*dctwin\b/gm;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    if (!m[0].startsWith('npx') && !blocks.some(([a, b]) => m!.index > a && m!.index < b)) continue;
    const before = text[m.index - 1];
    const enclosing = before === "'" || before === '"' ? before : undefined;
    const start = m.index + m[0].length;
    const { words, end } = splitWords(text, start, enclosing);
    found.push({ text: text.slice(m.index, end).trim(), words });
  }
  return found;
}

/** Shell words from `start` to the first unquoted stop character (or the enclosing quote). */
function splitWords(text: string, start: number, enclosing: string | undefined): { words: string[]; end: number } {
  const words: string[] = [];
  let word: string | undefined;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === enclosing || STOP.has(c) || (c === '#' && word === undefined)) break;
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) throw new Error(`unterminated quote in: ${text.slice(start, start + 80)}`);
      const inner = text.slice(i + 1, close);
      word = (word ?? '') + (c === '"' ? markVariables(inner) : inner.replace(/\*/g, '\0*'));
      i = close;
    } else if (c === '$') {
      const v = /^\$(?:\{(\w+)\}|(\w+))/.exec(text.slice(i));
      if (!v) throw new Error(`unsupported shell expansion in: ${text.slice(i, i + 20)}`);
      word = (word ?? '') + `\0$${v[1] ?? v[2]}\0`;
      i += v[0].length - 1;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return { words, end: i };
}

const markVariables = (s: string) => s.replace(/\*/g, '\0*').replace(/\$(?:\{(\w+)\}|(\w+))/g, (_, a, b) => `\0$${a ?? b}\0`);

/** The argv for `main()`: variables from `vars`, unquoted globs expanded in `cwd` (sorted). */
export function expandWords(words: readonly string[], vars: Record<string, string>, cwd: string): string[] {
  const out: string[] = [];
  for (const w of words) {
    const expanded = w.replace(/\0\$(\w+)\0/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`no value for $${name}`);
      return vars[name];
    });
    if (!/(^|[^\0])\*/.test(expanded)) {
      out.push(expanded.replace(/\0\*/g, '*'));
      continue;
    }
    const slash = expanded.lastIndexOf('/');
    const dir = slash < 0 ? '' : expanded.slice(0, slash);
    const pattern = new RegExp(`^${expanded.slice(slash + 1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const matches = readdirSync(join(cwd, dir)).filter((n) => pattern.test(n)).sort();
    out.push(...(matches.length ? matches.map((n) => (dir ? `${dir}/${n}` : n)) : [expanded]));
  }
  return out;
}
