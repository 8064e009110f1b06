/**
 * The CLI's one entry: builds the program, runs it, and maps errors to exit
 * codes (changesets' pattern). Commands throw; only this file decides codes.
 *   0  success (--help and --version included)
 *   2  input the user can fix: bad scenario, missing file, bad flag
 *   1  anything else, i.e. a bug: `error: internal error: ...`, stack only with --debug
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { printable } from '../printable.js';
import type { Io } from './io.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

export const EXIT_CODES_HELP = `
Exit codes:
  0  success
  2  input you can fix: invalid scenario, missing or malformed file, bad flag
  1  internal error (a bug in dctwin: please report it with --debug output)`;

export function buildProgram(io: Io): Command {
  const program = new Command('dctwin')
    .description("A digital twin of a data center's energy: PUE, water, carbon and TCO per design")
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP);
  for (const make of COMMANDS) {
    const cmd = make(io);
    cmd.copyInheritedSettings(program);
    cmd.addHelpText('after', EXIT_CODES_HELP);
    program.addCommand(cmd);
  }
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has printed its message already; help and version exit 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof InputError) {
      for (const line of err.lines) io.stderr(`error: ${printable(line)}\n`);
      return 2;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr(`error: internal error: ${printable(e.message)}\n`);
    if (argv.includes('--debug')) io.stderr(`${e.stack ?? ''}\n`);
    else io.stderr('This is a bug in dctwin. Please report it with the output of the same command run with --debug.\n');
    return 1;
  }
}
