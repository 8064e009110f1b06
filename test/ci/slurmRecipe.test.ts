/**
 * The README's Slurm job-array recipe as CI takes it (`.ci/slurm/sweep-array.sh --readme-only`):
 * the job-array script and the submit block are found in README.md, the sweep they shard is
 * known (the unsharded command CI compares the merged result with), and a README edit that
 * would break the recipe fails `npm test` with a message, not only the Slurm step of CI
 * (which needs a cluster; .ci/run starts one after the tests).
 * Known failure kept as a case: before, the submit block did not create logs/, and on a real
 * cluster every task failed at launch (Slurm's "Could not open stdout file", exit 0:53).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const README = readFileSync('README.md', 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'dctwin-slurm-recipe-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the script's README check against `readme` (the repository's by default). */
function checkReadme(readme?: string) {
  let root = resolve('.');
  if (readme !== undefined) {
    root = mkdtempSync(join(scratch, 'repo-'));
    mkdirSync(join(root, '.ci'));
    cpSync(resolve('.ci/slurm'), join(root, '.ci/slurm'), { recursive: true });
    writeFileSync(join(root, 'README.md'), readme);
  }
  const r = spawnSync('bash', [join(root, '.ci/slurm/sweep-array.sh'), '--readme-only'], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** README.md with one edit, which must change it (else the case would test nothing). */
function edited(pattern: RegExp, replacement: string): string {
  const text = README.replace(pattern, replacement);
  expect(text, `${pattern} matches README.md`).not.toBe(README);
  return text;
}

describe('the README Slurm recipe CI runs', () => {
  it('is found: the job-array script, its file name and the sweep it shards', () => {
    const r = checkReadme();
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('script: sweep.sbatch\n');
    const unsharded = /^unsharded: (.*)$/m.exec(r.out)?.[1] ?? '';
    expect(unsharded).toMatch(/^npx dctwin sweep scenarios\/default\.yaml --set /);
    expect(unsharded).not.toMatch(/--shard|--out/);
  });

  it('fails, naming the folder, when the submit block does not create the tasks\' log folder', () => {
    const r = checkReadme(edited(/^mkdir -p logs.*\n/m, ''));
    expect(r.code).toBe(1);
    expect(r.err).toContain('writes into logs/ but the submit block does not create it');
  });

  it('fails with a message when the submit block is gone', () => {
    const r = checkReadme(edited(/sbatch --parsable/g, 'sbatch'));
    expect(r.code).toBe(1);
    expect(r.err).toContain("expected exactly one code block with 'sbatch --parsable'");
  });

  it('fails when the job-array script runs no sweep', () => {
    const r = checkReadme(edited(/(#SBATCH --output=.*\n)npx dctwin sweep /, '$1true '));
    expect(r.code).toBe(1);
    expect(r.err).toContain("expected exactly one 'npx dctwin sweep' command");
  });
});
