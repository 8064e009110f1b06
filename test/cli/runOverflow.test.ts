/**
 * `dctwin run` never writes an infinite result as null (issue 10, item 9): the
 * run stops with exit 2 naming the result, and writes no output folder. The
 * overflow is injected into the real evaluation (the schema's caps keep real
 * inputs from overflowing), so this checks the guard's place in the run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

vi.mock('../../sim/studies/evaluate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../sim/studies/evaluate.js')>();
  return {
    ...real,
    evaluate: (...args: Parameters<typeof real.evaluate>) => {
      const evaluation = real.evaluate(...args);
      evaluation.summary.designs[0].metrics.cueKgPerKWh = Infinity;
      return evaluation;
    },
  };
});

const tmp = mkdtempSync(join(tmpdir(), 'dctwin-overflow-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dctwin run: an infinite result', () => {
  it('exits 2 naming the result and its input, and writes nothing', async () => {
    const io = fakeIo();
    const out = join(tmp, 'out');
    expect(await main(['run', 'test/fixtures/scenarios/minimal.yaml', '-o', out, '--no-report'], io)).toBe(2);
    expect(io.err()).toBe(
      'error: test/fixtures/scenarios/minimal.yaml: result designs[0].metrics.cueKgPerKWh is not a finite number (check site.gridCarbon and other inputs for extreme values)\n',
    );
    expect(io.out()).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
