import { defineConfig } from 'vitest/config';

/**
 * One generous limit for tests and hooks alike: the suite runs on a 2-core machine that
 * may be busy, and a hook that builds fixtures (a sweep, a run) is no faster than a test.
 */
const TIMEOUT_MS = 180_000;

export default defineConfig({
  test: {
    reporters: ['default', './test/plainSummaryReporter.ts'],
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**', 'dist/**', 'test/fixtures/**'],
    testTimeout: TIMEOUT_MS,
    hookTimeout: TIMEOUT_MS,
    teardownTimeout: TIMEOUT_MS,
    pool: 'threads',
  },
});
