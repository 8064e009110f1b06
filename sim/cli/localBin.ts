/**
 * Links `node_modules/.bin/dctwin` to the built CLI, so `npx dctwin` (and `dctwin` with
 * node_modules/.bin on PATH) runs dist/sim/cli/bin.js directly after `npm ci`.
 *
 * Why not package.json's `bin`: npm 11's npx, asked for a bin that the project's own
 * package.json declares, installs the project into its npx cache on every call
 * (libnpmexec's "self-execution of a local bin"): the first call re-runs `prepare`
 * (tsc and the bundle, ~18 s) and every later one pays ~1 s of install checks. A bin
 * found in node_modules/.bin is run as it is. `prepare` calls this after bundling.
 *
 * Only our own link is ever replaced: an existing regular file or folder of that name
 * is left alone (and reported), never deleted.
 */
import { chmodSync, lstatSync, mkdirSync, readlinkSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/** The link's target, relative to node_modules/.bin/. */
export const LOCAL_BIN_TARGET = '../../dist/sim/cli/bin.js';

export type LinkOutcome = 'linked' | 'kept' | 'foreign';

/** Makes the built bin executable and points `<root>/node_modules/.bin/dctwin` at it. */
export function linkLocalBin(root: string): LinkOutcome {
  chmodSync(join(root, 'dist', 'sim', 'cli', 'bin.js'), 0o755);
  const dir = join(root, 'node_modules', '.bin');
  const link = join(dir, 'dctwin');
  mkdirSync(dir, { recursive: true });
  let existing;
  try {
    existing = lstatSync(link);
  } catch {
    existing = undefined;
  }
  if (existing) {
    if (!existing.isSymbolicLink()) return 'foreign';
    if (readlinkSync(link) === LOCAL_BIN_TARGET) return 'kept';
    unlinkSync(link);
  }
  symlinkSync(LOCAL_BIN_TARGET, link);
  return 'linked';
}
