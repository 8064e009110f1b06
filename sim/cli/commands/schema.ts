/**
 * `dctwin schema [--out FILE]`: the scenario JSON Schema for editors, on stdout
 * or written atomically (temporary file + rename, never a half-written file).
 * The shipped copy is made with `dctwin schema --out scenarios/scenario.schema.json`.
 * The schema text and the write live in ../schemaFile.ts, loaded on use.
 */
import { Command } from 'commander';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { checkOutputTarget } from '../../../reports/outputTarget.js';

export function schemaCommand(io: Io): Command {
  return new Command('schema')
    .description('print the JSON Schema of scenario files (for editor completion and checks)')
    .option('-o, --out <file>', 'write it to FILE instead of stdout')
    .action(async (opts: { out?: string }) => {
      if (opts.out !== undefined) checkOutputTarget({ path: resolve(io.cwd, opts.out), shown: opts.out, kind: 'file' });
      const { scenarioJsonSchemaText, writeFileAtomic } = await import('../schemaFile.js');
      const text = scenarioJsonSchemaText();
      if (opts.out === undefined) io.stdout(text);
      else {
        writeFileAtomic(resolve(io.cwd, opts.out), text, opts.out);
        io.stdout(`wrote ${opts.out}\n`);
      }
    });
}
