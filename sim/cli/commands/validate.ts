/** `dctwin validate FILE [--set path=value]`: check a scenario without running it. */
import { Command } from 'commander';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { collect } from '../options.js';

export function validateCommand(io: Io): Command {
  return new Command('validate')
    .description('check a scenario file: every problem at once with its line, then warnings')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('--set <path=value>', 'override a scenario field, e.g. designs[0].racks.count=40 (repeatable)', collect, [])
    .action(async (file: string, opts: { set: string[] }) => {
      const { loadScenario } = await import('../../scenario/load.js'); // loaded on use: start-up stays fast
      // Problems throw (InputError / ScenarioError); main prints them and exits 2.
      const { scenario, warnings } = loadScenario(resolve(io.cwd, file), { overrides: opts.set, shownAs: file });
      for (const w of warnings) io.stderr(`warning: ${w}\n`);
      const n = scenario.designs.length;
      io.stdout(`ok: ${file} (${n} design${n === 1 ? '' : 's'})\n`);
    });
}
