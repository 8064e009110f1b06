/**
 * `dctwin run` through main(argv, io), in process: bad inputs exit 2 with one
 * `error:` line naming the file and line (or the field path / flag), no stack
 * trace and no output folder; a good small run exits 0 and writes summary.json.
 * Fixtures: test/fixtures/bad-run/ (small.yaml and trace.yaml are valid; the
 * others break one thing each). Truncated weather and a broken trace are
 * written to a temporary folder by the test itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const DIR = 'test/fixtures/bad-run';
const HANGZHOU = 'scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw';
let tmp = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dctwin-run-test-'));
  // The EPW header is 8 lines; keep 100 hourly records of 8760.
  const epw = readFileSync(HANGZHOU, 'utf8').split('\n');
  writeFileSync(join(tmp, 'truncated.epw'), `${epw.slice(0, 108).join('\n')}\n`);
  writeFileSync(join(tmp, 'bad-trace.csv'), 'name,submit,end,gpus\na,0,100,1\nb,10,50,two\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = fakeIo();
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
  const code = await main(['run', ...args, '--out', out, '--no-report'], io);
  return { code, out: io.out(), err: io.err(), outDir: out };
}

/** Exit 2, nothing on stdout, exactly one `error:` line matching `line`, no stack, no output folder. */
async function expectRejected(args: string[], line: RegExp) {
  const r = await run(...args);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  const lines = r.err.split('\n').filter((l) => l !== '' && !l.startsWith('warning: '));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
  expect(r.err).not.toMatch(/\n\s+at |internal error/);
  expect(existsSync(r.outDir)).toBe(false);
}

describe('dctwin run: bad input exits 2, one line, no output folder', () => {
  it('unknown key: file, line, path and the key it meant', async () => {
    await expectRejected([`${DIR}/unknown-key.yaml`],
      /^error: test\/fixtures\/bad-run\/unknown-key\.yaml:11: site: unknown field 'controlStpe' \(did you mean 'controlStep'\?\)$/);
  });

  it('wrong unit: file, line, path, expected and got', async () => {
    await expectRejected([`${DIR}/wrong-unit.yaml`],
      /^error: test\/fixtures\/bad-run\/wrong-unit\.yaml:10: site\.gridCarbon: expected an emission factor .*, got '5 kW'$/);
  });

  it('negative count', async () => {
    await expectRejected([`${DIR}/negative-count.yaml`],
      /^error: test\/fixtures\/bad-run\/negative-count\.yaml:12: workload\.nodes\.count: expected a whole number of at least 1, got -20$/);
  });

  it('missing weather file (from --set): path and where it looked', async () => {
    await expectRejected([`${DIR}/small.yaml`, '--set', 'site.weather=weather/missing.epw'],
      /^error: test\/fixtures\/bad-run\/small\.yaml: site\.weather: expected an existing weather file, got 'weather\/missing\.epw' .*\(from --set\)$/);
  });

  it('truncated EPW: the weather file and its last line', async () => {
    await expectRejected([`${DIR}/small.yaml`, '--set', `site.weather=${join(tmp, 'truncated.epw')}`],
      /^error: .*truncated\.epw:108: record: expected 8760 hourly records, got 100\b/);
  });

  it('malformed trace line: the trace file, its line and column', async () => {
    await expectRejected([`${DIR}/trace.yaml`, '--set', `workload.jobs.trace.path=${join(tmp, 'bad-trace.csv')}`],
      /^error: .*bad-trace\.csv:3: column 'gpus': expected a whole number >= 0, got 'two'$/);
  });

  it('bad --seed: not a number, negative, fractional', async () => {
    for (const seed of ['abc', '-1', '1.5']) {
      await expectRejected([`${DIR}/small.yaml`, '--seed', seed], new RegExp(`^error: --seed: expected a whole number .*, got '${seed.replace('.', '\\.')}'$`));
    }
  });
});

describe('dctwin run: a good small run', () => {
  it('exit 0, summary.json written, every design in the stdout table', async () => {
    const r = await run(`${DIR}/small.yaml`);
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/^error:/m);
    const summary = JSON.parse(readFileSync(join(r.outDir, 'summary.json'), 'utf8'));
    expect(summary.scenario).toBe('small-run');
    expect(summary.designs.map((d: { id: string }) => d.id)).toEqual(['liquid-pod', 'air-cooled']);
    for (const d of summary.designs) expect(d.metrics.pue).toBeGreaterThan(1);
    const header = r.out.split('\n').find((l) => l.includes('liquid-pod'));
    expect(header).toMatch(/liquid-pod\s+air-cooled/);
    expect(r.out).toContain(`Wrote ${r.outDir}/`);
    expect(existsSync(join(r.outDir, 'hourly.csv'))).toBe(true);
    expect(existsSync(join(r.outDir, 'report.html'))).toBe(false); // --no-report
  });

  it('the trace fixture runs as given (so the broken-trace case fails only on the bad line)', async () => {
    const r = await run(`${DIR}/trace.yaml`, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).designs).toHaveLength(2);
  });
});
