import { defineConfig } from 'vitest/config';

// Real-browser tests: drive the system Chromium with playwright-core (npm run test:browser).
export default defineConfig({
  test: {
    reporters: ['default', './test/plainSummaryReporter.ts'],
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
