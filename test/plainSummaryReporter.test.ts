/**
 * The plain closing line counts every failure: a failed test, a failed hook, a test file
 * that cannot be imported, an unhandled error. (Before: a failed beforeAll hook or an
 * unimportable file printed "0 failed" while vitest itself exited 1.)
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { countResults, closingLine, type CountableSuite } from './plainSummaryReporter.js';

const suite = (errors: unknown[]) => ({ errors: () => errors });
const moduleOf = (states: string[], opts: { errors?: unknown[]; suiteErrors?: unknown[][] } = {}): CountableSuite => ({
  errors: () => opts.errors ?? [],
  children: {
    allTests: () => states.map((state) => ({ result: () => ({ state }) })),
    allSuites: () => (opts.suiteErrors ?? []).map(suite),
  },
});

describe('countResults (unit: hand-made task trees)', () => {
  it('counts tests by state', () => {
    expect(closingLine(countResults([moduleOf(['passed', 'failed', 'skipped', 'pending'])]))).toBe('tests: 1 passed, 1 failed, 2 skipped');
  });
  it('counts a file that failed to load, a failed hook and unhandled errors as failed', () => {
    const c = countResults([moduleOf([], { errors: [new Error('import')] }), moduleOf(['skipped'], { suiteErrors: [[new Error('hook')], []] })], ['boom']);
    expect(c).toEqual({ passed: 0, failed: 3, skipped: 1, outsideTests: 3 });
  });
});

describe('the closing line of a real vitest run (test/fixtures/reporter)', () => {
  it('says 2 failed for a failed beforeAll and an unimportable file, and vitest exits 1', () => {
    const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/fixtures/reporter/vitest.config.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined, VITEST: undefined, NODE_ENV: undefined },
    });
    expect(r.stdout).toMatch(/^tests: 1 passed, 2 failed, 1 skipped$/m);
    expect(r.status).toBe(1);
  });
});
