/**
 * The work behind `dctwin schema`: the scenario JSON Schema as the shipped file
 * holds it, and an atomic write (temporary file + rename, never a half-written file).
 * Kept apart from the command so `dctwin --version` does not build the zod schema.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { checkOutputTarget } from '../../reports/outputTarget.js';
import { scenarioJsonSchema } from '../scenario/schema.js';

/** The schema as the shipped file holds it: 2-space JSON and a final newline. */
export const scenarioJsonSchemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

/**
 * Writes `text` to `file` through a new temporary file in the same folder and
 * a rename. `file` must be absent or a regular file (checked again just before
 * the rename): a device, FIFO, socket or symlink is never replaced.
 */
export function writeFileAtomic(file: string, text: string, shown = file): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  let made = false;
  try {
    writeFileSync(temp, text, { flag: 'wx' }); // never through an existing path
    made = true;
    checkOutputTarget({ path: file, shown, kind: 'file' });
    renameSync(temp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (made || code !== 'EEXIST') rmSync(temp, { force: true }); // EEXIST before `made`: not ours
    if (err instanceof InputError) throw err;
    throw new InputError(`${shown}: output file: expected a place dctwin can write, got ${code}`);
  }
}
