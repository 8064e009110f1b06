/**
 * Bad Monte Carlo input through the CLI: exit code 2 and one clear line per
 * problem, before any sample runs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../sim/cli/main.js';
import { fakeIo } from '../../cli/fakeIo.js';
import { FIXTURES } from './fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'dctwin-mc-'));
const out = join(tmp, 'out');
const FILE = 'test/fixtures/montecarlo/money.yaml';

async function run(args: string[]) {
  const io = fakeIo();
  const code = await main(['run', ...args, '-o', out, '--no-report'], io);
  return { code, err: io.err(), out: io.out() };
}

/** money.yaml with its uncertainty line replaced, written beside a copy that keeps the weather path valid. */
function withUncertainty(line: string): string {
  const text = readFileSync(join(FIXTURES, 'money.yaml'), 'utf8')
    .replace('../../../scenarios/weather/', join(FIXTURES, '../../../scenarios/weather/'))
    .replace(/^ {2}designs\[0\]\.costs\.energy\.flat: .*$/m, line);
  const file = join(tmp, 'changed.yaml');
  writeFileSync(file, text);
  return file;
}

describe('dctwin run --samples: bad input', () => {
  it('rejects an unknown distribution name with its line', async () => {
    const r = await run([withUncertainty('  designs[0].costs.energy.flat: { gaussian: { mean: 0.6 CNY/kWh, sd: 0.1 CNY/kWh } }'), '--samples', '10']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/changed\.yaml:\d+: uncertainty\["designs\[0\]\.costs\.energy\.flat"\]: expected one of uniform, triangular, normal, lognormal, got 'gaussian'\n/);
  });

  it('rejects p10 above p90', async () => {
    const r = await run([withUncertainty('  designs[0].costs.energy.flat: { normal: { p10: 0.9 CNY/kWh, p90: 0.5 CNY/kWh } }'), '--samples', '10']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/: uncertainty\["designs\[0\]\.costs\.energy\.flat"\]: expected p10 < p50 < p90, got p10 0\.9, p90 0\.5\n/);
  });

  it('rejects a price distribution that reaches below zero, naming the value and the field rule', async () => {
    const file = withUncertainty('  designs[0].costs.energy.flat: { uniform: [-0.1 CNY/kWh, 0.5 CNY/kWh] }');
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('uniform: [-0.1')) + 1;
    const r = await run([file, '--samples', '10']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `error: ${file}:${line}: uncertainty["designs[0].costs.energy.flat"] (its minimum, -0.1 CNY/kWh): ` +
        "designs[0].costs.energy.flat: expected a price like '0.62 CNY/kWh' of at least 0 per unit, got '-0.1 CNY/kWh'\n",
    );
    expect(r.out).toBe('');
  });

  it('checks unbounded distributions at the values actually drawn', async () => {
    // A normal price with mean 0.1 and sd 0.1 CNY/kWh goes negative in about 16 % of samples.
    const file = withUncertainty('  designs[0].costs.energy.flat: { normal: { mean: 0.1 CNY/kWh, sd: 0.1 CNY/kWh } }');
    const r = await run([file, '--samples', '40']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\(its lowest draw, sample #\d+, -0\.\d+ CNY\/kWh\): designs\[0\]\.costs\.energy\.flat: expected a price/);
  });

  it('rejects a path that is not a scenario field, with the loader\'s hint', async () => {
    const r = await run([withUncertainty('  designs[0].costs.energy.flatt: { uniform: [0.5 CNY/kWh, 0.7 CNY/kWh] }'), '--samples', '10']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/uncertainty\["designs\[0\]\.costs\.energy\.flatt"\] \(its minimum, 0\.5 CNY\/kWh\): designs\[0\]\.costs\.energy: unknown field 'flatt' \(did you mean 'flat'\?\)/);
  });

  it('asks for an uncertainty block', async () => {
    const r = await run(['test/fixtures/scenarios/minimal.yaml', '--samples', '10']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: test\/fixtures\/scenarios\/minimal\.yaml: uncertainty: expected at least one uncertain input for --samples/);
  });

  it.each([['0'], ['abc'], ['2.5']])('rejects --samples %s', async (n) => {
    const r = await run([FILE, '--samples', n]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`error: --samples: expected a whole number from 1 to 1000000, got '${n}'\n`);
  });

  it('rejects --threads 0', async () => {
    const r = await run([FILE, '--samples', '5', '--threads', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("error: --threads: expected a whole number from 1 to 1024, got '0'\n");
  });
});

describe('dctwin run --samples: output', () => {
  it('adds monteCarlo to summary.json and a p10/p50/p90 table after the normal one', async () => {
    const r = await run([FILE, '--samples', '20', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.monteCarlo).toMatchObject({ samples: 20, seed: 7, simulations: 0, inputs: [{ path: 'designs[0].costs.energy.flat', unit: 'CNY/kWh', moneyOnly: true }] });
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).monteCarlo).toEqual(summary.monteCarlo);
    expect(JSON.parse(readFileSync(join(out, 'monte-carlo.json'), 'utf8'))[0].totals).toHaveLength(20);
    const table = await run([FILE, '--samples', '20']);
    expect(table.out).toMatch(/Monte Carlo: 20 samples, seed 7, money only: physics reused; uncertain: designs\[0\]\.costs\.energy\.flat\n/);
    expect(table.out).toMatch(/ {2}TCO total MCNY +[\d.]+ +[\d.]+ +[\d.]+\n/);
  });
});

describe('dctwin run --samples: whole samples', () => {
  it('checks sample #0 as a whole before simulating: a whole-number field given a continuous distribution', async () => {
    const r = await run([FILE, '--samples', '10', '--set', 'uncertainty["designs[0].costs.horizon"]={ uniform: [3, 7] }']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: test\/fixtures\/montecarlo\/money\.yaml: designs\[0\]\.costs\.horizon: expected a whole number between 1 and 50, got [\d.]+ \(Monte Carlo sample #0\)\n$/);
  });
});
