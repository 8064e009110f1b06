/**
 * `dctwin climate` through main(argv, io): output, JSON, exit codes 0 and 2 and their messages.
 * Only the climate command is registered (others may be mid-edit); main's error mapping is real.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../sim/cli/io.js';

vi.mock('../../sim/cli/commands/index.js', async () => ({
  COMMANDS: [(await import('../../sim/cli/commands/climate.js')).climateCommand],
}));

const { main } = await import('../../sim/cli/main.js');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HANGZHOU = 'scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw';

function fakeIo(): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: root, isTTY: false, out: () => out, err: () => err };
}

async function run(...argv: string[]) {
  const io = fakeIo();
  const code = await main(['climate', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

/** Monthly mean of a 0-based EPW column, straight from the text. */
function monthlyMeans(column: number): number[] {
  const sum = Array(12).fill(0);
  const n = Array(12).fill(0);
  for (const line of readFileSync(join(root, HANGZHOU), 'utf8').split(/\r?\n/).slice(8)) {
    const f = line.split(',');
    if (f.length < 10) continue;
    sum[Number(f[1]) - 1] += Number(f[column]);
    n[Number(f[1]) - 1]++;
  }
  return sum.map((s, m) => s / n[m]);
}

describe('dctwin climate', () => {
  it("on the Hangzhou file agrees with the monthly means computed directly from the file's columns", async () => {
    const { code, out } = await run(HANGZHOU, '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(out) as { months: { meanDryBulbC: number; hours: number }[]; station: { name: string } };
    expect(summary.station.name).toBe('Hangzhou');
    const expected = monthlyMeans(6);
    summary.months.forEach((m, k) => expect(m.meanDryBulbC).toBeCloseTo(expected[k], 9));
  });

  it('prints a monthly table with thresholds, free-cooling hours and design conditions', async () => {
    const { code, out, err } = await run(HANGZHOU, '--supply', '32degC', '--approach', '6K', '--above-drybulb', '30degC,35degC', '--design');
    expect(code).toBe(0);
    expect(out).toMatch(/^Hangzhou, Zhejiang, CHN \(CSWD, WMO 584570\)/);
    expect(out).toContain('h DB>30.0');
    expect(out).toContain('free h: hours with wet bulb + 6.0 K approach <= 32.0 degC supply');
    expect(out.split('\n').filter((l) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|year) /.test(l))).toHaveLength(13);
    expect(out).toContain('not the ASHRAE station table');
    expect(out).toMatch(/cooling 0\.4 %: dry bulb \d+\.\d degC, mean coincident wet bulb \d+\.\d degC/);
    expect(err).toContain(`warning: ${HANGZHOU}: capped relative humidity above 100 %`);
  });

  it('--design states the design point of each site.designBasis, its margin to the supply and the site air (issue 12 item 7)', async () => {
    const { code, out } = await run(HANGZHOU, '--supply', '32degC', '--approach', '6K', '--basis', 'drybulb', '--design');
    expect(code).toBe(0);
    // the file's hottest hour 37.0 degC + 6 K = 43.0 degC leaving water, 11.0 K above the 32 degC supply
    expect(out).toContain('file-extreme: dry bulb 37.0 degC (0 h above), wet bulb 28.7 degC (0 h above); leaving 43.0 degC, 11.0 K above the 32.0 degC supply');
    expect(out).toMatch(/ {2}1%: dry bulb 34\.3 degC \(86 h above\)/);
    expect(out).toMatch(/evaporation 2\.0 %: wet bulb \d+\.\d degC/);
    expect(out).toContain('air at the site: 100.8 kPa (standard atmosphere at the elevation)');
    // the ASHRAE 2009 station values of the file's header: 20-year dry bulb 40.1 degC, 0.4 % evaporation wet bulb 28.2 degC
    expect(out).toContain('station-20-year: dry bulb 40.1 degC (0 h above), wet bulb 28.2 degC (16 h above)');
  });

  it('counts more free-cooling hours on the wet bulb than on the dry bulb at the same approach', async () => {
    const hours = async (basis: string) => {
      const { out } = await run(HANGZHOU, '--json', '--supply', '20 degC', '--approach', '5 K', '--basis', basis);
      return (JSON.parse(out) as { year: { freeCoolingHours: number } }).year.freeCoolingHours;
    };
    expect(await hours('wetbulb')).toBeGreaterThan(await hours('drybulb'));
  });

  it('exits 2 with one error line for a bad flag value', async () => {
    const bad = await run(HANGZHOU, '--supply', 'x');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("error: --supply: expected a temperature with a unit like '27 degC', got 'x'\n");
    const degC = await run(HANGZHOU, '--supply', '30 degC', '--approach', '6 degC');
    expect(degC.code).toBe(2);
    expect(degC.err).toContain('error: --approach: expected a temperature difference in K');
    const basis = await run(HANGZHOU, '--supply', '30 degC', '--basis', 'air');
    expect(basis.err).toBe("error: --basis: expected wetbulb or drybulb, got 'air'\n");
    const alone = await run(HANGZHOU, '--approach', '6 K');
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('error: --approach: expected --supply too');
  });

  it('exits 2 for a missing or unsupported weather file, naming it as typed', async () => {
    const missing = await run('scenarios/weather/nowhere.epw');
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toBe('error: scenarios/weather/nowhere.epw: expected an existing weather file, got no such file\n');
    const csv = await run('package.json');
    expect(csv.err).toBe("error: package.json: weather file: expected an EnergyPlus .epw or a Modelica .mos file, got '.json'\n");
  });

  it('exits 2 when the file argument is missing (commander prints the usage error)', async () => {
    const { code, err } = await run();
    expect(code).toBe(2);
    expect(err).toContain("missing required argument 'file'");
  });
});

describe('dctwin climate: a weather file that is not a regular file within the cap', () => {
  // The FIFO would block the test if it were opened; the sparse file would take seconds to read.
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dctwin-climate-'));
    execFileSync('mkfifo', [join(dir, 'pipe.epw')]);
    mkdirSync(join(dir, 'folder.epw'));
    writeFileSync(join(dir, 'sparse.epw'), '');
    truncateSync(join(dir, 'sparse.epw'), 2 * 1024 ** 3); // 2 GiB, sparse
    const lines = readFileSync(join(root, HANGZHOU), 'utf8').split('\n');
    lines[0] = lines[0].replace('Hangzhou', 'Hang\x1b]0;pwned\x07zhou');
    writeFileSync(join(dir, 'esc.epw'), lines.join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 naming a FIFO, a folder and a sparse 2 GiB file for what they are', async () => {
    const pipe = await run(join(dir, 'pipe.epw'));
    expect(pipe).toEqual({ code: 2, out: '', err: `error: ${join(dir, 'pipe.epw')}: expected an existing weather file, got a FIFO (named pipe)\n` });
    const folder = await run(join(dir, 'folder.epw'));
    expect(folder.err).toBe(`error: ${join(dir, 'folder.epw')}: expected an existing weather file, got a folder\n`);
    const sparse = await run(join(dir, 'sparse.epw'));
    expect(sparse).toEqual({
      code: 2,
      out: '',
      err: `error: ${join(dir, 'sparse.epw')}: expected a weather file of at most 64 MiB, got a file of 2 GiB (2147483648 bytes)\n`,
    });
  });

  it('prints a station name with control characters escaped', async () => {
    const r = await run(join(dir, 'esc.epw'));
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^Hang\\x1b\]0;pwned\\x07zhou, Zhejiang, CHN /);
    expect(r.out).not.toMatch(/[\x07\x1b]/);
  });
});
