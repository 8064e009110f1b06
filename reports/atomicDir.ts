/**
 * Writes a whole folder or nothing: files go to `<outDir>.tmp-<pid>`, which is
 * then renamed onto `outDir` (an earlier output there is replaced). A failure
 * removes the temporary folder and leaves any earlier output untouched.
 * A folder holding something other than an earlier dctwin output is never
 * replaced: that is an InputError.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError, locate } from '../sim/errors.js';

/** The file whose presence marks a folder as an earlier dctwin output. */
export const OUTPUT_MARKER = 'summary.json';

async function existingKind(path: string): Promise<'none' | 'file' | 'dir'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
}

/**
 * Throws InputError unless `outDir` is absent, empty, or an earlier output
 * (a folder holding one of `markers`; sweeps pass their own, sweep.json).
 */
export async function checkReplaceable(outDir: string, markers: readonly string[] = [OUTPUT_MARKER]): Promise<void> {
  const kind = await existingKind(outDir);
  if (kind === 'file') throw new InputError(`${locate(outDir)}output folder: expected a folder, got a file`);
  if (kind === 'none') return;
  const entries = await readdir(outDir);
  if (entries.length > 0 && !markers.some((m) => entries.includes(m))) {
    throw new InputError(
      `${locate(outDir)}output folder: expected an empty folder or an earlier dctwin output (with ${markers.join(' or ')}), got a folder with other files`,
    );
  }
}

/** Writes `files` (name -> content, in order) as the folder `outDir`, all or nothing. */
export async function writeDirAtomically(
  outDir: string,
  files: Map<string, string | Uint8Array>,
  markers: readonly string[] = [OUTPUT_MARKER],
): Promise<void> {
  await checkReplaceable(outDir, markers);
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(dirname(outDir), { recursive: true });
  try {
    await mkdir(tmp);
    for (const [name, content] of files) await writeFile(join(tmp, name), content);
    if ((await existingKind(outDir)) === 'dir') {
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
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}
