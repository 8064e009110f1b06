/**
 * `dctwin run` through main(argv, io), in process: bad inputs exit 2 with one
 * `error:` line naming the file and line (or the field path / flag), no stack
 * trace and no output folder; a good small run exits 0 and writes summary.json.
 * Fixtures: test/fixtures/bad-run/ (small.yaml and trace.yaml are valid; the
 * others break one thing each). Truncated weather and a broken trace are
 * written to a temporary folder by the test itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { truncateSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';
import { isAlive } from '../../reports/staleTemp.js';

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

describe('dctwin run --out: never loses a file, fails before simulating', () => {
  /** `dctwin run ARGS` with the working directory `cwd`; one line of stderr expected on failure. */
  async function runIn(cwd: string, args: string[]) {
    const io = fakeIo(cwd);
    const code = await main(['run', ...args, '--no-report'], io);
    return { code, out: io.out(), err: io.err() };
  }
  const small = join(process.cwd(), DIR, 'small.yaml');
  const foreign = (shown: string, entry: string) =>
    `error: ${shown}: output folder: expected an empty folder or an earlier dctwin output, got a foreign entry '${entry}' (dctwin replaces only folders it wrote)\n`;
  /** A fresh folder under tmp holding an earlier summary.json and `extra` files. */
  function earlierOutput(name: string, extra: Record<string, string | Buffer>): string {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'summary.json'), '{"earlier":true}\n');
    for (const [file, content] of Object.entries(extra)) writeFileSync(join(dir, file), content);
    return dir;
  }
  const leftovers = (dir: string) => readdirSync(dir).filter((n) => /\.(tmp|old)-\d+$/.test(n));

  it("keeps a user's notes beside summary.json byte for byte: exit 2 naming them, nothing written", async () => {
    const notes = Buffer.from('notes \x00\xff\n', 'latin1');
    const dir = earlierOutput('keep-notes', { 'notes.txt': notes });
    const r = await runIn(tmp, [small, '--out', 'keep-notes']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(foreign('keep-notes', 'notes.txt'));
    expect(readFileSync(join(dir, 'notes.txt')).equals(notes)).toBe(true);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('{"earlier":true}\n');
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'summary.json']);
    expect(leftovers(tmp)).toEqual([]);
  });

  it('keeps the scenario file itself kept in the output folder', async () => {
    const dir = earlierOutput('keep-scenario', {});
    copyFileSync(small, join(dir, 'small.yaml'));
    const r = await runIn(tmp, [small, '--out', 'keep-scenario']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(foreign('keep-scenario', 'small.yaml'));
    expect(readFileSync(join(dir, 'small.yaml'), 'utf8')).toBe(readFileSync(small, 'utf8'));
  });

  it('checks --out before loading the scenario: a bad --out is the only error, even beside an invalid scenario', async () => {
    earlierOutput('keep-first', { 'thesis.tex': 'x' });
    const r = await runIn(tmp, [join(process.cwd(), DIR, 'unknown-key.yaml'), '--out', 'keep-first']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(foreign('keep-first', 'thesis.tex'));
  });

  it('checks the default folder out/<scenario>/ before simulating', async () => {
    const cwd = join(tmp, 'default-cwd');
    const dir = join(cwd, 'out', 'small-run');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'analysis.ipynb'), '{}');
    const r = await runIn(cwd, [small]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(foreign(dir, 'analysis.ipynb'));
    expect(readdirSync(dir)).toEqual(['analysis.ipynb']);
  });

  it.each([
    ['', "error: --out: expected a path to an output folder, got ''\n"],
    ['/', "error: /: output folder: expected a path below the root folder, got the root folder '/'\n"],
    ['a-file', 'error: a-file: output folder: expected a folder, got a file\n'],
    ['a-file/out', () => `error: a-file/out: output folder: expected a path through folders, got a file at '${join(tmp, 'a-file')}'\n`],
    ['/proc/dctwin-out', 'error: /proc/dctwin-out: output folder: expected a path outside /proc and /sys, got a path in /proc\n'],
    ['/sys/dctwin-out', 'error: /sys/dctwin-out: output folder: expected a path outside /proc and /sys, got a path in /sys\n'],
    ['/dev/null', 'error: /dev/null: output folder: expected a folder, got a character device\n'],
  ])('--out %j: exit 2 with one line, before simulating (a valid scenario)', async (out, message) => {
    writeFileSync(join(tmp, 'a-file'), 'mine');
    const r = await runIn(tmp, [small, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(typeof message === 'string' ? message : message());
    expect(readFileSync(join(tmp, 'a-file'), 'utf8')).toBe('mine');
  });

  it("the next run into the same place clears a killed run's temporary folder, and only that", async () => {
    const deadPid = Array.from({ length: 1000 }, (_, i) => 4_194_304 - i).find((pid) => !isAlive(pid))!;
    const parent = join(tmp, 'stale');
    const out = join(parent, 'run');
    for (const [name, file] of [[`run.tmp-${deadPid}`, 'summary.json'], [`run.tmp-${process.ppid}`, 'summary.json'], [`run.old-${deadPid}`, 'notes.txt']]) {
      mkdirSync(join(parent, name), { recursive: true });
      writeFileSync(join(parent, name, file), 'left behind');
    }
    const r = await runIn(tmp, [small, '--out', out]);
    expect(r.code, r.err).toBe(0);
    // the dead run's folder is gone; a live process's and one with a user's file stay
    expect(readdirSync(parent).sort()).toEqual(['run', `run.old-${deadPid}`, `run.tmp-${process.ppid}`].sort());
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).scenario).toBe('small-run');
  });
});

describe('dctwin run: files that are not regular, too large, or quote control characters', () => {
  // A FIFO or /dev/zero that were opened would block or read forever: these tests would hang.
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dctwin-run-files-'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    execFileSync('mkfifo', [join(dir, 'pipe.epw')]);
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    writeFileSync(join(dir, 'sparse.epw'), '');
    truncateSync(join(dir, 'sparse.epw'), 2 * 1024 ** 3); // 2 GiB, sparse
    const small = readFileSync(`${DIR}/small.yaml`, 'utf8');
    writeFileSync(join(dir, 'sparse.yaml'), small.replace(/^( {2}weather:).*$/m, '$1 sparse.epw'));
    writeFileSync(join(dir, 'pipe-weather.yaml'), small.replace(/^( {2}weather:).*$/m, '$1 pipe.epw'));
    writeFileSync(join(dir, 'esc.csv'), 'name,submit,end,gpus\na,0,100,1\nb,10,50,t\x1b[2Jwo\u202e\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('run /dev/zero: a character device, never read', async () => {
    await expectRejected(['/dev/zero'], /^error: \/dev\/zero: expected an existing scenario file \(YAML or JSON\), got a character device$/);
  });

  it('a FIFO or a folder as the scenario', async () => {
    await expectRejected([join(dir, 'pipe.yaml')], /^error: .*pipe\.yaml: expected an existing scenario file \(YAML or JSON\), got a FIFO \(named pipe\)$/);
    await expectRejected([dir], /^error: .*dctwin-run-files-\w+: expected an existing scenario file \(YAML or JSON\), got a folder$/);
  });

  it('a sparse 2 GiB weather file named by the scenario: refused by its size, with the line', async () => {
    await expectRejected([join(dir, 'sparse.yaml')],
      /^error: .*sparse\.yaml:10: site\.weather: expected a weather file of at most 64 MiB, got 'sparse\.epw', a file of 2 GiB \(2147483648 bytes\) \(at .*sparse\.epw\)$/);
  });

  it('a FIFO as the weather file or the trace', async () => {
    await expectRejected([join(dir, 'pipe-weather.yaml')],
      /^error: .*pipe-weather\.yaml:10: site\.weather: expected an existing weather file, got 'pipe\.epw', a FIFO \(named pipe\) \(at .*pipe\.epw\)$/);
    await expectRejected([`${DIR}/trace.yaml`, '--set', `workload.jobs.trace.path=${join(dir, 'pipe.csv')}`],
      /^error: .*trace\.yaml: workload\.jobs\.trace\.path: expected an existing job trace CSV, got '.*pipe\.csv', a FIFO \(named pipe\) \(at .*\) \(from --set\)$/);
  });

  it('a trace field with an ESC byte and a bidi override is quoted escaped', async () => {
    const r = await run(`${DIR}/trace.yaml`, '--set', `workload.jobs.trace.path=${join(dir, 'esc.csv')}`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: .*esc\.csv:3: column 'gpus': expected a whole number >= 0, got 't\\x1b\[2Jwo\\u\{202e\}'\n$/);
    expect(r.err).not.toMatch(/[\x1b\u202e]/);
  });
});
