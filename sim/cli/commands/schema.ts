/**
 * `dctwin schema [--out FILE]`: the scenario JSON Schema for editors, on stdout
 * or written atomically (temporary file + rename, never a half-written file).
 * The shipped copy is made with `dctwin schema --out scenarios/scenario.schema.json`.
 */
import { Command } from 'commander';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import type { Io } from '../io.js';
import { scenarioJsonSchema } from '../../scenario/schema.js';

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

export function schemaCommand(io: Io): Command {
  return new Command('schema')
    .description('print the JSON Schema of scenario files (for editor completion and checks)')
    .option('-o, --out <file>', 'write it to FILE instead of stdout')
    .action((opts: { out?: string }) => {
      const text = scenarioJsonSchemaText();
      if (opts.out === undefined) io.stdout(text);
      else {
        writeFileAtomic(resolve(io.cwd, opts.out), text, opts.out);
        io.stdout(`wrote ${opts.out}\n`);
      }
    });
}
