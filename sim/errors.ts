/**
 * Errors the user can fix (exit code 2) versus bugs (exit code 1).
 * `main` maps them to exit codes; nothing else in dctwin calls process.exit.
 */

/** Input the user can fix: a bad flag, a missing file, a malformed EPW row or trace line. */
export class InputError extends Error {
  /** One or more complete, one-line messages (without the leading `error: `). */
  readonly lines: string[];
  constructor(lines: string | string[]) {
    const all = Array.isArray(lines) ? lines : [lines];
    super(all.join('\n'));
    this.name = 'InputError';
    this.lines = all;
  }
}

/** A scenario file that does not validate; each line is `FILE:LINE: dotted.path: expected ..., got ...`. */
export class ScenarioError extends InputError {
  constructor(lines: string | string[]) {
    super(lines);
    this.name = 'ScenarioError';
  }
}

/** Formats the one-line location prefix shared by every input message: `file:line: ` or `file: `. */
export function locate(file: string, line?: number, column?: number): string {
  if (line === undefined) return `${file}: `;
  return column === undefined ? `${file}:${line}: ` : `${file}:${line}:${column}: `;
}
