/**
 * `dctwin validate` runs every check `dctwin run` runs, without simulating
 * (issue 10, item 10): the uncertainty: block as `run --samples` checks it,
 * the weather file's records, and the job trace's rows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const tmp = mkdtempSync(join(tmpdir(), 'dctwin-validate-checks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const HANGZHOU = 'scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw';

async function cli(...argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const lineOf = (file: string, text: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

/** money.yaml with its uncertainty block replaced by `lines`, in the temporary folder (weather path made absolute). */
function withUncertainty(name: string, lines: string[]): string {
  const text = readFileSync('test/fixtures/montecarlo/money.yaml', 'utf8')
    .replace('../../../scenarios/weather/', `${resolve('scenarios/weather')}/`)
    .replace(/^uncertainty:\n(?: {2}.*\n?)*/m, `uncertainty:\n${lines.map((l) => `  ${l}\n`).join('')}`);
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe('dctwin validate: the uncertainty: block', () => {
  it('a path that is not a scenario field: exit 2 with the message run --samples gives', async () => {
    const file = withUncertainty('bad-path.yaml', [
      'designs[0].costs.energy.flatt: { uniform: [0.5 CNY/kWh, 0.7 CNY/kWh] }',
      'designs[0].costs.water: { triangular: [-1 CNY/m^3, 4 CNY/m^3, 5 CNY/m^3] }',
    ]);
    const validate = await cli('validate', file);
    const run = await cli('run', file, '--samples', '5', '-o', join(tmp, 'out'), '--no-report');
    expect(validate.code).toBe(2);
    expect(validate.out).toBe('');
    expect(validate.err).toBe(run.err);
    expect(validate.err).toContain(
      `${file}:${lineOf(file, 'flatt')}: uncertainty["designs[0].costs.energy.flatt"] (its minimum, 0.5 CNY/kWh): designs[0].costs.energy: unknown field 'flatt' (did you mean 'flat'?)\n`,
    );
    expect(validate.err).toContain("(its minimum, -1 CNY/m^3): designs[0].costs.water: expected a price like '10 CNY/m^3' of at least 0 per unit, got '-1 CNY/m^3'\n");
  });

  it('an unbounded distribution is checked at its median (draws depend on --samples)', async () => {
    const file = withUncertainty('median.yaml', ['site.gridCarbon: { normal: { mean: 6 kg/kWh, sd: 0.1 kg/kWh } }']);
    expect((await cli('validate', file)).err).toBe(
      `error: ${file}:${lineOf(file, 'site.gridCarbon:')}: uncertainty["site.gridCarbon"] (its median, 6 kg/kWh): site.gridCarbon: expected an emission factor of at most 5 kg/kWh (is the unit g/kWh?), got '6 kg/kWh'\n`,
    );
  });

  it('then every input at its median together (a whole-number field given a uniform)', async () => {
    const file = withUncertainty('whole.yaml', ['workload.nodes.count: { uniform: [10, 21] }']);
    const r = await cli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: .*whole\.yaml: workload\.nodes\.count: expected a whole number .*, got 15\.5 \(every uncertain input at its median\)\n$/);
  });

  it('a valid block passes, as before', async () => {
    const r = await cli('validate', 'test/fixtures/montecarlo/money.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok: test\/fixtures\/montecarlo\/money\.yaml \(2 designs/);
  });
});

describe('dctwin validate: the files run reads', () => {
  it('a truncated weather file: the same error as run', async () => {
    const epw = readFileSync(HANGZHOU, 'utf8').split('\n');
    writeFileSync(join(tmp, 'truncated.epw'), `${epw.slice(0, 108).join('\n')}\n`);
    const r = await cli('validate', 'test/fixtures/bad-run/small.yaml', '--set', `site.weather=${join(tmp, 'truncated.epw')}`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: .*truncated\.epw:108: record: expected 8760 hourly records, got 100\b.*\n$/);
  });

  it('a malformed trace row: the trace file, its line and column', async () => {
    writeFileSync(join(tmp, 'bad-trace.csv'), 'name,submit,end,gpus\na,0,100,1\nb,10,50,two\n');
    const r = await cli('validate', 'test/fixtures/bad-run/trace.yaml', '--set', `workload.jobs.trace.path=${join(tmp, 'bad-trace.csv')}`);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`error: ${join(tmp, 'bad-trace.csv')}:3: column 'gpus': expected a whole number >= 0, got 'two'\n`);
  });
});
