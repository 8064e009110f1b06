/** `dctwin schema`: stdout, and --out written atomically. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { scenarioJsonSchema } from '../../sim/scenario/schema.js';
import { fakeIo } from './fakeIo.js';

describe('dctwin schema', () => {
  it('prints the JSON Schema to stdout', async () => {
    const io = fakeIo();
    expect(await main(['schema'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(scenarioJsonSchema());
    expect(io.err()).toBe('');
  });

  it('--out writes the file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-schema-'));
    const io = fakeIo(dir);
    expect(await main(['schema', '--out', 'scenario.schema.json'], io)).toBe(0);
    expect(io.out()).toBe('wrote scenario.schema.json\n');
    expect(readdirSync(dir)).toEqual(['scenario.schema.json']);
    expect(JSON.parse(readFileSync(join(dir, 'scenario.schema.json'), 'utf8'))).toEqual(scenarioJsonSchema());
  });

  it('--out into a missing folder: exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-schema-'));
    const io = fakeIo(dir);
    expect(await main(['schema', '--out', 'no/such/dir/s.json'], io)).toBe(2);
    expect(io.err()).toBe(`error: no/such/dir/s.json: output file: expected a file in an existing folder, got no folder '${join(dir, 'no/such/dir')}'\n`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('dctwin schema --out: only a regular file or none is replaced', () => {
  async function schemaOut(cwd: string, out: string) {
    const io = fakeIo(cwd);
    const code = await main(['schema', '--out', out], io);
    return { code, out: io.out(), err: io.err() };
  }

  it('refuses /dev/null, which stays a character device', async () => {
    const r = await schemaOut(process.cwd(), '/dev/null');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('error: /dev/null: output file: expected a regular file or no file, got a character device\n');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a FIFO (made with mkfifo; skipped without it), which stays a FIFO', async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-schema-'));
    try {
      execFileSync('mkfifo', [join(dir, 'pipe')]);
    } catch {
      ctx.skip();
    }
    const r = await schemaOut(dir, 'pipe');
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: pipe: output file: expected a regular file or no file, got a FIFO\n');
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('refuses a symlink (its target unchanged) and a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-schema-'));
    writeFileSync(join(dir, 'target.json'), 'mine');
    symlinkSync('target.json', join(dir, 'link.json'));
    mkdirSync(join(dir, 'folder'));
    const link = await schemaOut(dir, 'link.json');
    expect(link.code).toBe(2);
    expect(link.err).toBe('error: link.json: output file: expected a regular file or no file, got a symbolic link\n');
    expect(readlinkSync(join(dir, 'link.json'))).toBe('target.json');
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('mine');
    const folder = await schemaOut(dir, 'folder');
    expect(folder.code).toBe(2);
    expect(folder.err).toBe('error: folder: output file: expected a regular file or no file, got a folder\n');
    expect(readdirSync(dir).sort()).toEqual(['folder', 'link.json', 'target.json']);
  });

  it("refuses '', / and a path under /proc with exit 2; replaces an existing regular file", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-schema-'));
    expect((await schemaOut(dir, '')).err).toBe("error: --out: expected a path to an output file, got ''\n");
    expect((await schemaOut(dir, '/')).err).toBe("error: /: output file: expected a path below the root folder, got the root folder '/'\n");
    const proc = await schemaOut(dir, '/proc/self/dctwin.json');
    expect(proc.code).toBe(2);
    expect(proc.err).toBe('error: /proc/self/dctwin.json: output file: expected a path outside /proc and /sys, got a path in /proc\n');
    writeFileSync(join(dir, 'old.json'), 'old');
    expect((await schemaOut(dir, 'old.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8'))).toEqual(scenarioJsonSchema());
    expect(readdirSync(dir)).toEqual(['old.json']);
  });

  it("a write failure is exit 2 naming the file, and a temporary file that is not its own stays", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-schema-'));
    const temp = join(dir, `.s.json.${process.pid}.tmp`);
    writeFileSync(temp, 'not ours');
    const r = await schemaOut(dir, 's.json');
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: s.json: output file: expected a place dctwin can write, got EEXIST\n');
    expect(readFileSync(temp, 'utf8')).toBe('not ours');
    expect(readdirSync(dir)).toEqual([`.s.json.${process.pid}.tmp`]);
  });
});
