import { describe, expect, it } from 'vitest';
import { InputError } from '../../../sim/errors.js';
import { simulateSamples, workerEntry } from '../../../sim/studies/montecarlo/samplePool.js';
import { KPI_NAMES } from '../../../sim/studies/montecarlo/kpis.js';
import { loadFixture } from './fixture.js';

describe('workerEntry', () => {
  it('uses worker.js beside the built module, with no extra Node flags', () => {
    expect(workerEntry('file:///opt/dctwin/dist/sim/studies/montecarlo/samplePool.js')).toEqual({
      filename: 'file:///opt/dctwin/dist/sim/studies/montecarlo/worker.js',
      execArgv: [],
    });
  });

  it("uses worker.ts beside the TypeScript source, loaded through tsx's loader", () => {
    const entry = workerEntry('file:///work/sim/studies/montecarlo/samplePool.ts');
    expect(entry.filename).toBe('file:///work/sim/studies/montecarlo/worker.ts');
    expect(entry.execArgv[0]).toBe('--import');
    expect(entry.execArgv[1]).toMatch(/tsx/);
  });
});

describe('simulateSamples', () => {
  const { source, base } = loadFixture('physics.yaml');
  const width = base.summary.designs.length * KPI_NAMES.length;
  const bad = [['designs[0].cooling.liquid.rejection.dryCooler.approach=5 K'], ['designs[0].cooling.liquid.rejection.dryCooler.approach=5 degC']];

  it.each([1, 2])('reports a sample the loader rejects as an input error naming the sample (threads %i)', async (threads) => {
    const failure = await simulateSamples(source, bad, width, threads, () => {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as InputError).lines[0]).toMatch(/^physics\.yaml: designs\[0\]\.cooling\.liquid\.rejection\.dryCooler\.approach: .*degC.* \(Monte Carlo sample #1\)$/);
  });
});
