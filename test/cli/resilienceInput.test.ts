/**
 * A bad `resilience:` block end to end: `dctwin run` and `dctwin validate` through main(argv, io) exit 2 with
 * every problem on stderr (file, line, path, expected, got), nothing on stdout, no output folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const EVENT = 'test/fixtures/bad/resilience-event.yaml';
const LIMITS = 'test/fixtures/bad/resilience-limits.yaml';
let tmp = '';
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'dctwin-resilience-input-')); });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('dctwin run / validate: a bad resilience block exits 2', () => {
  it('run: the three bad event fields, one error line each, no output folder', async () => {
    const outDir = join(tmp, 'out');
    expect(await run('run', EVENT, '--out', outDir, '--no-report')).toEqual({
      code: 2,
      out: '',
      err:
        `error: ${EVENT}:20: resilience.events[0].at: expected 'hottest' or a local time like '07-22T14:00' (or 'year 2 07-22T14:00'), got '13-40T99:00'\n` +
        `error: ${EVENT}:21: resilience.events[0].fail: expected a component class (chiller, coolingTowerCell, dryCoolerFanBank, cduPump, crah, upsModule, transformer, utilityFeed; or cdu, tower, dryCooler, ups, utility), got 'pump'\n` +
        `error: ${EVENT}:22: resilience.events[0].for: expected a duration with a unit like '15 min' between 60 s and 31536000 s, got '-2 h'\n`,
    });
    expect(existsSync(outDir)).toBe(false);
  });

  it('validate: limits out of order', async () => {
    expect(await run('validate', LIMITS)).toEqual({
      code: 2,
      out: '',
      err: `error: ${LIMITS}:19: resilience.limits: expected throttleInlet below shutdownInlet, got 45 and 40 degC\n`,
    });
  });

  it('validate: a bad value given with --set is marked as such', async () => {
    const r = await run('validate', LIMITS, '--set', 'resilience.limits.shutdownInlet=50 degC', '--set', 'resilience.throttle=5 %');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: test\/fixtures\/bad\/resilience-limits\.yaml: resilience\.throttle: expected .*, got '5 %' \(from --set\)\n$/);
  });
});
