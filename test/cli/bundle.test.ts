/**
 * The esbuild bundle of the CLI (sim/cli/bundle.ts), built into a temp folder: it
 * answers like the sources (same version, same error lines and exit code), its
 * Monte Carlo worker threads find their entry, and zod's unused locales stay out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, CHUNK_DIR } from '../../sim/cli/bundle.js';
import { main } from '../../sim/cli/main.js';
import { VERSION } from '../../sim/cli/version.js';
import { fakeIo } from './fakeIo.js';

let out: string;
const cli = (...args: string[]) => spawnSync(process.execPath, [join(out, 'bin.js'), ...args], { encoding: 'utf8' });

beforeAll(async () => {
  // Inside the repository (git-ignored .tmp-*), so the externals (piscina, vega) resolve from node_modules.
  out = mkdtempSync(join(process.cwd(), '.tmp-bundle-test-'));
  await bundleCli(process.cwd(), out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the bundled CLI', () => {
  it('ends quietly, exit 0, when its reader closes the pipe early (`dctwin --help | head -1`): no EPIPE stack', async () => {
    const child = spawn(process.execPath, [join(out, 'bin.js'), '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the CLI writes a byte
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });

  it('prints the version', () => {
    const r = cli('--version');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  });

  it('reports a bad scenario with the same lines and exit code as the sources', async () => {
    const file = 'test/fixtures/bad/bad-currency.yaml';
    const io = fakeIo();
    const code = await main(['validate', file], io);
    const r = cli('validate', file);
    expect(r.status).toBe(code);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(io.err());
  });

  it('runs Monte Carlo samples on worker threads (the bundled worker beside its chunk)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-bundle-mc-'));
    try {
      const r = cli('run', 'test/fixtures/montecarlo/physics.yaml', '--no-report', '--json', '--out', join(dir, 'o'), '--samples', '3', '--threads', '2');
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).monteCarlo.samples).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves zod's locales out and keeps the worker in the chunk folder", () => {
    const chunks = readdirSync(join(out, CHUNK_DIR));
    expect(chunks).toContain('worker.js');
    for (const c of chunks) expect(readFileSync(join(out, CHUNK_DIR, c), 'utf8')).not.toContain('zod/v4/locales/de.js');
  });
});
