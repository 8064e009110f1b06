/**
 * The work behind `dctwin schema`: the scenario JSON Schema as the shipped file
 * holds it, and an atomic write (temporary file + rename, never a half-written file).
 * Kept apart from the command so `dctwin --version` does not build the zod schema.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { scenarioJsonSchema } from '../scenario/schema.js';

/** The schema as the shipped file holds it: 2-space JSON and a final newline. */
export const scenarioJsonSchemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

/** Writes `text` to `file` through a temporary file in the same folder and a rename. */
export function writeFileAtomic(file: string, text: string, shown = file): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError(`--out ${shown}: expected a writable file in an existing folder, got ${code}`);
  }
}
