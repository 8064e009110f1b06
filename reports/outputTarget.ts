/**
 * Checks an output path before any work is done, so that a bad `--out` fails
 * in a moment with exit 2 rather than after the whole simulation. A target
 * may be written when it is a path below `/`, outside /proc and /sys, whose
 * existing part is folders the user may write in, and which is
 *   - for a folder: absent, or a folder that is empty or holds only files
 *     dctwin writes (outputNames.ts);
 *   - for a file: absent or a regular file (not a symlink, device, FIFO or
 *     socket), in an existing folder.
 * writeDirAtomically checks again just before replacing, as the folder may
 * have changed during a long run. Every problem is an InputError:
 * `<shown>: output folder: expected ..., got ...`.
 */
import { accessSync, constants, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../sim/errors.js';
import { foreignEntry } from './outputNames.js';

export type OutputKind = 'folder' | 'file';

export interface OutputTarget {
  /** The path to write, absolute (or relative to the process's working directory). */
  path: string;
  /** The path as messages show it: the `--out` value as typed, or the default path. */
  shown: string;
  kind: OutputKind;
}

/** Folders of the kernel's own files, never an output place. */
const KERNEL_FOLDERS = ['/proc', '/sys'];

export function describeKind(s: Stats): string {
  if (s.isFile()) return 'a file';
  if (s.isDirectory()) return 'a folder';
  if (s.isSymbolicLink()) return 'a symbolic link';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isSocket()) return 'a socket';
  return 'an unknown kind of file';
}

/** The errno code of a Node file system error (`EACCES`), or undefined for any other error. */
export const errnoOf = (err: unknown): string | undefined => {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
};

const lstatOrUndefined = (path: string): Stats | undefined => {
  try {
    return lstatSync(path);
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return undefined;
    throw err;
  }
};

/** `child` is `parent` itself or a path below it. */
export function isWithin(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The nearest existing folder at or above `dir`. `fail(got)` is called when a
 * path component is not a folder (a file, a device, a dangling symlink).
 */
function nearestFolder(dir: string, fail: (got: string) => never): string {
  for (let d = dir; ; d = dirname(d)) {
    let s: Stats;
    try {
      s = statSync(d);
    } catch (err) {
      const code = errnoOf(err);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || d === dirname(d)) throw err;
      if (code === 'ENOENT' && lstatOrUndefined(d)?.isSymbolicLink()) fail(`a symbolic link to nothing at '${d}'`);
      continue;
    }
    if (!s.isDirectory()) fail(`${describeKind(s)} at '${d}'`);
    return d;
  }
}

/** The real path `path` will have: symlinks of its existing part resolved. */
export function realTarget(path: string): string {
  const abs = resolve(path);
  const folder = nearestFolder(abs, (got) => {
    throw new InputError(`${path}: expected a path through folders, got ${got}`);
  });
  return join(realpathSync(folder), relative(folder, abs));
}

/** Throws InputError unless `target` may be written (see the file's doc). */
export function checkOutputTarget(target: OutputTarget): void {
  const { shown, kind } = target;
  if (shown === '') throw new InputError(`--out: expected a path to an output ${kind}, got ''`);
  const where = `${shown}: output ${kind}: `;
  const fail = (expected: string, got: string): never => {
    throw new InputError(`${where}expected ${expected}, got ${got}`);
  };
  const abs = resolve(target.path);
  try {
    if (abs === dirname(abs)) fail('a path below the root folder', `the root folder '${abs}'`);
    const outside = (p: string) => KERNEL_FOLDERS.find((k) => isWithin(p, k));
    const kernel = outside(abs);
    if (kernel) fail('a path outside /proc and /sys', `a path in ${kernel}`);
    const parent = nearestFolder(dirname(abs), (got) => fail('a path through folders', got));
    if (kind === 'file' && parent !== dirname(abs)) fail('a file in an existing folder', `no folder '${dirname(abs)}'`);
    const real = join(realpathSync(parent), relative(parent, abs));
    const realKernel = outside(real);
    if (realKernel) fail('a path outside /proc and /sys', `'${real}' in ${realKernel}`);
    try {
      accessSync(parent, constants.W_OK);
    } catch (err) {
      fail('a place dctwin may write in', `${errnoOf(err) ?? String(err)} for the folder '${parent}'`);
    }
    const s = lstatOrUndefined(abs);
    if (s === undefined) return;
    if (kind === 'file') {
      if (!s.isFile()) fail('a regular file or no file', describeKind(s));
      return;
    }
    if (!s.isDirectory()) fail('a folder', describeKind(s));
    const foreign = foreignEntry(abs);
    if (foreign !== undefined) {
      fail('an empty folder or an earlier dctwin output', `a foreign entry '${foreign}' (dctwin replaces only folders it wrote)`);
    }
  } catch (err) {
    const code = errnoOf(err);
    if (err instanceof InputError || code === undefined) throw err;
    const path = (err as NodeJS.ErrnoException).path;
    fail('a path dctwin can check', `${code}${path ? ` for '${path}'` : ''}`);
  }
}

/**
 * Throws InputError when the output folder is one of `inputs`' folders, lies
 * inside one, or holds one: writing it would replace or change an input.
 */
export function checkApart(target: OutputTarget, inputs: readonly { path: string; shown: string }[]): void {
  const out = realTarget(target.path);
  const where = `${target.shown}: output ${target.kind}: expected a path apart from the input folders, got `;
  for (const input of inputs) {
    const dir = realpathSync(input.path);
    if (out === dir) throw new InputError(`${where}the input folder '${input.shown}'`);
    if (isWithin(out, dir)) throw new InputError(`${where}a path inside the input folder '${input.shown}'`);
    if (isWithin(dir, out)) throw new InputError(`${where}a folder holding the input folder '${input.shown}'`);
  }
}
