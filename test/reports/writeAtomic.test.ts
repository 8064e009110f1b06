import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeRun } from '../fixtures/run/fakeRun.js';

// Rendering fails for the monthly PUE chart, as a bug in a chart or in vega would.
vi.mock('../../reports/render.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../reports/render.js')>();
  return {
    ...original,
    renderSvg: vi.fn(async (spec: { title?: { text?: string } }) => {
      if (spec.title?.text === 'Monthly PUE per design') throw new Error('render failed');
      return '<svg></svg>';
    }),
  };
});

const { writeRunOutputs } = await import('../../reports/write.js');
const root = await mkdtemp(join(tmpdir(), 'dctwin-atomic-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('writeRunOutputs when rendering throws', () => {
  it('leaves no output folder and no temporary folder', async () => {
    const outDir = join(root, 'new-run');
    await expect(writeRunOutputs(outDir, fakeRun(2), {})).rejects.toThrowError('render failed');
    expect(await readdir(root)).toEqual([]);
  });

  it('leaves an earlier output untouched', async () => {
    const outDir = join(root, 'earlier');
    await writeRunOutputs(outDir, fakeRun(2), { html: false }); // no rendering: succeeds
    const summaryBefore = await readFile(join(outDir, 'summary.json'), 'utf8');
    await expect(writeRunOutputs(outDir, fakeRun(3), {})).rejects.toThrowError('render failed');
    expect(await readFile(join(outDir, 'summary.json'), 'utf8')).toBe(summaryBefore);
    expect((await readdir(root)).sort()).toEqual(['earlier']);
  });
});
