/**
 * checkOutputTarget: every `--out` problem is an InputError (exit 2) with the
 * path as typed, what was expected and what was found, found before any
 * work. checkApart: an output folder never equals, lies in or holds an input.
 * A FIFO is made with mkfifo (Debian coreutils) in setup only; skipped without it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkApart, checkOutputTarget, type OutputKind } from '../../reports/outputTarget.js';
import { InputError } from '../../sim/errors.js';

const root = mkdtempSync(join(tmpdir(), 'dctwin-target-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

writeFileSync(join(root, 'file.txt'), 'mine');
mkdirSync(join(root, 'mine'));
writeFileSync(join(root, 'mine', 'thesis.tex'), 'x');
symlinkSync(join(root, 'mine'), join(root, 'link'));
symlinkSync(join(root, 'nowhere'), join(root, 'dangling'));
symlinkSync('/proc', join(root, 'procfs'));
const fifo = join(root, 'pipe');
const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', [fifo]);
    return true;
  } catch {
    return false;
  }
})();

/** The InputError message for `path` (absolute or below root), or '' when accepted. */
function problem(path: string, kind: OutputKind = 'folder', shown = path): string {
  try {
    checkOutputTarget({ path: path.startsWith('/') ? path : join(root, path), shown, kind });
    return '';
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
}

describe('checkOutputTarget', () => {
  it('accepts a new folder (parents created later), an empty folder, a new or regular file', () => {
    expect(problem('new/deep/folder')).toBe('');
    mkdirSync(join(root, 'empty'));
    expect(problem('empty')).toBe('');
    expect(problem('new.json', 'file')).toBe('');
    expect(problem('file.txt', 'file')).toBe('');
  });

  it.each([
    ['', 'folder', "--out: expected a path to an output folder, got ''"],
    ['', 'file', "--out: expected a path to an output file, got ''"],
    ['/', 'folder', "/: output folder: expected a path below the root folder, got the root folder '/'"],
    ['/proc/dctwin-out', 'folder', '/proc/dctwin-out: output folder: expected a path outside /proc and /sys, got a path in /proc'],
    ['/sys/kernel/x.json', 'file', '/sys/kernel/x.json: output file: expected a path outside /proc and /sys, got a path in /sys'],
  ] as const)('%j (%s)', (path, kind, message) => {
    expect(problem(path, kind, path)).toBe(message);
  });

  it('resolves symlinks of the existing part before the /proc check', () => {
    expect(problem('procfs/out', 'folder', 'procfs/out')).toBe("procfs/out: output folder: expected a path outside /proc and /sys, got '/proc/out' in /proc");
  });

  it('refuses an existing non-folder where a folder goes, and a folder where a file goes', () => {
    expect(problem('file.txt', 'folder', 'file.txt')).toBe('file.txt: output folder: expected a folder, got a file');
    expect(problem('link', 'folder', 'link')).toBe('link: output folder: expected a folder, got a symbolic link');
    expect(problem('mine', 'file', 'mine')).toBe('mine: output file: expected a regular file or no file, got a folder');
    expect(problem('link', 'file', 'link')).toBe('link: output file: expected a regular file or no file, got a symbolic link');
  });

  it('refuses a path under a file or a dangling symlink', () => {
    expect(problem('file.txt/out', 'folder', 'file.txt/out')).toBe(`file.txt/out: output folder: expected a path through folders, got a file at '${join(root, 'file.txt')}'`);
    expect(problem('dangling/out', 'folder', 'dangling/out')).toBe(
      `dangling/out: output folder: expected a path through folders, got a symbolic link to nothing at '${join(root, 'dangling')}'`,
    );
  });

  it('refuses a file in a missing folder', () => {
    expect(problem('no/dir/s.json', 'file', 'no/dir/s.json')).toBe(`no/dir/s.json: output file: expected a file in an existing folder, got no folder '${join(root, 'no/dir')}'`);
  });

  it('refuses a folder with a foreign entry', () => {
    expect(problem('mine', 'folder', 'mine')).toBe("mine: output folder: expected an empty folder or an earlier dctwin output, got a foreign entry 'thesis.tex' (dctwin replaces only folders it wrote)");
  });

  it('refuses a character device: /dev/null', () => {
    expect(problem('/dev/null', 'file')).toBe('/dev/null: output file: expected a regular file or no file, got a character device');
    expect(problem('/dev/null', 'folder')).toBe('/dev/null: output folder: expected a folder, got a character device');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO', () => {
    expect(problem('pipe', 'file', 'pipe')).toBe('pipe: output file: expected a regular file or no file, got a FIFO');
    expect(problem('pipe', 'folder', 'pipe')).toBe('pipe: output folder: expected a folder, got a FIFO');
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder the user may not write in (not as root)', () => {
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      expect(problem('locked/out', 'folder', 'locked/out')).toBe(`locked/out: output folder: expected a place dctwin may write in, got EACCES for the folder '${locked}'`);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('checkApart', () => {
  const shard = join(root, 'shard1');
  mkdirSync(shard, { recursive: true });
  const apart = (path: string) => {
    try {
      checkApart({ path, shown: 'OUT', kind: 'folder' }, [{ path: shard, shown: 'shard1' }]);
      return '';
    } catch (err) {
      return (err as Error).message;
    }
  };

  it('refuses the input folder itself, a path inside it and a folder holding it', () => {
    const where = 'OUT: output folder: expected a path apart from the input folders, got';
    expect(apart(shard)).toBe(`${where} the input folder 'shard1'`);
    expect(apart(join(root, 'link', '..', 'shard1'))).toBe(`${where} the input folder 'shard1'`);
    expect(apart(join(shard, 'merged'))).toBe(`${where} a path inside the input folder 'shard1'`);
    expect(apart(root)).toBe(`${where} a folder holding the input folder 'shard1'`);
    expect(apart(join(root, 'merged'))).toBe('');
    expect(apart(join(root, 'shard10'))).toBe('');
  });
});
