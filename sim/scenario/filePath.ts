/**
 * Scenario fields that name a file to read (weather, trace, profile): resolved
 * against the scenario file's folder while it is parsed, and checked to be a
 * regular file of a bounded size (sim/inputFile.ts). Split from fields.ts, which
 * holds the quantity, count, fraction and price fields.
 */
import { z } from 'zod';
import { isAbsolute, resolve } from 'node:path';
import { inputFileProblem } from '../inputFile.js';

let baseDir: string | undefined;

/**
 * Runs `parse` with relative file paths resolved against `dir` (the scenario's
 * folder). Parsing is synchronous, so a module-level base is safe.
 */
export function withBaseDir<T>(dir: string, parse: () => T): T {
  const previous = baseDir;
  baseDir = dir;
  try {
    return parse();
  } finally {
    baseDir = previous;
  }
}

/**
 * A path to an existing file to READ (weather, trace), relative to the scenario
 * file's folder; converted to an absolute path. dctwin never writes to it. It must
 * be a regular file (a symbolic link to one is fine) of at most `maxBytes` when given
 * (sim/inputFile.ts), so `validate` refuses a folder, a FIFO, a device or a huge file.
 */
export function filePath(what = 'file', maxBytes?: number) {
  return z
    .string()
    .min(1)
    .transform((raw, ctx) => {
      const abs = isAbsolute(raw) || baseDir === undefined ? raw : resolve(baseDir, raw);
      const problem = inputFileProblem(abs, { what, maxBytes });
      if (problem !== undefined) {
        const message = problem.missing
          ? `expected an existing ${what}, got '${raw}' (looked for ${abs})`
          : `expected ${problem.expected}, got '${raw}', ${problem.got} (at ${abs})`;
        ctx.addIssue({ code: 'custom', message, input: raw });
        return z.NEVER;
      }
      return abs;
    })
    .meta({ description: `path to a ${what}, relative to the scenario file` });
}
