/**
 * linkLocalBin: after `npm ci` (prepare), node_modules/.bin/dctwin points at the built
 * CLI and the CLI is executable, so npx runs it as it is (no install into the npx
 * cache, no second build). Only our own link is replaced; a user's file is kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkLocalBin, LOCAL_BIN_TARGET } from '../../sim/cli/localBin.js';

const roots: string[] = [];
function fakeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'dctwin-localbin-'));
  roots.push(root);
  mkdirSync(join(root, 'dist', 'sim', 'cli'), { recursive: true });
  writeFileSync(join(root, 'dist', 'sim', 'cli', 'bin.js'), '#!/usr/bin/env node\n', { mode: 0o644 });
  return root;
}
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});
const link = (root: string) => join(root, 'node_modules', '.bin', 'dctwin');

describe('linkLocalBin', () => {
  it('links node_modules/.bin/dctwin to the built CLI and makes it executable', () => {
    const root = fakeRoot();
    expect(linkLocalBin(root)).toBe('linked');
    expect(readlinkSync(link(root))).toBe(LOCAL_BIN_TARGET);
    expect(statSync(link(root)).isFile()).toBe(true); // the link resolves
    expect(statSync(join(root, 'dist', 'sim', 'cli', 'bin.js')).mode & 0o111).toBe(0o111);
    expect(linkLocalBin(root)).toBe('kept');
  });

  it('replaces a stale link of ours, never a regular file of the user', () => {
    const root = fakeRoot();
    mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
    symlinkSync('../somewhere/else.js', link(root));
    expect(linkLocalBin(root)).toBe('linked');
    expect(readlinkSync(link(root))).toBe(LOCAL_BIN_TARGET);
    rmSync(link(root));
    writeFileSync(link(root), 'mine');
    expect(linkLocalBin(root)).toBe('foreign');
    expect(lstatSync(link(root)).isSymbolicLink()).toBe(false);
    expect(readFileSync(link(root), 'utf8')).toBe('mine');
  });

  it('package.json declares no bin (npm 11 npx would install the project into its cache on each call)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin?: unknown; scripts: Record<string, string> };
    expect(pkg.bin).toBeUndefined();
    expect(pkg.scripts.prepare).toContain('dist/sim/cli/bundle.js');
  });
});
