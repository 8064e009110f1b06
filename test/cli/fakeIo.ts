/** A fake Io for CLI tests: records stdout and stderr, with a chosen working directory. */
import type { Io } from '../../sim/cli/io.js';

export function fakeIo(cwd = process.cwd()): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd,
    isTTY: false,
    out: () => out,
    err: () => err,
  };
}
