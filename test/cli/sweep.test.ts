/**
 * `dctwin sweep`: bad flags give exit 2 and one clear line each before any
 * case runs (and leave no folder); a small sweep writes sweep.csv and
 * sweep.json into the default folder and prints one table row per case.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const LIGHT = resolve('test/fixtures/sweep/light.yaml');

async function sweep(args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'dctwin-sweep-'));
  const io = fakeIo(cwd);
  const code = await main(['sweep', ...args], io);
  return { code, out: io.out(), err: io.err(), cwd };
}

describe('dctwin sweep: bad input exits 2 with one line per problem', () => {
  it.each([
    [['--set', 'designs[9].racks.count=1,2'], "error: --set designs[9].racks.count=1,2: expected a path like 'designs[0].racks.count', got 'designs[9].racks.count' (designs has 2 items)\n"],
    [['--set', 'workload.nodes.count='], 'error: --set workload.nodes.count=: expected one or more values separated by commas, got none\n'],
    [['--set', 'workload.nodes.count=10', '--shard', '0/3'], "error: --shard: expected k/n with whole numbers 1 <= k <= n <= 100000, like 2/8, got '0/3' (k must be 1 to 3)\n"],
    [['--set', 'workload.nodes.count=10', '--shard', '4/3'], "error: --shard: expected k/n with whole numbers 1 <= k <= n <= 100000, like 2/8, got '4/3' (k must be 1 to 3)\n"],
    [['--set', 'workload.nodes.count=10', '--shard', 'x'], "error: --shard: expected k/n with whole numbers 1 <= k <= n <= 100000, like 2/8, got 'x'\n"],
    [[], "error: --set: expected at least one path=v1,v2,... to sweep, like 'designs[0].racks.count=20,40', got none\n"],
  ])('%j', async (args, stderr) => {
    const r = await sweep([LIGHT, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(stderr);
    expect(r.out).toBe('');
    expect(existsSync(join(r.cwd, 'out'))).toBe(false);
  });

  it('checks every value before running and reports all problems at once', async () => {
    const r = await sweep([LIGHT, '--set', 'workload.nodes.count=10,ten,-1', '--set', 'seed=1,x', '--set', 'site.name=[1', '--set', 'designs[9].racks.count=1,2']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      [
        `error: ${LIGHT}: workload.nodes.count: expected a whole number of at least 1, got 'ten' (from --set)`,
        `error: ${LIGHT}: workload.nodes.count: expected a whole number of at least 1, got -1 (from --set)`,
        `error: ${LIGHT}: seed: expected a whole number between 0 and 4294967295, got 'x' (from --set)`,
        "error: --set site.name=[1: expected a YAML value like 40, 105 kW, true or [1, 2], got '[1'",
        "error: --set designs[9].racks.count=1,2: expected a path like 'designs[0].racks.count', got 'designs[9].racks.count' (designs has 2 items)",
        '',
      ].join('\n'),
    );
    expect(existsSync(join(r.cwd, 'out'))).toBe(false);
  });

  it('judges a path that another axis makes valid beside that axis (a design added by `designs=`)', async () => {
    const design = (id: string) => `{ id: ${id}, name: ${id}, racks: { type: liquid-pod, ratedPower: 105 kW }, cooling: { liquid: { rejection: { dryCooler: { approach: 6 K } } } } }`;
    const three = `designs=[${['a', 'b', 'c'].map(design).join(', ')}]`;
    const r = await sweep([LIGHT, '--set', three, '--set', 'designs[2].racks.ratedPower=100 kW,-90 kW', '--set', 'seed=x']);
    // the file has 2 designs; designs[2] exists beside the designs axis, where only -90 kW is wrong
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `error: ${LIGHT}: designs[2].racks.ratedPower: expected a power with a unit like '105 kW' above 0 W, got '-90 kW' (from --set)\n` +
        `error: ${LIGHT}: seed: expected a whole number between 0 and 4294967295, got 'x' (from --set)\n`,
    );
  });

  it('names a missing scenario file like the other commands', async () => {
    const r = await sweep(['nope.yaml', '--set', 'seed=1,2']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: nope.yaml: expected an existing scenario file (YAML or JSON), got no such file\n');
  });
});

describe('dctwin sweep: a small grid', () => {
  it('writes one row per case into out/<scenario>-sweep-shard-k-of-n/ and prints them', async () => {
    // 2 x 2 grid = cases 1..4; shard 2/2 holds cases 2 and 4 (round robin).
    const r = await sweep([LIGHT, '--set', 'workload.nodes.count=8,16', '--set', 'seed=1,2', '--shard', '2/2']);
    expect(r.err.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
    expect(r.code).toBe(0);
    const dir = join(r.cwd, 'out', 'light-sweep-shard-2-of-2');
    expect(readdirSync(dir).sort()).toEqual(['sweep.csv', 'sweep.json', 'sweep.parquet']);
    const csv = readFileSync(join(dir, 'sweep.csv'), 'utf8').trimEnd().split('\n');
    // tidy: a row per case and design, caseId the case's own hash
    expect(csv.map((l) => l.split(',').filter((_, i) => i !== 1).slice(0, 5).join(','))).toEqual([
      'case,workload.nodes.count,seed,design,weather',
      '2,8,2,liquid-pod,Hangzhou',
      '2,8,2,air-cooled,Hangzhou',
      '4,16,2,liquid-pod,Hangzhou',
      '4,16,2,air-cooled,Hangzhou',
    ]);
    expect(csv.every((l, i) => i === 0 || l.endsWith(',CNY'))).toBe(true);
    expect(r.out).toMatch(/^light sweep, shard 2\/2: 2 of 4 cases in [\d.]+ s \([\d.]+ cases\/s\)\n/);
    expect(r.out).toMatch(/\n2 +8 +2 +liquid-pod +1\.\d{3} /);
    expect(r.out).toContain(`Wrote ${dir}/ (sweep.csv, sweep.parquet, sweep.json)`);
    // the override reached the simulation: twice the nodes on the same diurnal load draw more energy
    const column = csv[0].split(',').indexOf('facilityEnergy_MWh');
    const energyMWh = (line: string) => Number(line.split(',')[column]);
    expect(energyMWh(csv[3])).toBeGreaterThan(1.5 * energyMWh(csv[1]));
  });
});

describe('dctwin sweep --out: never loses a file, fails before any case', () => {
  const foreign = (shown: string, entry: string) =>
    `error: ${shown}: output folder: expected an empty folder or an earlier dctwin output, got a foreign entry '${entry}' (dctwin replaces only folders it wrote)\n`;

  it("keeps a user's file in --out byte for byte; the --out check comes before the values' checks", async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dctwin-sweep-out-'));
    mkdirSync(join(cwd, 'results'));
    writeFileSync(join(cwd, 'results', 'sweep.json'), '{}');
    writeFileSync(join(cwd, 'results', 'plan.md'), '# my plan\n');
    const io = fakeIo(cwd);
    const code = await main(['sweep', LIGHT, '--set', 'workload.nodes.count=8,ten', '--out', 'results'], io);
    expect(code).toBe(2);
    expect(io.err()).toBe(foreign('results', 'plan.md'));
    expect(readFileSync(join(cwd, 'results', 'plan.md'), 'utf8')).toBe('# my plan\n');
    expect(readdirSync(cwd)).toEqual(['results']);
  });

  it('checks the default folder once the scenario is read, before the first case', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dctwin-sweep-out-'));
    const dir = join(cwd, 'out', 'light-sweep');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const io = { ...fakeIo(cwd), isTTY: true }; // on a terminal each case prints `case k of n`
    let err = '';
    io.stderr = (t: string) => void (err += t);
    const code = await main(['sweep', LIGHT, '--set', 'seed=1,2'], io);
    expect(code).toBe(2);
    expect(err).toBe(foreign(dir, 'notes.txt')); // no `case 1 of 2`: nothing ran
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('--out /proc/x and --out under a file exit 2 with one line', async () => {
    const r = await sweep([LIGHT, '--set', 'seed=1', '--out', '/proc/dctwin-sweep']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: /proc/dctwin-sweep: output folder: expected a path outside /proc and /sys, got a path in /proc\n');
    writeFileSync(join(r.cwd, 'f'), '');
    const io = fakeIo(r.cwd);
    expect(await main(['sweep', LIGHT, '--set', 'seed=1', '--out', 'f/x'], io)).toBe(2);
    expect(io.err()).toBe(`error: f/x: output folder: expected a path through folders, got a file at '${join(r.cwd, 'f')}'\n`);
  });

  it('replaces its own earlier output', async () => {
    const first = await sweep([LIGHT, '--set', 'seed=1', '--out', 'again']);
    expect(first.code, first.err).toBe(0);
    const io = fakeIo(first.cwd);
    expect(await main(['sweep', LIGHT, '--set', 'seed=2', '--out', 'again'], io), io.err()).toBe(0);
    expect(readFileSync(join(first.cwd, 'again', 'sweep.csv'), 'utf8')).toMatch(/\n1,[0-9a-f]{12},2,/);
  });
});

describe('dctwin report on a sweep folder', () => {
  it("rebuilds report.html and sweep.csv from sweep.json, keeping sweep.json byte for byte; a shard is refused", async () => {
    const r = await sweep([LIGHT, '--set', 'seed=1,2', '--out', 'whole']);
    expect(r.code, r.err).toBe(0);
    const dir = join(r.cwd, 'whole');
    const before = ['sweep.csv', 'sweep.parquet', 'sweep.json', 'report.html'].map((n) => readFileSync(join(dir, n), 'utf8'));
    writeFileSync(join(dir, 'report.html'), 'old');
    const io = fakeIo(r.cwd);
    expect(await main(['report', 'whole'], io), io.err()).toBe(0);
    expect(io.out()).toBe("rebuilt the sweep's sweep.csv, sweep.parquet, report.html from sweep.json in whole\n");
    expect(['sweep.csv', 'sweep.parquet', 'sweep.json', 'report.html'].map((n) => readFileSync(join(dir, n), 'utf8'))).toEqual(before);
    expect(await main(['sweep', LIGHT, '--set', 'seed=1,2', '--shard', '1/2', '--out', 'part'], fakeIo(r.cwd))).toBe(0);
    const shard = fakeIo(r.cwd);
    expect(await main(['report', 'part'], shard)).toBe(2);
    expect(shard.err()).toBe(`error: ${join('part', 'sweep.json')}: expected a complete sweep, got shard 1/2 (join the shards with dctwin merge first)\n`);
  });
});
