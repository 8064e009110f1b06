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
    // Child processes, not worker threads: Node 20 can abort the whole process (NodePlatform::ForIsolate assertion)
    // when a worker isolate is torn down while V8 still compiles for it in the background; one fork's crash is
    // one failed file, and vitest's own forks never tear down isolates (seen once in CI, 2026-12-07).
    pool: 'forks',
  },
});
