/**
 * main(argv, io): exit codes and stderr, in process (no child processes).
 * The real sub-commands are replaced by three test commands so that these
 * tests exercise only main's error mapping: `ok` prints, `boom` has a bug
 * (throws a plain Error), `bad` throws an InputError as a loader would.
 */
import { describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { InputError } from '../../sim/errors.js';
import type { Io } from '../../sim/cli/io.js';

vi.mock('../../sim/cli/commands/index.js', () => ({
  COMMANDS: [
    (io: Io) => new Command('ok').action(() => io.stdout('fine\n')),
    () =>
      new Command('boom').action(() => {
        throw new Error('heap index out of range');
      }),
    () =>
      new Command('bad').action(() => {
        throw new InputError(['a.yaml:3: site.name: expected a string, got 4', 'a.yaml:9: seed: expected an integer, got 1.5']);
      }),
  ],
}));

const { main } = await import('../../sim/cli/main.js');
const { VERSION } = await import('../../sim/cli/version.js');

/** A fake Io that records what the CLI writes. */
function fakeIo(): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd: '/nonexistent',
    isTTY: false,
    out: () => out,
    err: () => err,
  };
}

describe('main', () => {
  it('--version exits 0 and prints the version on stdout', async () => {
    for (const flag of ['--version', '-V']) {
      const io = fakeIo();
      expect(await main([flag], io)).toBe(0);
      expect(io.out()).toBe(`${VERSION}\n`);
      expect(io.err()).toBe('');
    }
  });

  it('--help exits 0 and lists the exit codes', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Usage: dctwin/);
    expect(io.out()).toMatch(/Exit codes:\n\s+0\s+success\n\s+2\s+input you can fix/);
  });

  it('an unknown option exits 2 with commander\'s message on stderr', async () => {
    const io = fakeIo();
    expect(await main(['--frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/^error: unknown option '--frobnicate'\n/);
    expect(io.out()).toBe('');
  });

  it('an unknown command exits 2', async () => {
    const io = fakeIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/^error: unknown command 'frobnicate'/);
  });

  it('a successful command exits 0 and writes to stdout only', async () => {
    const io = fakeIo();
    expect(await main(['ok'], io)).toBe(0);
    expect([io.out(), io.err()]).toEqual(['fine\n', '']);
  });

  it('an InputError exits 2 with one `error:` line per problem and no stack', async () => {
    const io = fakeIo();
    expect(await main(['bad'], io)).toBe(2);
    expect(io.err()).toBe(
      'error: a.yaml:3: site.name: expected a string, got 4\nerror: a.yaml:9: seed: expected an integer, got 1.5\n',
    );
  });

  it('an internal error exits 1 with `error: internal error:` and no stack trace', async () => {
    const io = fakeIo();
    expect(await main(['boom'], io)).toBe(1);
    const lines = io.err().split('\n');
    expect(lines[0]).toBe('error: internal error: heap index out of range');
    expect(io.err()).toMatch(/report it/);
    expect(io.err()).not.toMatch(/\n\s+at /); // no stack frames
    expect(io.out()).toBe('');
  });

  it('with --debug (before or after the command), an internal error also prints the stack', async () => {
    for (const argv of [['--debug', 'boom'], ['boom', '--debug']]) {
      const io = fakeIo();
      expect(await main(argv, io)).toBe(1);
      expect(io.err()).toMatch(/^error: internal error: heap index out of range\n/);
      expect(io.err()).toMatch(/Error: heap index out of range\n\s+at /);
    }
  });
});
