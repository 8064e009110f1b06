/**
 * Every command the README documents (`npx dctwin …`, and `dctwin …` lines of its code
 * blocks) and every example in a command's
 * --help runs, as written, and exits 0 — in a temporary working folder that sees the
 * project's scenarios/, so outputs never land in the repository. The `e.g.` value of each
 * `--set` option is a real path too. (Before: the README's first `--set` example and the
 * --help examples named `designs[0].racks.count`, which does not exist: exit 2.)
 * A command repeated by a Slurm job array runs once per array task.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';
import { documentedCommands, expandWords } from './documentedCommands.js';

const cwd = mkdtempSync(join(tmpdir(), 'dctwin-documented-'));
symlinkSync(resolve('scenarios'), join(cwd, 'scenarios'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function dctwin(argv: string[]) {
  const io = fakeIo(cwd);
  const code = await main(argv, io);
  return { code, err: io.err() };
}

/** Runs one documented command; a Slurm array command once per task (its `--shard K/N`). */
async function runDocumented(words: string[], text: string) {
  const arrayTask = words.some((w) => w.includes('\0$SLURM_ARRAY_TASK_ID\0'));
  const first = expandWords(words, { SLURM_ARRAY_TASK_ID: '1' }, cwd);
  const tasks = arrayTask ? Number(/^1\/(\d+)$/.exec(first[first.indexOf('--shard') + 1])?.[1]) : 1;
  expect(tasks, `${text}: a job array command needs --shard "\${SLURM_ARRAY_TASK_ID}/N"`).toBeGreaterThan(0);
  for (let task = 1; task <= tasks; task++) {
    const argv = expandWords(words, { SLURM_ARRAY_TASK_ID: String(task) }, cwd);
    const r = await dctwin(argv);
    expect(r.code, `${text}\n(task ${task}) ${r.err}`).toBe(0);
  }
}

describe('the README', () => {
  // `npx dctwin` alone, in prose, names the tool: not a command to run.
  const commands = documentedCommands(readFileSync('README.md', 'utf8')).filter((c) => c.words.length > 0);

  it('documents runnable commands only (no … placeholders)', () => {
    expect(commands.length).toBeGreaterThan(8);
    for (const c of commands) expect(c.text, 'write the whole command').not.toContain('…');
  });

  it('every `npx dctwin …` command exits 0, in order (shards before their merge)', async () => {
    const seen = new Set<string>();
    for (const c of commands) {
      const key = c.words.join('\u0001');
      if (seen.has(key)) continue;
      seen.add(key);
      await runDocumented(c.words, c.text);
    }
  });
});

describe('--help', () => {
  const COMMANDS = ['run', 'sites', 'validate', 'sweep', 'climate', 'compare', 'merge', 'report', 'schema'];

  it('every example under "Examples:" exits 0', async () => {
    let examples = 0;
    for (const name of COMMANDS) {
      const io = fakeIo(cwd);
      expect(await main([name, '--help'], io)).toBe(0);
      const lines = [...io.out().matchAll(/^ {2}(dctwin .*)$/gm)].map((m) => `npx ${m[1]}`);
      for (const c of documentedCommands(lines.join('\n'))) {
        examples++;
        await runDocumented(c.words, `${name} --help: ${c.text}`);
      }
    }
    expect(examples).toBeGreaterThanOrEqual(6);
  });

  it("each --set option's e.g. path=value validates against the default scenario", async () => {
    for (const name of ['run', 'validate', 'sweep']) {
      const io = fakeIo(cwd);
      await main([name, '--help'], io);
      const example = /--set <[^>]+>\s+.*?e\.g\. (\S+)/s.exec(io.out())?.[1];
      expect(example, `${name} --help has a --set example`).toBeDefined();
      const [path, values] = example!.split('=');
      for (const v of values.split(',')) {
        const r = await dctwin(['validate', 'scenarios/default.yaml', '--set', `${path}=${v}`]);
        expect(r.code, `${name} --help: --set ${path}=${v}: ${r.err}`).toBe(0);
      }
    }
  });
});
