/**
 * A YAML alias in a `--set` value (unresolved, or an alias bomb) is input the
 * user can fix: exit 2 naming the flag, in run, validate and sweep (issue 10,
 * item 8), never exit 1 "internal error".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const FILE = 'test/fixtures/scenarios/minimal.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'dctwin-set-alias-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const letter = (i: number) => String.fromCharCode(97 + i);
/** `[&a [x, x], &b [*a, *a], ...]`: 2^20 leaves if expanded. */
const BOMB = `[&a [x, x], ${Array.from({ length: 19 }, (_, i) => `&${letter(i + 1)} [*${letter(i)}, *${letter(i)}]`).join(', ')}]`;
const refused = (flag: string) => `error: --set ${flag}: expected a plain value (YAML aliases are not allowed in --set), got '`;

async function cli(...argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('--set with a YAML alias: exit 2 with the flag named', () => {
  it('validate', async () => {
    expect(await cli('validate', FILE, '--set', 'site.gridCarbon=*a')).toEqual({
      code: 2,
      out: '',
      err: `${refused('site.gridCarbon=*a')}*a'\n`,
    });
    const bomb = await cli('validate', FILE, '--set', `site.name=${BOMB}`);
    expect(bomb.code).toBe(2);
    expect(bomb.err).toBe(`${refused(`site.name=${BOMB}`)}${BOMB}'\n`);
  });

  it('run', async () => {
    const r = await cli('run', FILE, '--set', 'site.gridCarbon=*a', '-o', join(tmp, 'run'), '--no-report');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${refused('site.gridCarbon=*a')}*a'\n`);
    const bomb = await cli('run', FILE, '--set', `site.name=${BOMB}`, '-o', join(tmp, 'run'), '--no-report');
    expect(bomb.code).toBe(2);
    expect(bomb.err).not.toMatch(/internal error/);
  });

  it('sweep: the message names the whole flag as typed', async () => {
    const r = await cli('sweep', FILE, '--set', 'workload.nodes.count=*a,2', '-o', join(tmp, 'sweep'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${refused('workload.nodes.count=*a,2')}*a'\n`);
  });
});
