/**
 * The work estimate and its limits (sim/studies/workEstimate.ts): known values by hand, every shipped
 * scenario at least 5x under every limit (and the default with --samples 1000), and the field
 * named for each limit passed.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { checkWork, describeWork, estimateWork, workProblems, WORK_LIMITS, type WorkEstimate } from '../../sim/studies/workEstimate.js';
import { InputError } from '../../sim/errors.js';
import { parseSitesText } from '../../sim/scenario/loadSites.js';

const POISSON = 'test/fixtures/work/poisson.yaml';
const load = (file: string, ...overrides: string[]) => loadScenario(file, { overrides }).scenario;

/** How many times each quantity fits under its limit (the smallest of them). */
function margin(e: WorkEstimate): number {
  const designSteps = e.controlSteps * e.designs;
  return Math.min(
    WORK_LIMITS.nodes / e.nodes,
    WORK_LIMITS.jobs / (e.jobs ?? e.profileSteps ?? 0),
    WORK_LIMITS.designSteps / designSteps,
    WORK_LIMITS.totalDesignSteps / (designSteps * e.runs),
  );
}

describe('estimateWork', () => {
  it('counts nodes, Poisson jobs over warm-up + years, control steps and designs', () => {
    const e = estimateWork(load(POISSON, 'workload.warmUp=30 days'));
    // poisson.yaml: 0.0168889 /s x (30 x 86,400 s + 31,536,000 s) = 576,383 jobs; 1 GPU x 3,600 s each on 32 GPUs
    expect(e).toMatchObject({ nodes: 4, gpus: 32, controlSteps: 8760, designs: 1, runs: 1 });
    expect(e.jobs).toBeCloseTo(0.0168889 * (30 * 86_400 + 31_536_000), 3);
    expect(e.offeredLoad).toBeCloseTo((0.0168889 * 3600) / 32, 6); // 1.9
  });

  it('estimates a trace from its rows, window, arrivalScale and repeat', () => {
    // one-job.csv holds 1 row; without repeat a trace gives its rows once
    expect(estimateWork(load('test/fixtures/work/trace.yaml')).jobs).toBe(1);
    // overload.csv: 3 rows all at t = 0 (no span to tile): once, even with repeat
    expect(estimateWork(load('test/fixtures/work/trace.yaml', 'workload.jobs.trace.path=overload.csv', 'workload.jobs.trace.repeat=true')).jobs).toBe(3);
  });

  it('describes the work on one line', () => {
    expect(describeWork(estimateWork(load(POISSON), 1000, 'samples'))).toBe(
      '4 nodes, ~530,000 jobs (offered load 190 % of 32 GPUs), 8,760 control steps x 1 design x 1,000 samples',
    );
  });
});

describe('work limits', () => {
  const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => join('scenarios', f));

  it.each(shipped)('%s is at least 5x under every limit', (file) => {
    // A scenario with sites: is checked per site with the count of sites (sim/cli/runSites.ts).
    const sites = parseSitesText(readFileSync(file, 'utf8'), file);
    for (const scenario of sites ? sites.sites.map((s) => s.scenario) : [load(file)]) {
      const e = estimateWork(scenario, sites?.sites.length ?? 1, 'sites');
      expect(workProblems(scenario, e)).toEqual([]);
      expect(margin(e)).toBeGreaterThanOrEqual(5);
    }
  });

  it('the default scenario with --samples 1000 is at least 5x under the total', () => {
    const e = estimateWork(load('scenarios/default.yaml'), 1000, 'samples');
    expect(margin(e)).toBeGreaterThanOrEqual(5);
  });

  it('names the field behind each limit passed, with the estimate', () => {
    const s = load(POISSON, 'workload.nodes.count=200000', 'workload.jobs.poisson.rate=10 Hz');
    const lines = workProblems(s, estimateWork(s)).map((l) => l.replace(/ \(estimated work: .*\)$/, ''));
    expect(lines).toEqual([
      'workload.nodes.count: expected at most 100,000 nodes without --allow-large, got 200,000',
      // 10 /s x 31,536,000 s = 315,360,000 jobs, shown to 2 significant digits
      'workload.jobs.poisson.rate: expected at most 20,000,000 jobs over the warm-up and the simulated years without --allow-large, got ~320,000,000',
    ]);
    // default.yaml: 2 designs; 30 years of 1-min steps = 15,768,000 steps x 2 = 31,536,000 design-steps
    const long = load('scenarios/default.yaml', 'site.controlStep=1 min', 'site.years=30');
    expect(workProblems(long, estimateWork(long))).toEqual([
      expect.stringMatching(/^site\.controlStep: expected at most 20,000,000 control steps x designs without --allow-large, got 31,536,000 \(15,768,000 steps x 2 designs\) \(estimated work: 160 nodes, ~\d[\d,]* jobs, 15,768,000 control steps x 2 designs\)$/),
    ]);
  });

  it('checks control steps x designs per run and x samples in total', () => {
    // 1-min steps: 525,600 x 1 design; x 1,000 samples = 525,600,000 > 500,000,000
    const s = load(POISSON, 'site.controlStep=1 min');
    expect(workProblems(s, estimateWork(s, 1000, 'samples'))[0]).toMatch(
      /^--samples: expected at most 500,000,000 control steps x designs x samples without --allow-large, got 525,600,000 \(estimated work: /,
    );
    expect(workProblems(s, estimateWork(s, 900, 'samples'))).toEqual([]);
    const years = load(POISSON, 'site.controlStep=1 min', 'site.years=30'); // 15,768,000 steps x 1 design: within 20,000,000
    expect(workProblems(years, estimateWork(years))).toEqual([]);
  });

  it('checkWork throws an InputError with the file, or returns the passed limits with allowLarge', () => {
    const s = load(POISSON, 'workload.nodes.count=1000000000');
    expect(() => checkWork(s, 'x.yaml')).toThrow(InputError);
    expect(() => checkWork(s, 'x.yaml')).toThrow(/^x\.yaml: workload\.nodes\.count: expected at most 100,000 nodes without --allow-large, got 1,000,000,000 \(estimated work: 1,000,000,000 nodes, /);
    const { estimate, allowed } = checkWork(s, 'x.yaml', { allowLarge: true });
    expect(estimate.nodes).toBe(1e9);
    expect(allowed).toHaveLength(1);
  });
});
