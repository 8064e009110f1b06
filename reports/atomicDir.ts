/**
 * Writes a whole folder or nothing: files go to `<outDir>.tmp-<pid>`, which is
 * then renamed onto `outDir` (an earlier output there is moved to
 * `<outDir>.old-<pid>` and removed after the swap). A failure removes the
 * temporary folder and leaves any earlier output untouched.
 * Only a folder that dctwin wrote is replaced: outputTarget.ts checks it
 * again here, as it may have changed since the command's first check.
 * Leftovers of killed writers are cleared first (staleTemp.ts). Every file
 * system failure is an InputError naming the path (exit 2, not a crash).
 */
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../sim/errors.js';
import { isOutputPath } from './outputNames.js';
import { checkOutputTarget, errnoOf } from './outputTarget.js';
import { clearStaleTemps } from './staleTemp.js';

/** A file system error as the user's problem with `outDir`; anything else unchanged. */
function asInputError(err: unknown, outDir: string): unknown {
  const code = errnoOf(err);
  if (err instanceof InputError || code === undefined) return err;
  const { syscall, path } = err as NodeJS.ErrnoException;
  const what = [syscall, path === undefined ? undefined : `'${path}'`].filter(Boolean).join(' ');
  return new InputError(`${outDir}: output folder: expected a place dctwin can write, got ${code}${what ? ` from ${what}` : ''}`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throws InputError unless `outDir` is absent, an empty folder, or a folder
 * holding only files dctwin writes (outputNames.ts).
 */
export function checkReplaceable(outDir: string): void {
  checkOutputTarget({ path: outDir, shown: outDir, kind: 'folder' });
}

/** Writes `files` (name -> content, in order) as the folder `outDir`, all or nothing. */
export async function writeDirAtomically(outDir: string, files: Map<string, string | Uint8Array>): Promise<void> {
  for (const name of files.keys()) {
    if (!isOutputPath(name)) throw new RangeError(`writeDirAtomically: '${name}' is not a dctwin output name (reports/outputNames.ts)`);
  }
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  let made = false;
  try {
    clearStaleTemps(outDir);
    checkReplaceable(outDir);
    await mkdir(dirname(outDir), { recursive: true });
    await mkdir(tmp);
    made = true;
    for (const [name, content] of files) {
      if (name.includes('/')) await mkdir(dirname(join(tmp, name)), { recursive: true }); // sites/<id>/ of a several-site run
      await writeFile(join(tmp, name), content);
    }
    checkReplaceable(outDir); // a foreign file may have arrived while writing
    if (await exists(outDir)) {
      await rename(outDir, old);
      try {
        await rename(tmp, outDir);
      } catch (err) {
        await rename(old, outDir);
        throw err;
      }
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(tmp, outDir);
    }
  } catch (err) {
    if (made) await rm(tmp, { recursive: true, force: true });
    throw asInputError(err, outDir);
  }
}
