/**
 * Issue 10, items 6 and 7, through main(argv, io) in process: work past the limits is refused
 * with exit 2 and the estimate before anything is simulated (unless --allow-large), validate
 * prints the estimate, overload and idle workloads warn, and the table reports GPU allocation
 * and waits in a fitting unit. Fixtures: test/fixtures/work/ (each states its hand computation).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const SMALL = 'test/fixtures/bad-run/small.yaml'; // 20 nodes, diurnal profile, 2 designs
const POISSON = 'test/fixtures/work/poisson.yaml'; // 32 GPUs, Poisson jobs offering 190 %
const TRACE = 'test/fixtures/work/trace.yaml'; // 4 GPUs, one 2-GPU job for half the year
let tmp = '';

beforeAll(() => void (tmp = mkdtempSync(join(tmpdir(), 'dctwin-work-'))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}
const outDir = () => join(tmp, `out-${Math.random().toString(36).slice(2)}`);
const errors = (err: string) => err.split('\n').filter((l) => l.startsWith('error: '));
const NODES_1E9 = /^error: test\/fixtures\/bad-run\/small\.yaml: workload\.nodes\.count: expected at most 100,000 nodes without --allow-large, got 1,000,000,000 \(estimated work: 1,000,000,000 nodes, ~\d[\d,]* utilization-profile steps, 8,760 control steps x 2 designs\)$/;

describe('work limits', () => {
  it('run refuses 1e9 nodes with exit 2 and the estimate, before simulating or writing anything', async () => {
    const out = outDir();
    const r = await cli('run', SMALL, '--set', 'workload.nodes.count=1e9', '--out', out, '--no-report');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(errors(r.err)).toEqual([expect.stringMatching(NODES_1E9)]);
    expect(existsSync(out)).toBe(false);
  });

  it('validate refuses the same, and accepts it with --allow-large as a warning', async () => {
    const refused = await cli('validate', SMALL, '--set', 'workload.nodes.count=1e9');
    expect(refused.code).toBe(2);
    expect(errors(refused.err)).toEqual([expect.stringMatching(NODES_1E9)]);
    const allowed = await cli('validate', SMALL, '--set', 'workload.nodes.count=1e9', '--allow-large');
    expect(allowed.code).toBe(0);
    expect(allowed.out).toMatch(/^ok: test\/fixtures\/bad-run\/small\.yaml \(2 designs; estimated work: 1,000,000,000 nodes, /);
    expect(allowed.err).toMatch(/^warning: test\/fixtures\/bad-run\/small\.yaml: workload\.nodes\.count: expected at most 100,000 nodes without --allow-large/m);
  });

  it('run refuses Poisson jobs at 10 Hz (3e8 a year), naming the rate', async () => {
    const r = await cli('run', POISSON, '--set', 'workload.jobs.poisson.rate=10 Hz', '--out', outDir(), '--no-report');
    expect(r.code).toBe(2);
    expect(errors(r.err)).toEqual([
      expect.stringMatching(/^error: test\/fixtures\/work\/poisson\.yaml: workload\.jobs\.poisson\.rate: expected at most 20,000,000 jobs over the warm-up and the simulated years without --allow-large, got ~320,000,000 \(estimated work: /),
    ]);
  });

  it('run refuses control steps x designs x samples past the total, naming --samples', async () => {
    // small.yaml at 1-min steps: 525,600 x 2 designs x 1,000 samples = 1,051,200,000 > 500,000,000
    const r = await cli('run', SMALL, '--set', 'site.controlStep=1 min', '--samples', '1000', '--out', outDir(), '--no-report');
    expect(r.code).toBe(2);
    expect(errors(r.err)).toEqual([expect.stringMatching(/^error: --samples: expected at most 500,000,000 control steps x designs x samples without --allow-large, got 1,051,200,000 /)]);
  });

  it('sweep and compare refuse a value past a limit before any case runs', async () => {
    const out = outDir();
    const sweep = await cli('sweep', SMALL, '--set', 'workload.nodes.count=20,1000000000', '--out', out);
    expect(sweep.code).toBe(2);
    expect(errors(sweep.err)).toEqual([expect.stringMatching(/workload\.nodes\.count: expected at most 100,000 nodes without --allow-large, got 1,000,000,000/)]);
    expect(existsSync(out)).toBe(false);
    // compare has no --set: a copy of small.yaml with 1e9 nodes (the weather path made absolute)
    const huge = join(tmp, 'huge.yaml');
    writeFileSync(huge, readFileSync(SMALL, 'utf8').replace('count: 20,', 'count: 1000000000,').replace('../../../scenarios/', `${resolve('scenarios')}/`));
    const compare = await cli('compare', SMALL, huge);
    expect(compare.code).toBe(2);
    expect(errors(compare.err)).toEqual([expect.stringMatching(/^error: .*huge\.yaml: workload\.nodes\.count: expected at most 100,000 nodes without --allow-large/)]);
  });

  it('validate prints the estimate of a job workload', async () => {
    // poisson.yaml: 0.0168889 /s x 31,536,000 s = 532,608 jobs, shown as ~530,000
    const r = await cli('validate', POISSON);
    expect(r.out).toBe(`ok: ${POISSON} (1 design; estimated work: 4 nodes, ~530,000 jobs (offered load 190 % of 32 GPUs), 8,760 control steps x 1 design)\n`);
  });
});

describe('offered load, allocation and waits', () => {
  it('warns when Poisson jobs offer 190 % of the GPUs, with the file and line', async () => {
    const r = await cli('validate', POISSON);
    expect(r.err).toContain(
      `warning: ${POISSON}:15: workload.jobs.poisson.rate: offered load is 190 % of the cluster's 32 GPUs: the queue grows without bound and waits measure the backlog, not the design\n`,
    );
  });

  it('reports allocation 0.25 for one 2-GPU job over half the year on 4 GPUs, in the summary and the table', async () => {
    // trace.yaml: 2 GPUs x 15,768,000 s / (4 GPUs x 31,536,000 s) = 0.25
    const json = await cli('run', TRACE, '--json', '--out', outDir(), '--no-report');
    expect(json.code).toBe(0);
    const jobs = JSON.parse(json.out).designs[0].jobs;
    expect(jobs.source).toBe('trace');
    expect(jobs.allocation).toBeCloseTo(0.25, 12);
    expect(jobs.offeredLoad).toBeCloseTo(0.25, 12);
    const table = await cli('run', TRACE, '--out', outDir(), '--no-report');
    expect(table.out).toContain('Jobs: 1 completed of 1 submitted; GPU allocation 25.0 % (offered 25.0 %); mean wait 0 s, p95 0 s\n');
  });

  it('warns after a run when a trace offers more than the cluster (150 %)', async () => {
    // overload.csv: three 2-GPU jobs for the whole year on 4 GPUs = 6 / 4
    const r = await cli('run', TRACE, '--set', 'workload.jobs.trace.path=overload.csv', '--out', outDir(), '--no-report');
    expect(r.code).toBe(0);
    expect(r.err).toContain("warning: workload: the trace's offered load is 150 % of the cluster's 4 GPUs: the queue grows without bound");
    expect(r.out).toContain('GPU allocation 100.0 % (offered 150.0 %)');
  });

  it('warns when no job ever runs', async () => {
    // too-large.csv: one 16-GPU job, the cluster has 4
    const r = await cli('run', TRACE, '--set', 'workload.jobs.trace.path=too-large.csv', '--out', outDir(), '--no-report');
    expect(r.err).toContain('warning: workload: no job ran in the simulated years (1 submitted, 1 of them larger than the cluster): the GPUs drew idle power only\n');
  });

  it('says a utilization profile has no jobs instead of "0 completed of 0 submitted"', async () => {
    const r = await cli('run', SMALL, '--out', outDir(), '--no-report');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\nJobs: utilization profile \(no jobs\), GPUs \d+\.\d % busy on average\n/);
    expect(r.out).not.toContain('0 completed of 0 submitted');
  });
});
